/** Names in dictionary order whatever their case or accents, numbers within them by value (P-2 before P-10). */
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * The session page's one order of its candidates: by name, as a person looks for someone and as the picker
 * lists them; the participant number breaks a tie. The core sends them by participant number, so the
 * planner's list, in the order they were picked, was re-sorted by each save.
 */
export function byName<T extends { name: string; participantNo: string }>(candidates: readonly T[]): T[] {
  return [...candidates].sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.participantNo, b.participantNo));
}
