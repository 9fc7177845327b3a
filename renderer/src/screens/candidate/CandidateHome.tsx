import { useTranslation } from 'react-i18next';
import type { CandidateHome as CandidateHomeData } from '../../../../electron/shared/types';
import { useLoad } from '../../api/use-load';
import { BilingualText } from '../../components/BilingualText';
import { FactList } from '../../components/FactList';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { FeedbackEntry } from './feedback/FeedbackEntry';

export function CandidateHome() {
  const { state, reload } = useLoad('candidate/home', {});
  return (
    <div className="home home--narrow" data-testid="home-candidate">
      <LoadView state={state} onRetry={reload}>
        {(home) => <Home home={home} />}
      </LoadView>
    </div>
  );
}

function Home({ home }: { home: CandidateHomeData }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { session } = home;
  return (
    <>
      <PageTitle eyebrow={t('candidate.eyebrow')} title={t('candidate.welcome', { name: home.name })}>
        <FactList
          layout="inline"
          facts={[{ key: 'participantNo', label: t('candidate.participantNo'), value: <span className="mono">{home.participantNo}</span> }]}
        />
      </PageTitle>

      {session ? (
        <>
          <Section title={t('candidate.sessionTitle')}>
            <FactList
              facts={[
                { key: 'session', label: t('candidate.session'), value: <BilingualText value={session.title} /> },
                { key: 'scheme', label: t('candidate.scheme'), value: <BilingualText value={session.schemeTitle} /> },
                { key: 'date', label: t('candidate.date'), value: f.longDate(session.date) },
                { key: 'start', label: t('candidate.start'), value: f.time(session.startTime) },
                { key: 'duration', label: t('candidate.duration'), value: f.minutes(session.durationMinutes) },
                { key: 'tuk', label: t('candidate.tuk'), value: session.tukName },
                { key: 'seat', label: t('candidate.seat'), value: session.seat ?? t('common.notSet') },
              ]}
            />
          </Section>
          <FeedbackEntry />
          <div className="calm-note" data-testid="candidate-wait">
            <h2 className="calm-note__title">{t('candidate.waitTitle')}</h2>
            <p className="calm-note__text">{t('candidate.waitNote')}</p>
          </div>
        </>
      ) : (
        <div className="calm-note" data-testid="candidate-no-session">
          <p className="calm-note__text">{t('candidate.noSession')}</p>
        </div>
      )}
    </>
  );
}
