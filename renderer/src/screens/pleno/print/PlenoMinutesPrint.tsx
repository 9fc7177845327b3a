import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../../electron/shared/pleno';
import { BilingualText } from '../../../components/BilingualText';
import { useFormat } from '../../../i18n/use-format';
import { DECISION_LABEL, ROLE_LABEL } from '../labels';
import { PlenoPrintHeader, PlenoRunningFrame, PlenoSignatures } from './PlenoPrintHeader';

/** Berita acara rapat pleno: when and where, who sat, the sessions, every decision with the counts, departures with reasons. */
export function PlenoMinutesPrint({ detail }: { detail: PlenoDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const departures = detail.decisions.filter((d) => d.departs);
  return (
    <article className="print-form" data-testid="print-pleno-minutes">
      <PlenoRunningFrame detail={detail} title={t('plenoScreens.print.minutesTitle')}>
        <PlenoPrintHeader detail={detail} title={t('plenoScreens.print.minutesTitle')} />
        {/* No place typed: the sentence leaves the clause out rather than print "bertempat di —" on the form. */}
        <p data-testid="print-minutes-intro">
          {detail.place
            ? t('plenoScreens.print.minutesIntro', { date: f.longDate(detail.heldOn), place: detail.place, lsp: detail.lsp.name })
            : t('plenoScreens.print.minutesIntroNoPlace', { date: f.longDate(detail.heldOn), lsp: detail.lsp.name })}
        </p>
        <h2 className="print-form__section">{t('plenoScreens.print.members')}</h2>
        <ol>
          {detail.members.map((m) => (
            <li key={m.position}>
              {m.name} — {t(ROLE_LABEL[m.role])}
            </li>
          ))}
        </ol>
        <h2 className="print-form__section">{t('plenoScreens.print.sessions')}</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th>{t('plenoScreens.print.session')}</th>
              <th>{t('plenoScreens.print.scheme')}</th>
              <th>{t('plenoScreens.print.tuk')}</th>
              <th>{t('plenoScreens.results.assessors')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.sessions.map((s) => (
              <tr key={s.sessionId}>
                <td>
                  <span className="print-nowrap">{s.code}</span>
                  <br />
                  {f.date(s.date)}
                </td>
                <td>
                  {s.scheme.code} — <BilingualText value={s.scheme.title} />
                </td>
                <td>{s.tuk.name}</td>
                <td>{s.assessors.map((a) => `${a.name} (${a.met})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 className="print-form__section">{t('plenoScreens.print.decisions')}</h2>
        <p data-testid="print-pleno-totals">
          {t('plenoScreens.print.totals', {
            candidates: f.number(detail.counts.candidates),
            k: f.number(detail.counts.competent),
            bk: f.number(detail.counts.notCompetent),
            absent: f.number(detail.counts.absent),
          })}
        </p>
        <table className="print-table">
          <thead>
            <tr>
              <th>{t('plenoScreens.print.no')}</th>
              <th>{t('plenoScreens.print.name')}</th>
              <th>{t('plenoScreens.print.session')}</th>
              <th>{t('plenoScreens.pleno.decisions.recommendation')}</th>
              <th>{t('plenoScreens.pleno.decisions.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.decisions.map((d, i) => (
              <tr key={`${d.sessionId}:${d.candidateId}`}>
                <td>{i + 1}</td>
                <td>{d.name}</td>
                <td className="print-nowrap">{d.sessionCode}</td>
                <td>{d.recommendation ? t(DECISION_LABEL[d.recommendation]) : t('plenoScreens.decision.none')}</td>
                <td>{t(DECISION_LABEL[d.decision])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 className="print-form__section">{t('plenoScreens.print.departures')}</h2>
        {departures.length === 0 ? (
          <p>{t('plenoScreens.print.noDepartures')}</p>
        ) : (
          <ol data-testid="print-departures">
            {departures.map((d) => (
              <li key={`${d.sessionId}:${d.candidateId}`}>
                {d.name}: {t(DECISION_LABEL[d.decision])} — {d.reason}
              </li>
            ))}
          </ol>
        )}
        <h2 className="print-form__section">{t('plenoScreens.print.signatures')}</h2>
        <PlenoSignatures detail={detail} />
      </PlenoRunningFrame>
    </article>
  );
}
