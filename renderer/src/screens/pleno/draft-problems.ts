import { dayTextProblem } from '../../../../electron/shared/day-text';
import type { TranslationKey } from '../../i18n/keys';
import type { FieldErrors } from '../registry/field-errors';
import type { PlenoDraft } from './member-draft';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The contract's bounds of the pleno's place (pleno-args.ts). */
const PLACE_MAX = 200;

/** The field message of a day the form holds: '' or the text as typed while it is not a date (DayInput). */
export function dayProblem(value: string, missing: TranslationKey): TranslationKey | null {
  if (value.trim() === '') return missing;
  if (ISO_DAY.test(value)) return null;
  return dayTextProblem(value) === 'calendar' ? 'common.dayInput.notACalendarDay' : 'common.dayInput.problem';
}

/** Where a member's own problem is kept in the map: by its row, so two unnamed rows are told apart. */
export const memberNameField = (key: string) => `members.${key}.name`;

/**
 * What the form says at each field before sending: the contract refuses an empty date, an empty list of
 * sessions or members and an unnamed member as bad arguments, whose message names zod paths for a
 * developer. The member rules (how many, one chair, conflicts) stay the core's, shown at the list.
 */
export function draftProblems(draft: PlenoDraft): FieldErrors {
  const out = new Map<string, TranslationKey>();
  const heldOn = dayProblem(draft.heldOn, 'plenoScreens.pleno.form.heldOnMissing');
  if (heldOn) out.set('heldOn', heldOn);
  if (draft.place.trim().length > PLACE_MAX) out.set('place', 'plenoScreens.pleno.form.placeTooLong');
  if (draft.sessionIds.length === 0) out.set('sessionIds', 'plenoScreens.pleno.form.sessionsMissing');
  if (draft.members.length === 0) out.set('members', 'plenoScreens.pleno.form.membersMissing');
  for (const member of draft.members) if (member.name.trim() === '') out.set(memberNameField(member.key), 'plenoScreens.pleno.form.memberNameMissing');
  return out;
}
