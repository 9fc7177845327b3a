/** `text` as part of a LIKE pattern (written with ESCAPE '\'), so that its own % and _ match only themselves. */
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A LIKE pattern (ESCAPE '\') for a name with a later word starting with `prefix`: "Sri" finds
 * "Dra. Sri Wahyuningsih", "Negeri" finds "TUK SMK Negeri 1". The first word is a range seek's job.
 */
export const laterWordLike = (prefix: string): string => `% ${likeLiteral(prefix)}%`;
