/**
 * A question's text as paragraphs and tables. The bank keeps a table as lines of text, a row a line and
 * its cells between "|" (the Word import writes `a | b | c`; an author may type `| a | b |`): two or more
 * such lines in a row show as a table, wherever the text is shown (the test screen, the bank's preview,
 * the assessor's workspace). The stored text stays as it is, so a form or an export that prints text
 * still reads it.
 */
export type TextBlock = { kind: 'text'; text: string } | { kind: 'table'; rows: string[][] } | { kind: 'picture'; index: number };

/**
 * A line that is only `[gambar 2]` (or `[image 2]`, `[picture 2]`): the stem's second picture shows there,
 * where a question needs it between its sentences ("Perhatikan gambar berikut: … Komponen apa yang
 * ditunjuk?"). A picture no line names shows after the text, as every picture did before. On its own line
 * only, so "lihat gambar 2" in a sentence stays a sentence.
 */
const PICTURE_LINE = /^\s*\[\s*(?:gambar|image|picture)\s+(\d{1,2})\s*\]\s*$/i;

/** The marker line an import writes for the stem's picture at `index` (0-based). */
export function pictureMarker(index: number): string {
  return `[gambar ${index + 1}]`;
}

/** The 0-based picture a line names, or null. */
function pictureOf(line: string): number | null {
  const match = PICTURE_LINE.exec(line);
  const number = match ? Number(match[1]) : 0;
  return number >= 1 ? number - 1 : null;
}

/** The pictures a text places itself (0-based, in the order named). */
export function placedPictures(text: string): number[] {
  return text.split('\n').flatMap((line) => {
    const index = pictureOf(line);
    return index === null ? [] : [index];
  });
}

/**
 * The text once the stem's pictures went from `before` to `after` (each a list of image hashes, in order): a
 * line naming a picture names it again where it now stands, and a line whose picture was removed goes, as
 * the author who removed the picture means. Without this, removing the first of two pictures left
 * `[gambar 2]` naming nothing (shown as text) and `[gambar 1]` showing the other picture. A line that named
 * no picture before stays as typed. The same image twice is matched in order.
 */
export function renumberPictureLines(text: string, before: readonly string[], after: readonly string[]): string {
  const used = new Set<number>();
  const moved = before.map((sha256) => {
    const to = after.findIndex((other, j) => other === sha256 && !used.has(j));
    if (to >= 0) used.add(to);
    return to;
  });
  const lines = text.split('\n').flatMap((line) => {
    const index = pictureOf(line);
    if (index === null || index >= before.length) return [line];
    const to = moved[index];
    return to < 0 ? [] : [line.replace(/\d+/, String(to + 1))];
  });
  return lines.join('\n');
}

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

/** The text without its picture lines: where a short excerpt is printed and the pictures follow it. */
export function withoutPictureLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => pictureOf(line) === null)
    .join('\n');
}

/**
 * The text's blocks. With `pictures`, the stem's picture count, a marker line naming one of them is a
 * picture block; one naming a picture the question does not have stays a line of text, so the author sees it.
 */
export function textBlocks(text: string, pictures = 0): TextBlock[] {
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
      const picture = pictureOf(lines[i]);
      if (picture !== null && picture < pictures) {
        flushPlain();
        blocks.push({ kind: 'picture', index: picture });
      } else plain.push(lines[i]);
      i += 1;
    }
  }
  flushPlain();
  return blocks;
}
