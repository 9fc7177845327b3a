import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_EVIDENCE, type CbtState } from '../../../../electron/shared/cbt';
import { useRun } from '../../api/use-run';
import { BilingualText } from '../../components/BilingualText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FactList } from '../../components/FactList';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { TUK_TYPE_LABEL } from '../../i18n/domain-labels';
import { AGREEMENT_EVIDENCE_KIND, AGREEMENT_EVIDENCE_LABEL } from '../../i18n/agreement-labels';

type Props = { state: CbtState; onAgreed: (next: CbtState) => void };

/** FR.AK.01 on screen: the candidate reads it and accepts it; the acceptance (with its time) starts the clock. */
export function AgreementScreen({ state, onAgreed }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const checkId = useId();
  const [accepted, setAccepted] = useState(false);
  const { busy, error, run } = useRun();
  const a = state.agreement;
  const collected = new Set(a.evidence);

  const start = () => run(async () => onAgreed(await client.call('cbt/agree', { accept: true })));
  // The sign-in form went away with the focus, which fell to the page: the title takes it, where reading
  // starts, as the test and the receipt do.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus({ preventScroll: true }), []);

  return (
    <article className="agreement" data-testid="cbt-agreement">
      <header className="agreement__head">
        <p className="page-title__eyebrow">{t('agreement.eyebrow')}</p>
        <h1 className="agreement__title" ref={title} tabIndex={-1}>
          {t('agreement.title')}
        </h1>
        <p className="agreement__intro">{t('agreement.intro')}</p>
      </header>

      <section className="agreement__block">
        <FactList
          facts={[
            {
              key: 'scheme',
              label: t('agreement.scheme'),
              value: <BilingualText value={a.schemeTitle} />,
            },
            { key: 'code', label: t('agreement.schemeCode'), value: <span className="mono">{a.schemeCode}</span> },
            { key: 'candidate', label: t('agreement.candidate'), value: a.candidateName },
            { key: 'participantNo', label: t('agreement.participantNo'), value: <span className="mono">{a.participantNo}</span> },
            { key: 'assessor', label: t('agreement.assessor'), value: a.assessorName },
            { key: 'met', label: t('agreement.met'), value: <span className="mono">{a.assessorMet}</span> },
          ]}
        />
      </section>

      <section className="agreement__block">
        <h2 className="agreement__subtitle">{t('agreement.evidenceTitle')}</h2>
        <ul className="evidence-list" data-testid="agreement-evidence">
          {AGREEMENT_EVIDENCE.map((kind) => {
            const on = collected.has(kind);
            return (
              <li key={kind} className="evidence-list__item" data-evidence={kind} data-collected={on}>
                <span className={`evidence-box ${on ? 'evidence-box--on' : ''}`} aria-hidden="true">
                  {on ? '✓' : ''}
                </span>
                <span className="evidence-list__text">
                  {t(AGREEMENT_EVIDENCE_LABEL[kind])} <span className="muted small">({t(AGREEMENT_EVIDENCE_KIND[kind])})</span>
                </span>
                <span className="visually-hidden">{on ? t('agreement.collected') : t('agreement.notCollected')}</span>
              </li>
            );
          })}
        </ul>
        <p className="muted small">{t('agreement.evidenceKindLegend')}</p>
      </section>

      <section className="agreement__block">
        <h2 className="agreement__subtitle">{t('agreement.scheduleTitle')}</h2>
        <FactList
          facts={[
            { key: 'date', label: t('agreement.date'), value: f.longDate(a.date) },
            { key: 'time', label: t('agreement.time'), value: f.time(a.startTime) },
            { key: 'duration', label: t('agreement.duration'), value: f.minutes(a.durationMinutes) },
            { key: 'tuk', label: t('agreement.tuk'), value: `${a.tukName} · ${t(TUK_TYPE_LABEL[a.tukType])}` },
            { key: 'session', label: t('agreement.session'), value: <BilingualText value={a.sessionTitle} /> },
          ]}
        />
      </section>

      <section className="agreement__block">
        <h2 className="agreement__subtitle">{t('agreement.declarationsTitle')}</h2>
        <ol className="declarations">
          <li>{t('agreement.declarationAppeal')}</li>
          <li>{t('agreement.declarationConfidential')}</li>
          <li>{t('agreement.declarationConsent')}</li>
        </ol>
      </section>

      <div className="agreement__accept">
        <div className="checkbox checkbox--large">
          <input
            id={checkId}
            type="checkbox"
            data-testid="agreement-accept"
            checked={accepted}
            onChange={(event) => setAccepted(event.target.checked)}
          />
          <label htmlFor={checkId}>{t('agreement.accept')}</label>
        </div>
        <p className="muted">{t('agreement.timeNote', { duration: f.minutes(a.durationMinutes) })}</p>
        {error && <ErrorMessage error={error} />}
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="agreement-start"
          disabled={!accepted || busy}
          onClick={() => void start()}
        >
          {busy ? t('agreement.starting') : t('agreement.start')}
        </button>
      </div>
    </article>
  );
}
