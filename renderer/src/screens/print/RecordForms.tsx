import { useTranslation } from 'react-i18next';
import { AGREEMENT_EVIDENCE } from '../../../../electron/shared/cbt';
import { AK02_EVIDENCE, type Decision, type Workspace } from '../../../../electron/shared/assessment';
import type { TranslationKey } from '../../i18n/keys';
import { BilingualText } from '../../components/BilingualText';
import { useFormat } from '../../i18n/use-format';
import { FormFrame, SignatureBlock } from './FormFrame';
import { signatures } from './InstrumentForms';
import { APPEAL_QUESTIONS, EVIDENCE_LABEL, FEEDBACK_ITEMS } from '../../i18n/assessment-labels';
import { AK01_EVIDENCE_LABEL } from '../../i18n/agreement-labels';

type Props = { ws: Workspace };

const mark = (on: boolean) => (on ? '☑' : '☐');

/** The decision in the words a BNSP form states it (DESIGN.md's glossary: K / BK, Kompeten / Belum Kompeten), not its code. */
const AK02_DECISION_WORDS = { K: 'forms.ak02.competent', BK: 'forms.ak02.notYetCompetent' } as const satisfies Record<Decision, TranslationKey>;

/** FR.AK.01: evidence to collect, the agreed day/time/TUK and the three declarations; accepted on screen by the candidate. */
export function Ak01Print({ ws }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  // The core's list, the one the candidate's FR.AK.01 screen showed: the paper ticks what they accepted.
  const collected = new Set(ws.attempt.agreementEvidence);
  return (
    <FormFrame form="ak01" header={ws.header} candidate={ws.candidate}>
      <h2 className="print-subtitle">{t('forms.ak01.evidence')}</h2>
      <ul className="print-checklist" data-testid="ak01-evidence">
        {AGREEMENT_EVIDENCE.map((e) => (
          <li key={e} data-collected={collected.has(e)}>
            {mark(collected.has(e))} {t(AK01_EVIDENCE_LABEL[e])}
          </li>
        ))}
      </ul>
      <table className="print-table">
        <tbody>
          <tr>
            <th>{t('forms.ak01.day')}</th>
            <td>{f.longDate(ws.header.date)}</td>
          </tr>
          <tr>
            <th>{t('forms.ak01.time')}</th>
            <td>{f.time(ws.header.startTime)}</td>
          </tr>
          <tr>
            <th>{t('forms.tuk')}</th>
            <td>{ws.header.tukName}</td>
          </tr>
        </tbody>
      </table>
      <ol className="print-declarations">
        <li>{t('forms.ak01.declarationCandidate')}</li>
        <li>{t('forms.ak01.declarationAssessor')}</li>
        <li>{t('forms.ak01.declarationUse')}</li>
      </ol>
      {!ws.attempt.agreedAt && <p>{t('forms.ak01.notAgreed')}</p>}
      {signatures(ws, 'ak01')}
    </FormFrame>
  );
}

/** FR.AK.02: per unit the evidence used, Kompeten / Belum Kompeten; the recommendation in those words, follow-up and the assessor's comments. */
export function Ak02Print({ ws }: Props) {
  const { t } = useTranslation();
  return (
    <FormFrame form="ak02" header={ws.header} candidate={ws.candidate}>
      <table className="print-table print-ak02">
        <thead>
          <tr>
            <th>{t('forms.unitCode')}</th>
            {AK02_EVIDENCE.map((e) => (
              <th key={e} className="print-vertical">
                {t(EVIDENCE_LABEL[e])}
              </th>
            ))}
            <th>{t(AK02_DECISION_WORDS.K)}</th>
            <th>{t(AK02_DECISION_WORDS.BK)}</th>
          </tr>
        </thead>
        <tbody>
          {ws.units.map((u) => {
            const used = new Set<string>([...u.evidenceUsed, ...(u.decision?.extraEvidence ?? [])]);
            return (
              <tr key={u.unitId} data-unit={u.unitCode}>
                <td>
                  {u.unitCode}
                  <br />
                  <small>
                    <BilingualText value={u.title} />
                  </small>
                </td>
                {AK02_EVIDENCE.map((e) => (
                  <td key={e}>{used.has(e) ? '✓' : ''}</td>
                ))}
                <td>{u.decision?.decision === 'K' ? '✓' : ''}</td>
                <td>{u.decision?.decision === 'BK' ? '✓' : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="print-table print-fields">
        <tbody>
          <tr>
            <th>{t('assess.decisions.recommendation')}</th>
            <td data-testid="ak02-recommendation">{ws.record?.recommendation ? t(AK02_DECISION_WORDS[ws.record.recommendation]) : ''}</td>
          </tr>
          <tr>
            <th>{t('assess.decisions.followUp')}</th>
            <td className="print-pre">{ws.record?.followUp ?? ''}</td>
          </tr>
          <tr>
            <th>{t('assess.decisions.overallComment')}</th>
            <td className="print-pre">
              {[ws.record?.comment, ...ws.units.filter((u) => u.decision?.comment).map((u) => `${u.unitCode}: ${u.decision?.comment}`)]
                .filter(Boolean)
                .join('\n')}
            </td>
          </tr>
        </tbody>
      </table>
      {signatures(ws, 'ak02')}
    </FormFrame>
  );
}

/** What the note reads: an assessor's workspace, or a candidate of the LSP's results review. */
type EarlierDecisionOf = { feedback: { savedAt: string; onEarlierDecision: boolean } | null; signature: { signedAt: string } | null };

/**
 * FR.AK.03 given on an FR.AK.02 decision since unlocked: said on the form (and the assessor's screen, the LSP's review), so the
 * candidate's mark under it does not read as given on the decision signed again.
 */
export function EarlierDecisionNote({ ws, className }: { ws: EarlierDecisionOf; className?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!ws.feedback?.onEarlierDecision) return null;
  const at = f.dateTime(ws.feedback.savedAt);
  return (
    <p className={className} data-testid="ak03-earlier-decision">
      {ws.signature ? t('assess.ak03.earlierDecisionResigned', { at, signedAt: f.dateTime(ws.signature.signedAt) }) : t('assess.ak03.earlierDecisionOpen', { at })}
    </p>
  );
}

/** FR.AK.03: the ten standard items, Ya/Tidak with comments, and who entered them. */
export function Ak03Print({ ws }: Props) {
  const { t } = useTranslation();
  const fb = ws.feedback;
  return (
    <FormFrame form="ak03" header={ws.header} candidate={ws.candidate}>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('forms.number')}</th>
            <th>{t('assess.ak03.component')}</th>
            <th>{t('assess.verdict.yes')}</th>
            <th>{t('assess.verdict.no')}</th>
            <th>{t('assess.ak03.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {FEEDBACK_ITEMS.map((key, i) => (
            <tr key={key}>
              <td>{i + 1}</td>
              <td>{t(key)}</td>
              <td>{fb?.answers[i]?.agree === true ? '✓' : ''}</td>
              <td>{fb?.answers[i]?.agree === false ? '✓' : ''}</td>
              <td>{fb?.answers[i]?.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('assess.ak03.otherComments')}: {fb?.comment ?? ''}
      </p>
      {fb && <p>{fb.enteredBy === 'candidate' ? t('assess.ak03.enteredByCandidate') : t('assess.ak03.enteredByAssessor')}</p>}
      {fb?.onEarlierDecision && <EarlierDecisionNote ws={ws} />}
      {signatures(ws, 'ak03')}
    </FormFrame>
  );
}

/**
 * FR.AK.04: the appeal questions and reasons, signed by the candidate alone: the appeal is theirs, and BNSP's
 * form has no place for the assessor to sign. With no appeal recorded it is the blank form, to fill in by hand
 * should the candidate appeal on paper: empty boxes, room for the reasons, a line for their signature. It
 * printed "no appeal recorded" in the reasons and an assessor's block to sign, as if an appeal had been handled.
 */
export function Ak04Print({ ws }: Props) {
  const { t } = useTranslation();
  const appeal = ws.appeal;
  // Nothing recorded: both boxes empty, to tick by hand on paper.
  const yesNo = (v: boolean | undefined) => `${mark(v === true)} ${t('assess.verdict.yes')}  ${mark(v === false)} ${t('assess.verdict.no')}`;
  return (
    <FormFrame form="ak04" header={ws.header} candidate={ws.candidate}>
      {!appeal && (
        <p className="print-screen-note" data-testid="ak04-blank-note">
          {t('forms.ak04.blankNote')}
        </p>
      )}
      <table className="print-table print-fields">
        <tbody>
          {APPEAL_QUESTIONS.map(({ field: q, label }) => (
            <tr key={q}>
              <th>{t(label)}</th>
              <td>{yesNo(appeal?.[q])}</td>
            </tr>
          ))}
          <tr>
            <th>{t('assess.ak04.reasons')}</th>
            <td className={appeal ? 'print-pre' : 'print-write-in'} data-testid="ak04-reasons">
              {appeal?.reasons ?? ''}
            </td>
          </tr>
        </tbody>
      </table>
      <p>{t('forms.ak04.right')}</p>
      <SignatureBlock candidate={{ name: ws.candidate.name, mark: ws.formSignatures.ak04.candidate }} assessor={[]} />
    </FormFrame>
  );
}
