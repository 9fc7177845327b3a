import { describe, expect, it } from 'vitest';
import { fisherYates, newSeed, optionOrder, questionOrder, seededInts } from '../../../electron/core/cbt/shuffle';

describe('seeded shuffling', () => {
  it('gives the same order for the same seed and a different one for another seed', () => {
    const seed = newSeed();
    const ids = Array.from({ length: 24 }, (_, i) => `q${i}`);
    expect(questionOrder(seed, [ids])).toEqual(questionOrder(seed, [ids]));
    expect(questionOrder(newSeed(), [ids])).not.toEqual(questionOrder(seed, [ids]));
    expect(optionOrder(seed, 'item-1', 5)).toEqual(optionOrder(seed, 'item-1', 5));
  });

  it('draws a question\'s option order once and hands the same frozen order back, as drawn from the seed', () => {
    const seed = newSeed();
    const first = optionOrder(seed, 'item-1', 5);
    expect(optionOrder(seed, 'item-1', 5)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // What the candidate was shown is what the seed draws, kept or not.
    expect(first).toEqual(fisherYates([0, 1, 2, 3, 4], seededInts(seed, 'options:item-1')));
    expect(optionOrder(seed, 'item-1', 4)).toEqual(fisherYates([0, 1, 2, 3], seededInts(seed, 'options:item-1')));
    expect(optionOrder(seed, 'item-2', 5)).toEqual(fisherYates([0, 1, 2, 3, 4], seededInts(seed, 'options:item-2')));
  });

  it('is a permutation that keeps groups in order (multiple choice before essays)', () => {
    const seed = newSeed();
    const mc = Array.from({ length: 24 }, (_, i) => `mc${i}`);
    const essay = ['e1', 'e2', 'e3', 'e4'];
    const order = questionOrder(seed, [mc, essay]);
    expect(order.slice(0, 24).sort()).toEqual([...mc].sort());
    expect(order.slice(24).sort()).toEqual([...essay].sort());
  });

  it('draws each position uniformly (chi-square over 30,000 shuffles of 5 options)', () => {
    const counts = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
    const next = seededInts('f'.repeat(64), 'uniformity');
    const runs = 30_000;
    for (let r = 0; r < runs; r++) {
      fisherYates([0, 1, 2, 3, 4], next).forEach((value, position) => counts[position][value]++);
    }
    const expected = runs / 5;
    const chi = counts.flat().reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 16 degrees of freedom (rows and columns are constrained); p = 0.001 critical value is 39.25.
    expect(chi).toBeLessThan(39.25);
  });

  it('seeds are 32 random bytes', () => {
    const a = newSeed();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newSeed()).not.toBe(a);
  });
});
