import { pictureMarker } from '../../../shared/text-blocks';
import { PICTURE_MARK } from './images';

/** A line the question's text shows as a table (text-blocks.ts reads the same): a picture mark there cannot become a line of its own. */
const TABLE_ROW = /\s\|\s|^\s*\|.*\|\s*$/;

/** The text without the marks, and without a line that held only pictures: what every field but a stem keeps. */
export function withoutPictureMarks(text: string): string {
  if (!text.includes(PICTURE_MARK)) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (!line.includes(PICTURE_MARK)) return [line];
      const rest = line.replaceAll(PICTURE_MARK, '');
      return rest.trim() === '' ? [] : [rest];
    })
    .join('\n')
    .trim();
}

/**
 * A stem's picture marks (where a Word picture stood among its words) as `[gambar N]` lines, so the
 * picture shows where the author put it ("Perhatikan gambar berikut: [picture] Komponen apa yang
 * ditunjuk?"), N its number among the pictures the question keeps (`stemKept`, one entry per picture met).
 * A mark with no words after it is dropped: the picture shows after the text, as it always did. So is one
 * in a table's row, or of a picture not kept, and every mark when their count differs from the pictures
 * met (a reader that dropped a mark with its words): a line naming the wrong picture would be worse than none.
 */
export function placePictureMarks(text: string, stemKept: readonly (number | null)[]): string {
  if (!text.includes(PICTURE_MARK)) return text;
  if (text.split(PICTURE_MARK).length - 1 !== stemKept.length) return withoutPictureMarks(text);
  let lastWord = -1;
  for (let i = text.length - 1; i >= 0 && lastWord < 0; i--) if (text[i] !== PICTURE_MARK && text[i].trim() !== '') lastWord = i;
  const out: string[] = [];
  let at = 0;
  let met = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.includes(PICTURE_MARK)) {
      out.push(line);
      continue;
    }
    const parts = line.split(PICTURE_MARK);
    if (TABLE_ROW.test(parts.join(''))) {
      met += parts.length - 1;
      out.push(parts.join(''));
      continue;
    }
    let offset = start;
    parts.forEach((part, i) => {
      if (part.trim() !== '') out.push(part.trim());
      offset += part.length;
      if (i === parts.length - 1) return;
      const kept = stemKept[met++];
      if (kept !== null && offset < lastWord) out.push(pictureMarker(kept));
      offset += 1;
    });
  }
  return out.join('\n').trim();
}
