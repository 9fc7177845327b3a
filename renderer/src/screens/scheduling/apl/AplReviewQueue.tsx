import { useTranslation } from 'react-i18next';
import type { AplReviewScheme } from '../../../../../electron/shared/apl-review';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { useLanguage } from '../../../i18n/use-language';
import { useClient } from '../../../session/SessionProvider';
import { ListFooter } from '../../registry/ListFooter';
import { usePagedList } from '../../registry/use-paged-list';
import { schemeLabel } from '../use-schemes';
import { aplHref } from './apl-route';

/**
 * On the assessor's home: the FR.APL.02 forms waiting for their review, per scheme version they may
 * assess, each a link to the candidate's forms where the review is made. Nothing when they assess none.
 */
export function AplReviewQueue() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('apl/reviewSchemes', {});
  if (state.status === 'ready' && state.data.length === 0) return null;
  return (
    <Section title={t('schedulingScreens.review.title')}>
      <LoadView state={state} onRetry={reload}>
        {(schemes) => (
          <div data-testid="apl-review-queue">
            {schemes.map((scheme) => (
              <SchemeQueue key={scheme.id} scheme={scheme} />
            ))}
          </div>
        )}
      </LoadView>
    </Section>
  );
}

function SchemeQueue({ scheme }: { scheme: AplReviewScheme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { language } = useLanguage();
  const client = useClient();
  const list = usePagedList({ schemeId: scheme.id }, (q, cursor) => client.call('apl/list', { schemeId: q.schemeId, state: 'awaiting_review', cursor, limit: 20 }));
  return (
    <div className="apl-review" data-testid="apl-review-scheme">
      <h3 className="subheading">
        {schemeLabel(scheme, language)} · {t('schedulingScreens.review.awaiting', { waiting: f.number(scheme.awaiting) })}
      </h3>
      {list.rows.length > 0 && (
        <ul>
          {list.rows.map((row) => (
            <li key={row.candidateId} data-testid="apl-review-row">
              <a href={aplHref(row.candidateId, scheme.id)}>{row.name}</a> <span className="mono small">{row.participantNo}</span>
            </li>
          ))}
        </ul>
      )}
      {(list.rows.length > 0 || list.error) && <ListFooter list={list} filtered={false} />}
      {!list.loading && !list.error && list.rows.length === 0 && <p className="empty">{t('schedulingScreens.review.none')}</p>}
    </div>
  );
}
