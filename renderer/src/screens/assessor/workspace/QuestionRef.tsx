/**
 * A question's bank code (PG-01, ES-02, PL-03, PP-04) shown beside its number. The suggestion's reasons
 * name questions by this code, which is the same for every candidate; the number is the candidate's own
 * order (FR.IA.05 is shuffled per candidate), so the code is what lets the assessor match a reason to a row.
 */
export function QuestionRef({ value }: { value: string }) {
  return (
    <span className="mono muted" data-testid="question-ref">
      ({value})
    </span>
  );
}
