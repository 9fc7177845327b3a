import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ESSAY_MAX_CHARS } from '../../../../electron/shared/cbt';
import { wordCount } from '../../cbt/answers';
import { useFormat } from '../../i18n/use-format';

type Props = { text: string; disabled: boolean; onChange: (text: string) => void; onLeave: () => void };

/**
 * From here on the box counts characters: at the limit the box takes nothing more (and cuts a paste),
 * which without a word looked like a keyboard that stopped working.
 */
const NEAR_LIMIT = ESSAY_MAX_CHARS - 2_000;

/** A plain box: no spellcheck (it would mark Indonesian and technical words), a word count, saved as it goes. */
export function EssayAnswer({ text, disabled, onChange, onLeave }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const limit = text.length >= ESSAY_MAX_CHARS ? 'full' : text.length >= NEAR_LIMIT ? 'near' : null;
  return (
    <div className="essay">
      <label className="field__label" htmlFor={`${id}-text`}>
        {t('cbt.essayLabel')}
      </label>
      {/* Above the box: on a short screen (200% zoom) the box fills the view and what is under it is out of
          sight while typing. Only reaching the limit is announced: a count read out at every key would drown the typing. */}
      <p className={limit === 'full' ? 'essay__limit essay__limit--full' : 'essay__limit'} id={`${id}-limit`} role="status" data-testid={limit ? 'cbt-essay-limit' : undefined} data-state={limit ?? undefined}>
        {limit === 'full' && t('cbt.essayAtLimit', { max: f.number(ESSAY_MAX_CHARS) })}
        {limit === 'near' && <span aria-hidden="true">{t('cbt.essayNearLimit', { used: f.number(text.length), max: f.number(ESSAY_MAX_CHARS) })}</span>}
      </p>
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
        aria-describedby={limit ? `${id}-hint ${id}-limit` : `${id}-hint`}
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
