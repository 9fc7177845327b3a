import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbtItem } from '../../../../electron/shared/cbt';
import { QuestionView } from '../candidate/QuestionView';

/**
 * The question as a candidate will see it, drawn by the CBT's own QuestionView as the admin types: a
 * choice or an essay can be tried, nothing is saved. Oral and supporting questions never reach the CBT.
 */
export function ItemPreview({ item }: { item: CbtItem | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const titleId = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [text, setText] = useState('');
  return (
    // A region of the page (not an aside: a complementary landmark inside main is not allowed).
    <section className="bank-preview" aria-labelledby={titleId} data-testid="bank-preview">
      <h2 className="bank-preview__title" id={titleId}>
        {t('bankScreens.preview.title')}
      </h2>
      {item === null ? (
        <p className="muted" data-testid="bank-preview-none">
          {t('bankScreens.preview.notCbt')}
        </p>
      ) : item.prompt.id.trim() === '' ? (
        <p className="muted">{t('bankScreens.preview.empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('bankScreens.preview.hint')}</p>
          <div className="bank-preview__frame cbt">
            <QuestionView
              item={item}
              total={1}
              headingId={headingId}
              choice={choice !== null && choice < item.options.length ? choice : null}
              text={text}
              disabled={false}
              onChoose={setChoice}
              onType={setText}
              onLeave={() => {}}
            />
          </div>
        </>
      )}
    </section>
  );
}
