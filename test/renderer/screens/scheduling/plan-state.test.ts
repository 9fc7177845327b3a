import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, assignCandidates, countsByAssessor, planFromDetail, planInput, spreadEvenly, withCandidates, type PlanState } from '../../../../renderer/src/screens/scheduling/sessions/plan-state';
import { SEATED_ASSESSOR, SCHEME, plannedSessionDetail } from './fixtures';

/** The scheme is titled "Pemrogram Web Muda" / "Junior Web Programmer"; the core stored its titles for a session given none. */
const scheme = { ...SCHEME, titleId: 'Pemrogram Web Muda', titleEn: 'Junior Web Programmer' };
const stored = (titleId: string, titleEn: string | null) => plannedSessionDetail({ scheme, titleId, titleEn, assessors: [SEATED_ASSESSOR] });

describe("a stored session's title in the planner", () => {
  it("reads the scheme's own titles back as no title of its own, so a later save keeps the scheme's title in both languages", () => {
    const plan = planFromDetail(stored('Pemrogram Web Muda', 'Junior Web Programmer'));
    expect(plan.titleId).toBe('');
    expect(planInput(plan)).toMatchObject({ titleId: null });
    expect(planInput(plan)).not.toHaveProperty('titleEn');
  });

  it('keeps a custom title with its English until the Indonesian one is edited', () => {
    const plan = planFromDetail(stored('Uji gelombang 2', 'Batch 2 test'));
    expect(planInput(plan)).toMatchObject({ titleId: 'Uji gelombang 2', titleEn: 'Batch 2 test' });
    // Only the scheme's Indonesian title with no English: typed by hand, so it stays as typed.
    expect(planInput(planFromDetail(stored('Pemrogram Web Muda', null)))).toMatchObject({ titleId: 'Pemrogram Web Muda' });
    expect(planInput({ ...plan, titleId: 'Uji gelombang 3', titleEn: null })).not.toHaveProperty('titleEn');
  });
});

describe('candidates added to the plan', () => {
  const assessor = (n: number) => ({ id: `as-${n}`, name: `Asesor ${n}`, metNumber: `MET-${n}` });
  const candidate = (n: number) => ({ candidateId: `c-${n}`, name: `Peserta ${n}`, participantNo: `P-${n}`, assessorId: 'as-1' });
  const plan = (over: Partial<PlanState>): PlanState => ({ ...EMPTY_PLAN, ...over });

  it('go each to the assessor with the fewest so far, the first on a tie, so twenty fill two assessors ten and ten', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => candidate(i + 1));
    const placed = withCandidates(plan({ assessors: [assessor(1), assessor(2)] }), twenty).candidates;
    expect(placed.filter((c) => c.assessorId === 'as-1')).toHaveLength(10);
    expect(placed.filter((c) => c.assessorId === 'as-2')).toHaveLength(10);
    expect(placed.slice(0, 3).map((c) => c.assessorId)).toEqual(['as-1', 'as-2', 'as-1']);
  });

  it('count those already on the plan, and keep them and their assessor as they were', () => {
    const before = plan({ assessors: [assessor(1), assessor(2)], candidates: [candidate(1), candidate(2)] });
    const after = withCandidates(before, [candidate(3), candidate(4), candidate(5)]).candidates;
    expect(after.slice(0, 2)).toEqual(before.candidates);
    expect(after.slice(2).map((c) => c.assessorId)).toEqual(['as-2', 'as-2', 'as-1']);
  });
});

describe('candidates spread evenly across the assessors', () => {
  const assessor = (n: number) => ({ id: `as-${n}`, name: `Asesor ${n}`, metNumber: `MET-${n}` });
  const on = (n: number, assessorId: string) => ({ candidateId: `c-${n}`, name: `Peserta ${n}`, participantNo: `P-${n}`, assessorId });
  const plan = (over: Partial<PlanState>): PlanState => ({ ...EMPTY_PLAN, ...over });
  const shares = (p: PlanState) => p.assessors.map((a) => p.candidates.filter((c) => c.assessorId === a.id).length);

  it('turns twenty on one assessor into ten and ten, moving only the last ten', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => on(i + 1, 'as-1'));
    const spread = spreadEvenly(plan({ assessors: [assessor(1), assessor(2)], candidates: twenty }));
    expect(shares(spread)).toEqual([10, 10]);
    expect(spread.candidates.slice(0, 10).every((c) => c.assessorId === 'as-1')).toBe(true);
    expect(spread.candidates.map((c) => c.candidateId)).toEqual(twenty.map((c) => c.candidateId));
  });

  it('leaves the larger share with the assessor who has most, and moves one whose assessor left the plan', () => {
    const before = plan({ assessors: [assessor(1), assessor(2), assessor(3)], candidates: [on(1, 'as-2'), on(2, 'as-2'), on(3, 'as-2'), on(4, ''), on(5, 'as-1')] });
    const spread = spreadEvenly(before);
    expect(shares(spread)).toEqual([2, 2, 1]);
    expect(spread.candidates.map((c) => c.assessorId)).toEqual(['as-2', 'as-2', 'as-1', 'as-3', 'as-1']);
  });

  it('assigns the chosen ones to one assessor and leaves the others', () => {
    const before = plan({ assessors: [assessor(1), assessor(2)], candidates: [on(1, 'as-1'), on(2, 'as-1'), on(3, 'as-1')] });
    expect(assignCandidates(before, new Set(['c-1', 'c-3']), 'as-2').candidates.map((c) => c.assessorId)).toEqual(['as-2', 'as-1', 'as-2']);
  });
});

describe("each planned assessor's count of candidates", () => {
  const assessor = (n: number) => ({ id: `as-${n}`, name: `Asesor ${n}`, metNumber: `MET-${n}` });
  const on = (n: number, assessorId: string) => ({ candidateId: `c-${n}`, name: `Peserta ${n}`, participantNo: `P-${n}`, assessorId });

  it('counts every planned assessor, those with none at 0, and leaves out a candidate whose assessor left the plan', () => {
    const plan: PlanState = { ...EMPTY_PLAN, assessors: [assessor(1), assessor(2), assessor(3)], candidates: [on(1, 'as-2'), on(2, 'gone'), on(3, 'as-2'), on(4, 'as-1')] };
    expect([...countsByAssessor(plan)]).toEqual([
      ['as-1', 1],
      ['as-2', 2],
      ['as-3', 0],
    ]);
  });
});
