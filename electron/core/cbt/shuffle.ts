import crypto from 'node:crypto';

/**
 * A deterministic stream of uniform integers from a stored seed, so that a candidate sees the same
 * order after a reload and on another PC. SHA-256 in counter mode: the seed comes from a CSPRNG,
 * and the stream only has to be unpredictable to candidates, who never see the seed.
 */
export function seededInts(seedHex: string, label: string): (bound: number) => number {
  let counter = 0;
  let block = Buffer.alloc(0);
  let offset = 0;
  const nextUint32 = (): number => {
    if (offset + 4 > block.length) {
      block = crypto.createHash('sha256').update(seedHex).update('\0').update(label).update('\0').update(String(counter++)).digest();
      offset = 0;
    }
    const value = block.readUInt32BE(offset);
    offset += 4;
    return value;
  };
  return (bound) => {
    // Rejection sampling: a plain modulo would favour small values.
    const limit = Math.floor(0x1_0000_0000 / bound) * bound;
    for (;;) {
      const v = nextUint32();
      if (v < limit) return v % bound;
    }
  };
}

export function fisherYates<T>(items: readonly T[], nextInt: (bound: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function newSeed(): string {
  return crypto.randomBytes(32).toString('hex');
}

/**
 * Orders already drawn, by seed, question and option count: every multiple-choice save maps the shown
 * letter back through its question's order, and drawing it again was a SHA-256 and a shuffle on each
 * save. Kept for a few rooms' attempts (a seat's 40 questions each), then started afresh.
 */
const drawnOrders = new Map<string, readonly number[]>();
const DRAWN_ORDERS_KEPT = 32_768;

/** Displayed position → original option ordinal, for one question of one attempt. */
export function optionOrder(seedHex: string, itemId: string, count: number): readonly number[] {
  const key = `${seedHex}:${itemId}:${count}`;
  const known = drawnOrders.get(key);
  if (known) return known;
  const order = Object.freeze(
    fisherYates(
      Array.from({ length: count }, (_, i) => i),
      seededInts(seedHex, `options:${itemId}`),
    ),
  );
  if (drawnOrders.size >= DRAWN_ORDERS_KEPT) drawnOrders.clear();
  drawnOrders.set(key, order);
  return order;
}

/** Questions shuffled within each group, groups kept in order (multiple choice before essays, as in UNBK). */
export function questionOrder(seedHex: string, groups: readonly (readonly string[])[]): string[] {
  return groups.flatMap((ids, g) => fisherYates(ids, seededInts(seedHex, `questions:${g}`)));
}
