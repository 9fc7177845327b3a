import type { ReactNode } from 'react';
import type { Bilingual } from '../../../electron/shared/types';
import { placedPictures, textBlocks } from '../../../electron/shared/text-blocks';
import { pickBilingual } from '../i18n/format';
import { InIndonesianMarker } from './BilingualText';
import { useLanguage } from '../i18n/use-language';

/** The stem's pictures: how many, and how to show some of them (0-based indexes, in order). */
export type PromptPictures = { count: number; show: (indexes: readonly number[]) => ReactNode };

/**
 * A question's text as BilingualText picks it, with its tables (rows of `a | b` lines, text-blocks.ts)
 * shown as tables: a sales table in a stem read as bars and spaces on the test screen. With `pictures`,
 * a `[gambar N]` line shows the stem's picture N there, and the pictures no line places follow the text.
 */
export function PromptText({ value, pictures }: { value: Bilingual; pictures?: PromptPictures }) {
  const { language } = useLanguage();
  const picked = pickBilingual(value, language);
  const count = pictures?.count ?? 0;
  const placed = new Set(placedPictures(picked.text));
  const rest = Array.from({ length: count }, (_, i) => i).filter((i) => !placed.has(i));
  return (
    <>
      <div lang={picked.lang} className="prompt-text">
        {textBlocks(picked.text, count).map((block, i) =>
          block.kind === 'text' ? (
            <span key={i}>{block.text}</span>
          ) : block.kind === 'picture' ? (
            <div key={i} className="prompt-text__picture">
              {pictures?.show([block.index])}
            </div>
          ) : (
            <table key={i} className="prompt-table" data-testid="prompt-table">
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ),
        )}
        {/* Inside, so it follows the last line rather than starting one; in the screen's language. */}
        {picked.fallback && <InIndonesianMarker lang={language} />}
      </div>
      {pictures && rest.length > 0 && pictures.show(rest)}
    </>
  );
}
