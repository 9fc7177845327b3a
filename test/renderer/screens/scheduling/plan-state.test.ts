import { describe, expect, it } from 'vitest';
import { planFromDetail, planInput } from '../../../../renderer/src/screens/scheduling/sessions/plan-state';
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
