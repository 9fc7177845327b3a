import { TukZoneScope } from '../../../i18n/tuk-zone';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsReview } from '../../../../../electron/shared/pleno';
import { useLoad } from '../../../api/use-load';
import { BilingualText } from '../../../components/BilingualText';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { SessionPrintLinks } from '../../print/SessionPrintLinks';
import { ATTENDANCE_LABEL, DECISION_LABEL, FLAG_LABEL } from '../labels';
import { PlenoPage } from '../PlenoPage';
import { CandidateDetail } from './CandidateDetail';
import { KeyCorrectionLine } from '../../assessor/workspace/KeyCorrectionLine';
import { useRouteId } from '../../../navigation/hash-route';
import { listHref } from '../../../navigation/use-route-filters';

/** Every form of the session in one PDF, as the LSP files it. */
const SESSION_FORMS = ['sessionAll'] as const;

/** `#/results/<sessionId>`: one session's results, read-only, each candidate's record and what is missing from it. */
export function ResultsSessionScreen() {
  const sessionId = useRouteId();
  const { t } = useTranslation();
  const { state, reload } = useLoad('results/review', { sessionId });
  const title = state.status === 'ready' ? state.data.session.code : t('plenoScreens.results.title');
  const back = (
    <a href={listHref('results')} data-testid="back-to-list">
      {t('plenoScreens.results.back')}
    </a>
  );
  return (
    <PlenoPage current="results" testId="results-session-screen" title={title} actions={back}>
      <LoadView state={state} onRetry={reload}>
        {(review) => (
          // The exam's instants on the TUK's clock, the zone named, as its forms print them.
          <TukZoneScope zone={review.session.tukZone}>
            <ReviewBody review={review} />
          </TukZoneScope>
        )}
      </LoadView>
    </PlenoPage>
  );
}

function ReviewBody({ review }: { review: ResultsReview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { session } = review;
  return (
    <>
      <p className="registry-facts">
        <BilingualText value={session.title} /> · {f.date(session.date)} {f.time(session.startTime)} · {session.tuk.name} ·{' '}
        <span className="mono">{session.scheme.code}</span> ·{' '}
        {session.resultsImportedAt ? t('plenoScreens.results.importedAt', { at: f.dateTime(session.resultsImportedAt) }) : t('plenoScreens.results.madeHere')}
      </p>
      <p className="notice notice--info">{t('plenoScreens.results.readOnly')}</p>
      <SessionPrintLinks sessionId={session.sessionId} forms={SESSION_FORMS} backLabel={t('forms.back.results')} />
      <Section title={t('plenoScreens.results.candidates')}>
        <CandidatesTable review={review} />
      </Section>
      {review.keyCorrections.length > 0 && (
        <Section title={t('keyCorrection.history')}>
          <p className="muted">{t('keyCorrection.reviewNote')}</p>
          <ul data-testid="review-key-corrections">
            {review.keyCorrections.map((c) => (
              <li key={`${c.itemId}-${c.action}-${c.acceptedOption ?? ''}-${c.at}`}>
                <KeyCorrectionLine correction={c} dateTime={f.dateTime} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('plenoScreens.results.incidents')}>
        {review.incidents.length === 0 ? (
          <p className="empty">{t('plenoScreens.results.noIncidents')}</p>
        ) : (
          <ol data-testid="review-incidents">
            {review.incidents.map((i) => (
              <li key={i.id}>
                {f.dateTime(i.at)} — {i.text}
              </li>
            ))}
          </ol>
        )}
        {review.notes.trim() !== '' && (
          <>
            <h3>{t('plenoScreens.results.notes')}</h3>
            <p className="print-pre">{review.notes}</p>
          </>
        )}
        <p className="small">
          {t('plenoScreens.results.assessors')}: {session.assessors.map((a) => `${a.name} (${a.met})`).join(', ')}
        </p>
      </Section>
    </>
  );
}

/**
 * The name opens the candidate's detail under the row (the row's one action, at its start, so it is never
 * scrolled out of sight at 1366×768); flagged rows say why in words.
 */
function CandidatesTable({ review }: { review: ResultsReview }) {
  const { candidates } = review;
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="review-table">
        <thead>
          <tr>
            <th scope="col">{t('plenoScreens.results.candidate')}</th>
            <th scope="col">{t('plenoScreens.results.attendance')}</th>
            <th scope="col">{t('plenoScreens.results.recommendation')}</th>
            <th scope="col">{t('plenoScreens.results.signature')}</th>
            <th scope="col">{t('plenoScreens.results.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => {
            const flagged = c.flags.some((flag) => flag !== 'absent');
            const expanded = open === c.candidateId;
            const absentNothing = c.attendance === 'absent' && !c.recommendation && !c.signature;
            return (
              <Fragment key={c.candidateId}>
                <tr data-testid="review-row" data-flagged={flagged || undefined} data-blocks={c.blocksDecision || undefined} className={c.blocksDecision ? 'row--blocked' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={expanded}
                      data-testid="review-open"
                      onClick={() => setOpen(expanded ? null : c.candidateId)}
                    >
                      {c.name}
                    </button>
                    <div className="small mono">{c.participantNo}</div>
                  </th>
                  <td>{t(ATTENDANCE_LABEL[c.attendance])}</td>
                  {/* Someone absent will get neither: "none yet" and "not yet" promised what never comes. */}
                  <td data-testid="review-recommendation">
                    {c.recommendation ? t(DECISION_LABEL[c.recommendation]) : absentNothing ? '—' : t('plenoScreens.decision.none')}
                  </td>
                  <td data-testid="review-signature">
                    {c.signature
                      ? t('plenoScreens.results.signedBy', { name: c.signature.signedByName, at: f.dateTime(c.signature.signedAt) })
                      : absentNothing
                        ? '—'
                        : t('plenoScreens.results.notSigned')}
                  </td>
                  <td data-testid="review-flags">
                    {c.flags.length === 0
                      ? t('plenoScreens.results.noFlags')
                      : c.flags.map((flag) => (
                          <Fragment key={flag}>
                            <StatusBadge tone={c.blocksDecision && flag !== 'absent' ? 'danger' : 'warning'}>{t(FLAG_LABEL[flag])}</StatusBadge>{' '}
                          </Fragment>
                        ))}
                  </td>
                </tr>
                {expanded && (
                  <tr data-testid="review-detail">
                    <td colSpan={5}>
                      <CandidateDetail sessionId={review.session.sessionId} candidate={c} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
