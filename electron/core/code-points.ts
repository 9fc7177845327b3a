/**
 * More than `max` characters, counted as code points (an emoji counts once, as people count it)? A text
 * no longer than `max` UTF-16 units cannot be, which spares spreading every field of every imported row
 * into an array.
 */
export function longerThan(text: string, max: number): boolean {
  return text.length > max && [...text].length > max;
}
