import { CANDIDATE_FORMS, SESSION_FORMS, type PrintForm } from '../../print/forms';

/** Where the assessor is inside one session's workspace. */
export type WorkspaceView =
  | { kind: 'overview' }
  | { kind: 'candidate'; candidateId: string; tab: CandidateTab }
  | { kind: 'essayAcross'; itemId: string }
  | { kind: 'report' }
  | { kind: 'keys' }
  | { kind: 'print'; form: PrintForm; candidateId: string | null; back: WorkspaceView };

export const CANDIDATE_TABS = ['ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'decisions', 'ak03', 'ak04', 'print'] as const;
export type CandidateTab = (typeof CANDIDATE_TABS)[number];

/**
 * The workspace's addresses, so a reload returns to the same view and Back steps through them:
 * - `workspace/<session>`: the overview;
 * - `workspace/<session>/candidate/<candidate>/<tab>`: a candidate's instruments;
 * - `workspace/<session>/essay/<item>`: one essay across the assessor's candidates;
 * - `workspace/<session>/report`: FR.AK.05;
 * - `workspace/<session>/keys`: the session's multiple-choice keys and their corrections;
 * - `workspace/<session>/candidate/<candidate>/form/<form>` and `workspace/<session>/form/<form>`: a print
 *   view, opened from the candidate's print tab or from the report (where closing it returns).
 */
export function workspaceRoute(sessionId: string, view: WorkspaceView): string {
  const base = `workspace/${encodeURIComponent(sessionId)}`;
  switch (view.kind) {
    case 'overview':
      return base;
    case 'candidate':
      return `${base}/candidate/${encodeURIComponent(view.candidateId)}/${view.tab}`;
    case 'essayAcross':
      return `${base}/essay/${encodeURIComponent(view.itemId)}`;
    case 'report':
      return `${base}/report`;
    case 'keys':
      return `${base}/keys`;
    case 'print':
      return view.candidateId === null ? `${base}/form/${view.form}` : `${base}/candidate/${encodeURIComponent(view.candidateId)}/form/${view.form}`;
  }
}

/** What a candidate's print tab opens, and what the report opens (with the session's other forms). */
const CANDIDATE_PRINTS = [...CANDIDATE_FORMS, 'candidateAll'] as const satisfies readonly PrintForm[];
const SESSION_PRINTS = [...SESSION_FORMS, 'sessionAll'] as const satisfies readonly PrintForm[];
function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const pick = <T extends string>(values: readonly T[], value: string | undefined): T | undefined => values.find((v) => v === value);

/** The session and view a workspace address names; null when it names none (then the assessor's home shows). */
export function parseWorkspaceRoute(route: string): { sessionId: string; view: WorkspaceView } | null {
  const [root, ...encoded] = route.split('/');
  if (root !== 'workspace') return null;
  const parts: string[] = [];
  for (const segment of encoded) {
    const part = decode(segment);
    // A malformed escape (an address typed by hand) names nothing, rather than throwing in a render.
    if (part === null) return null;
    parts.push(part);
  }
  const [sessionId, ...rest] = parts;
  if (!sessionId) return null;
  const [kind, id, sub, form] = rest;
  if (rest.length === 0) return { sessionId, view: { kind: 'overview' } };
  if (kind === 'report' && rest.length === 1) return { sessionId, view: { kind: 'report' } };
  if (kind === 'keys' && rest.length === 1) return { sessionId, view: { kind: 'keys' } };
  if (kind === 'essay' && id && rest.length === 2) return { sessionId, view: { kind: 'essayAcross', itemId: id } };
  const sessionForm = pick(SESSION_PRINTS, id);
  if (kind === 'form' && sessionForm && rest.length === 2) {
    return { sessionId, view: { kind: 'print', form: sessionForm, candidateId: null, back: { kind: 'report' } } };
  }
  if (kind === 'candidate' && id) {
    const candidateId = id;
    // A tab the address does not name (or no longer has) opens the first, as the overview's link does.
    if (rest.length <= 3) return { sessionId, view: { kind: 'candidate', candidateId, tab: pick(CANDIDATE_TABS, sub) ?? 'ia05' } };
    const candidateForm = pick(CANDIDATE_PRINTS, form);
    if (sub === 'form' && candidateForm && rest.length === 4) {
      return { sessionId, view: { kind: 'print', form: candidateForm, candidateId, back: { kind: 'candidate', candidateId, tab: 'print' } } };
    }
  }
  return null;
}
