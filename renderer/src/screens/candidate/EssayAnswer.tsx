import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ESSAY_MAX_CHARS } from '../../../../electron/shared/cbt';
import { wordCount } from '../../cbt/answers';
import { useFormat } from '../../i18n/use-format';

type Props = { text: string; disabled: boolean; onChange: (text: string) => void; onLeave: () => void };

/** A plain box: no spellcheck (it would mark Indonesian and technical words), a word count, saved as it goes. */
export function EssayAnswer({ text, disabled, onChange, onLeave }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  return (
    <div className="essay">
      <label className="field__label" htmlFor={`${id}-text`}>
        {t('cbt.essayLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="essay__text"
        data-testid="cbt-essay"
        spellCheck={false}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        rows={10}
        maxLength={ESSAY_MAX_CHARS}
        aria-describedby={`${id}-hint`}
        value={text}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onLeave}
      />
      <p className="essay__meta" id={`${id}-hint`}>
        <span>{t('cbt.essayHint')}</span>
        <span data-testid="cbt-word-count">{t('cbt.words', { words: f.number(wordCount(text)) })}</span>
      </p>
    </div>
  );
}
