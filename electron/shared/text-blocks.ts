/**
 * A question's text as paragraphs and tables. The bank keeps a table as lines of text, a row a line and
 * its cells between "|" (the Word import writes `a | b | c`; an author may type `| a | b |`): two or more
 * such lines in a row show as a table, wherever the text is shown (the test screen, the bank's preview,
 * the assessor's workspace). The stored text stays as it is, so a form or an export that prints text
 * still reads it.
 */
export type TextBlock = { kind: 'text'; text: string } | { kind: 'table'; rows: string[][] };

/** A row between cells: a bar with a space beside it (`a | b`), so `ls|grep` in a sentence is not one. */
const INNER_BORDER = /\s\|\s/;
/** A Markdown rule under a header row (`|---|:---:|`): not a row of its own. */
const RULE_CELL = /^:?-{3,}:?$/;

/** The cells of a table row, or null for a line of text. A bordered line (`| a |`) is a row even of one cell. */
function cellsOf(line: string): string[] | null {
  const trimmed = line.trim();
  const bordered = trimmed.length >= 2 && trimmed.startsWith('|') && trimmed.endsWith('|');
  if (!bordered && !INNER_BORDER.test(trimmed)) return null;
  const inner = bordered ? trimmed.slice(1, -1) : trimmed;
  const cells = inner.split('|').map((cell) => cell.trim());
  return bordered || cells.length >= 2 ? cells : null;
}

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = text.split('\n');
  let plain: string[] = [];
  const flushPlain = () => {
    if (plain.length) blocks.push({ kind: 'text', text: plain.join('\n') });
    plain = [];
  };
  for (let i = 0; i < lines.length; ) {
    const run: string[][] = [];
    let j = i;
    for (let cells = cellsOf(lines[j] ?? ''); j < lines.length && cells; cells = cellsOf(lines[++j] ?? '')) run.push(cells);
    const rows = run.filter((cells) => !cells.every((cell) => RULE_CELL.test(cell)));
    if (rows.length >= 2) {
      flushPlain();
      // A merged cell in Word leaves a row shorter: padded, so every row has the table's width.
      const width = Math.max(...rows.map((r) => r.length));
      blocks.push({ kind: 'table', rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]) });
      i = j;
    } else {
      plain.push(lines[i]);
      i += 1;
    }
  }
  flushPlain();
  return blocks;
}
