import type { Bilingual } from '../../../electron/shared/types';
import { textBlocks } from '../../../electron/shared/text-blocks';
import { pickBilingual } from '../i18n/format';
import { InIndonesianMarker } from './BilingualText';
import { useLanguage } from '../i18n/use-language';

/**
 * A question's text as BilingualText picks it, with its tables (rows of `a | b` lines, text-blocks.ts)
 * shown as tables: a sales table in a stem read as bars and spaces on the test screen.
 */
export function PromptText({ value }: { value: Bilingual }) {
  const { language } = useLanguage();
  const picked = pickBilingual(value, language);
  return (
    <div lang={picked.lang} className="prompt-text">
      {textBlocks(picked.text).map((block, i) =>
        block.kind === 'text' ? (
          <span key={i}>{block.text}</span>
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
  );
}
