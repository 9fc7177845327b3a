import type { Page } from '../shared/registry';

/** Every page of a list method, each read by the cursor the last one gave: a script wants them all, not the screen's first 50. */
export async function everyPage<T>(read: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await read(cursor);
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return rows;
}
