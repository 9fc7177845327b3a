import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { SchemeSelect } from '../SchemeSelect';
import { defaultSchemeId, useSchemes } from '../use-schemes';
import { aplHref } from './apl-route';
import { NoSchemes } from './NoSchemes';

/** On a candidate's page: the way to their FR.APL.01/02 for a scheme version. */
export function CandidateApl({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useSchemes();
  const [schemeId, setSchemeId] = useState('');
  return (
    <Section title={t('schedulingScreens.apl.title')}>
      <LoadView state={state} onRetry={reload}>
        {(page) => {
          const chosen = schemeId || defaultSchemeId(page.rows);
          if (!chosen) return <NoSchemes />;
          return (
            <div className="registry-filters">
              <SchemeSelect schemes={page.rows} value={chosen} onChange={setSchemeId} testId="candidate-apl-scheme" />
              <a className="button button--primary" href={aplHref(candidateId, chosen)} data-testid="candidate-apl-open">
                {t('schedulingScreens.apl.open')}
              </a>
            </div>
          );
        }}
      </LoadView>
    </Section>
  );
}
