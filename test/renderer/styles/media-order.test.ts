import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'renderer/src/styles';

type Rule = { selector: string; props: Set<string> };

function rulesOf(block: string): Rule[] {
  return [...block.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selector: m[1].trim(),
    props: new Set(m[2].split(';').flatMap((d) => (d.includes(':') ? [d.split(':')[0].trim()] : []))),
  }));
}

/**
 * A rule inside @media loses to a later rule with the same selector, which has the same specificity:
 * the narrow screen's rule then never applies. So it went with the sticky time bar at 200% zoom, which
 * kept the candidate's name and took two lines, a third of a 768-pixel screen (walk-through).
 */
describe('the style sheets', () => {
  it('override no @media rule with a later rule of the same selector and property', () => {
    const overridden: string[] = [];
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(path.join(DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const media of css.matchAll(/@media[^{]*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g)) {
        const later = rulesOf(css.slice(media.index + media[0].length).replace(/@media[^{]*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g, ''));
        for (const inner of rulesOf(media[1])) {
          for (const rule of later.filter((r) => r.selector === inner.selector)) {
            const both = [...inner.props].filter((p) => rule.props.has(p));
            if (both.length > 0) overridden.push(`${file}: ${inner.selector} { ${both.join(', ')} }`);
          }
        }
      }
    }
    expect(overridden).toEqual([]);
  });
});
