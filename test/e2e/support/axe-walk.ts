import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../../support/source-files';
import { axeViolations } from './axe';

/**
 * A role's walk runs axe on dozens of screens, twice each (both languages). On a loaded 2-core machine three
 * walks passed 120 s and the question bank's took 119 s. Each is one long walk, not a wait for something.
 */
export const WALK_TIMEOUT = 300_000;

type Finding = { screen: string; rule: string; impact: string | null; targets: string[] };

/**
 * The screens one accessibility file checks (issue 18: axe-core, WCAG 2.1 A and AA and axe's best practices,
 * over every screen as each role reaches it, in both languages) and what axe found on them. The walks are split
 * across files (the exam day's, the LSP office's) so the end-to-end run can take them side by side.
 */
export function axeWalk(name: string) {
  const findings: Finding[] = [];
  const checked: string[] = [];

  /** Runs axe on what the page shows now and keeps every violation under the screen's name. */
  async function audit(page: Page, screen: string): Promise<void> {
    // Animations settle first: axe reads colours as they are painted, mid-fade they are not the real ones.
    await page.waitForTimeout(250);
    const violations = await axeViolations(page);
    checked.push(screen);
    for (const v of violations) findings.push({ screen, rule: v.rule, impact: v.impact, targets: v.targets.slice(0, 5) });
  }

  async function language(page: Page, lang: 'id' | 'en'): Promise<void> {
    await page.getByTestId(`lang-${lang}`).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
  }

  /** Both languages of what is on screen: text lengths and `lang` differ, so contrast and names are checked twice. */
  async function auditBoth(page: Page, screen: string): Promise<void> {
    await language(page, 'id');
    await audit(page, `${screen}.id`);
    await language(page, 'en');
    await audit(page, `${screen}.en`);
    await language(page, 'id');
  }

  async function goTo(page: Page, hash: string, testId: string): Promise<void> {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await page.getByTestId(testId).first().waitFor();
  }

  /**
   * The screens checked and every violation, also written to test-results/accessibility-<name>.txt, the list a
   * fix starts from: a violation is reported with the rule, the screen and the elements it names.
   */
  function results(): { checked: string[]; report: string } {
    const report = findings.map((f) => `${f.screen}: ${f.rule} (${f.impact ?? '?'}) at ${f.targets.join(' | ')}`).join('\n');
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results', `accessibility-${name}.txt`), `${checked.join('\n')}\n\n${report}\n`);
    return { checked: [...checked], report };
  }

  return { audit, auditBoth, language, goTo, results };
}
