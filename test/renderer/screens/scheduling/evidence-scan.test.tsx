import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import type { AplDetail } from '../../../../electron/shared/scheduling';
import { TOKEN } from '../../fixtures';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { aplDetail } from './fixtures';

const SHA = 'a'.repeat(64);
const requests: { url: string; auth: string | null }[] = [];

beforeEach(() => {
  requests.length = 0;
  // The room server's /files routes: an upload answers with its id, a scan with its bytes.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, auth: new Headers(init?.headers).get('authorization') });
      if (url === '/files/upload') return new Response(JSON.stringify({ ok: true, result: { uploadId: '7d1c7c1e-8f7a-4a8e-9d43-2f6f1c0b5a10' } }));
      return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'content-type': 'application/pdf' } });
    }),
  );
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:scan'), revokeObjectURL: vi.fn() }));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const withScan = (attached: boolean): AplDetail =>
  aplDetail({
    apl01: {
      id: 'a-1',
      purpose: 'sertifikasi',
      purposeNote: null,
      evidence: [
        { id: 'ev-1', kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi', attachment: attached ? { sha256: SHA, name: 'ijazah.pdf', mediaType: 'application/pdf', size: 4 } : null },
      ],
      savedAt: '2027-03-01T02:00:00.000Z',
      verification: null,
    },
  });

describe('an evidence scan', () => {
  it('uploads a chosen file for a saved row, then offers it for download with the bearer token', async () => {
    let attached = false;
    const { fake } = openAt('apl/c-1~s-1', {
      'apl/get': () => ok(withScan(attached)),
      'apl/setEvidenceFile': () => {
        attached = true;
        return ok(withScan(true));
      },
    });
    const input = await screen.findByTestId('evidence-file-input');
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'ijazah.pdf', { type: 'application/pdf' })] } });
    await waitFor(() =>
      expect(argsOf(fake.calls, 'apl/setEvidenceFile')).toEqual([{ candidateId: 'c-1', schemeId: 's-1', evidenceId: 'ev-1', uploadId: '7d1c7c1e-8f7a-4a8e-9d43-2f6f1c0b5a10' }]),
    );
    const download = await screen.findByTestId('evidence-file-download');
    expect(download.textContent).toBe(id.schedulingScreens.evidence.downloadOf.replace('{{name}}', 'ijazah.pdf').replace('{{n}}', '1'));
    // jsdom cannot follow a download link: the click is recorded instead, with the file's own name.
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    fireEvent.click(download);
    await waitFor(() => expect(clicked).toEqual(['ijazah.pdf']));
    expect(requests.find((r) => r.url === `/files/attachments/${SHA}`)?.auth).toBe(`Bearer ${TOKEN}`);
  });
});
