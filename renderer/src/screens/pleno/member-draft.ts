import type { PlenoDetail, PlenoMemberInput, PlenoRole } from '../../../../electron/shared/pleno';

/** A member row of the pleno form: what is sent, and how the link is shown (account username or MET number). */
export type MemberDraft = {
  key: string;
  role: PlenoRole;
  name: string;
  accountId: string | null;
  assessorId: string | null;
  username: string | null;
  met: string | null;
};

export type PlenoDraft = { heldOn: string; place: string; sessionIds: string[]; members: MemberDraft[] };

let counter = 0;
/** A key that stays with the row while names and roles are edited. */
export const memberKey = (): string => `m${++counter}`;

export const EMPTY_DRAFT: PlenoDraft = { heldOn: '', place: '', sessionIds: [], members: [] };

export function draftOf(detail: PlenoDetail): PlenoDraft {
  return {
    heldOn: detail.heldOn,
    place: detail.place ?? '',
    sessionIds: detail.sessions.map((s) => s.sessionId),
    members: detail.members.map((m) => ({
      key: memberKey(),
      role: m.role,
      name: m.name,
      accountId: m.accountId,
      assessorId: m.assessorId,
      username: m.accountUsername,
      met: m.assessorMet,
    })),
  };
}

export function toInput(draft: PlenoDraft): { heldOn: string; place: string | null; sessionIds: string[]; members: PlenoMemberInput[] } {
  return {
    heldOn: draft.heldOn,
    place: draft.place.trim() === '' ? null : draft.place.trim(),
    sessionIds: draft.sessionIds,
    members: draft.members.map((m) => ({ role: m.role, name: m.name.trim(), accountId: m.accountId, assessorId: m.assessorId })),
  };
}

/**
 * What the form's unsaved edits are judged by: the sessions as a set (one ticked off and on again moves
 * to the end), the members without their row keys (one removed and added again is the same member).
 */
export function editedOf(draft: PlenoDraft) {
  return {
    heldOn: draft.heldOn,
    place: draft.place,
    sessionIds: [...draft.sessionIds].sort(),
    members: draft.members.map((m) => ({ role: m.role, name: m.name, accountId: m.accountId, assessorId: m.assessorId })),
  };
}
