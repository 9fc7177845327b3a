import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/cbt.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rule = (selector: RegExp) => new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

/**
 * The time bar sticks to the top of the page. Going back with Shift+Tab, the browser scrolled an option
 * just into the viewport, under the bar: the focused option could not be seen (walk-through at 200%
 * zoom on a 1366x768 lab PC). Scroll padding at the top keeps what takes the focus below the bar.
 */
describe('the test screen style', () => {
  it('keeps a focused control out from under the sticky time bar', () => {
    expect(rule(/\.cbt-bar/)).toMatch(/position:\s*sticky/);
    const padding = /scroll-padding-top:\s*([\d.]+)rem/.exec(rule(/:root:has\(\.cbt-bar\)/))?.[1];
    // The bar is at most 4rem high at 200% zoom (one line), in rem so that it grows with the text size.
    expect(Number(padding)).toBeGreaterThanOrEqual(5);
  });
});

describe('the essay box', () => {
  it('leaves room under it on a short screen for the word count and the limit notice', () => {
    // At 200% zoom on a 768-pixel screen the box alone filled what the sticky bar leaves (walk-through):
    // its height now gives way to the viewport's.
    const box = rule(/\.essay__text/);
    expect(box).toMatch(/min-height:\s*min\([^;]*100vh[^;]*\)/);
    expect(box).toMatch(/(?<!-)height:\s*min\([^;]*100vh[^;]*\)/);
  });
});

describe('the question bar (previous, ragu-ragu, next)', () => {
  it('stacks its buttons on a narrow screen instead of pushing the page sideways', () => {
    // At 390 px the three-column row was 521 px wide: the page scrolled sideways, "next" off screen (walk-through).
    const narrow = /@media \(max-width: ([\d.]+)rem\) \{((?:[^{}]*\{[^{}]*\})*)\s*\}/g;
    const blocks = [...css.matchAll(narrow)].filter((m) => /\.question__nav\s*\{/.test(m[2]));
    expect(blocks).toHaveLength(1);
    const [, width, body] = blocks[0];
    // 520 px of buttons plus the card's and the page's padding: wider than 36rem.
    expect(Number(width)).toBeGreaterThanOrEqual(40);
    expect(/\.question__nav\s*\{([^}]*)\}/.exec(body)?.[1]).toMatch(/grid-template-columns:\s*minmax\(0,\s*1fr\);/);
    expect(/\.question__nav > \.button\s*\{([^}]*)\}/.exec(body)?.[1]).toMatch(/justify-self:\s*stretch/);
  });
});
