import type { SourceNote, SourceText } from '../source-question';

/**
 * The texts the conversion rules write into a question: the expected answer of a short-answer or
 * numerical question turned essay, and a category turned tag. The expected answer is the question's
 * content (the assessor reads it), so its heading is in the question's languages, not a screen's.
 */
const ACCEPTED_HEADING = { id: 'Jawaban yang diterima (salah satu):', en: 'Accepted answers (any one):' };

/** The accepted answers (with their weight when partial), one a line; `english` when the question has English. */
export function acceptedAnswers(answers: readonly string[], english: boolean): SourceText | null {
  const list = answers.map((a) => a.trim()).filter(Boolean);
  if (list.length === 0) return null;
  const body = list.map((a) => `• ${a}`).join('\n');
  return { id: `${ACCEPTED_HEADING.id}\n${body}`, en: english ? `${ACCEPTED_HEADING.en}\n${body}` : null };
}

/** A note listing weights on wrong options ("B 50%, C -25%"), or none. */
export function weightsIgnored(options: readonly string[]): SourceNote[] {
  return options.length ? [{ code: 'BANK_WEIGHTS_IGNORED', params: { options: options.join(', ') } }] : [];
}

/**
 * A Moodle category path as a tag: Moodle's context prefix ($course$, $system$, $module$, $cat1$…) and
 * its `top` level dropped, the levels kept with "/" ("Unit 1/Elemen 2"); null when nothing is left.
 */
export function categoryTag(path: string): string | null {
  const levels = path
    .trim()
    .split('/')
    .map((level) => level.trim())
    .filter((level) => level !== '');
  if (levels[0] && /^\$\w+\$$/.test(levels[0])) levels.shift();
  if (levels[0]?.toLowerCase() === 'top') levels.shift();
  return levels.length ? levels.join('/') : null;
}
