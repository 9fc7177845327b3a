import { configure } from '@testing-library/react';
import type { MethodName } from '../../../../electron/shared/contract';
import { apiError } from '../../../../electron/shared/errors';
import type { FieldIssue } from '../../../../electron/shared/registry';
import type { TransportReply } from '../../../../renderer/src/api/transport';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

// Staff screens load lazily (their own chunk): on a busy machine the first render takes longer than
// testing-library's default second; waits stay event-driven, only their ceiling is higher.
configure({ asyncUtilTimeout: 5000 });

type Handler = (args: unknown, token: string | null) => TransportReply | Promise<TransportReply>;

/** The core's field-by-field refusal, as the transport delivers it. */
export function invalid(fields: FieldIssue[]): TransportReply {
  return { ok: false, error: { ...apiError('REGISTRY_INVALID', { count: fields.length, field: fields[0]?.field ?? '' }), fields } };
}

/** The app signed in as the LSP admin at `#/<route>`, in `language`, answering from `handlers`. */
export function openAt(route: string, handlers: Partial<Record<MethodName, Handler>>, language: 'id' | 'en' = 'id') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  localStorage.setItem('ruang-uji.language', language);
  window.location.hash = `#/${route}`;
  const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')), ...handlers });
  return { fake, ...renderApp(fake.transport) };
}

/** The arguments of every call of `method`, in order. */
export function argsOf(calls: { method: string; args: unknown }[], method: MethodName): unknown[] {
  return calls.filter((c) => c.method === method).map((c) => c.args);
}
