import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA, and axe's best practices (heading order, empty table headers, which a walk-through found). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export type AxeViolation = { rule: string; impact: string | null; targets: string[] };

/**
 * axe-core's violations on what the page shows now. Legacy mode runs axe.run in the page itself: the default
 * runs it per frame and then finishes in a blank page it opens for each check, which cost more than the
 * rules (a rule that reads one attribute took 1.7-3.0 s, the whole set 2.4-4.4 s, against 0.6-1.1 s and
 * 1.1-1.7 s so; load 8). It leaves out cross-origin frames only, and the app has no frame at all.
 * Only violations are collected in full: nothing reads the passes.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
