/**
 * Rows of cells as columns padded to their widest cell, two spaces apart, each line indented as the other lists' rows are.
 * A line ends at its last text: a last column empty in a row (a session breaking no rule) leaves no padding behind.
 */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length))).join('  ')}`.trimEnd() + '\n').join('');
}
