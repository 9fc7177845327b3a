import type { CodeName } from '../../../../../electron/shared/code-names';

/** A heading line as a list copied with its header row starts: skipped, not refused as a code. */
const HEADING = /^(kode|code|id|no)$/i;

/**
 * Two columns copied from Excel (tab between code and name, a line per row) merged into a list: a code
 * already there takes the pasted name, a new one is added at the end. Lines without both cells are skipped.
 */
export function mergePasted(list: readonly CodeName[], text: string): { list: CodeName[]; read: number; added: number; renamed: number } {
  const next = list.map((n) => ({ ...n }));
  let read = 0;
  let added = 0;
  let renamed = 0;
  for (const line of text.split(/\r?\n/)) {
    const [code = '', name = ''] = line.split('\t').map((cell) => cell.trim());
    if (code === '' || name === '' || HEADING.test(code)) continue;
    read++;
    const same = next.find((n) => n.code === code);
    if (!same) {
      next.push({ code, name });
      added++;
    } else if (same.name !== name) {
      same.name = name;
      renamed++;
    }
  }
  return { list: next, read, added, renamed };
}
