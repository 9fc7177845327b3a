import { useTranslation } from 'react-i18next';
import type { QuestionRow, ScoreInput, SignedForm, Workspace } from '../../../../electron/shared/assessment';
import { kukNumbersOf } from '../../../../electron/shared/cbt';
import type { Bilingual } from '../../../../electron/shared/types';
import { BilingualText } from '../../components/BilingualText';
import { PromptText } from '../../components/PromptText';
import { PrintedImages, printedStemPictures } from '../../components/QuestionImages';
import { textBlocks, withoutPictureLines } from '../../../../electron/shared/text-blocks';
import { FormFrame, SignatureBlock } from './FormFrame';
import { VERDICT_LABEL } from '../../i18n/assessment-labels';
import { pickBilingual } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { Ia05CorrectionNotes } from '../assessor/workspace/Ia05CorrectionNotes';
import { missedUnderConclusion, type Ia05Missed } from '../assessor/workspace/ia05-missed';

type Props = { ws: Workspace };

/** The signature block of one of the candidate's forms, with the marks the core says were given on it. */
export const signatures = (ws: Workspace, form: SignedForm) => (
  <SignatureBlock
    candidate={{ name: ws.candidate.name, mark: ws.formSignatures[form].candidate }}
    assessor={{ name: ws.header.assessorName, met: ws.header.assessorMet, mark: ws.formSignatures[form].assessor }}
  />
);

function useVerdictText() {
  const { t } = useTranslation();
  return (score: ScoreInput | null) => {
    if (!score) return '';
    if (score.score !== null) return String(score.score);
    return score.verdict ? t(VERDICT_LABEL[score.verdict]) : '';
  };
}

/** A unit title or a KUK in the form's language, Indonesian where the LSP gave no English (no marker on paper). */
function SchemeText({ value }: { value: Bilingual }) {
  const { language } = useLanguage();
  const picked = pickBilingual(value, language);
  return <span lang={picked.lang}>{picked.text}</span>;
}

/** A question's stem cut to one short line: the answer sheet names the question, the instrument holds it whole. */
const STEM_CHARACTERS = 70;

function ShortStem({ value }: { value: Bilingual }) {
  const { language } = useLanguage();
  const picked = pickBilingual(value, language);
  // The pictures print below the excerpt, all of them: a `[gambar N]` line would only take its characters.
  // A table reads as its rows on one line ("Bulan, Unit; Januari, 12"): its bars took the row's room.
  const whole = textBlocks(withoutPictureLines(picked.text))
    .map((block) => (block.kind === 'table' ? block.rows.map((row) => row.filter(Boolean).join(', ')).join('; ') : block.kind === 'text' ? block.text : ''))
    .join('\n');
  const text = whole.length > STEM_CHARACTERS ? `${whole.slice(0, STEM_CHARACTERS - 1).trimEnd()}…` : whole;
  return <span lang={picked.lang}>{text}</span>;
}

/**
 * FR.IA.05 part C: the answer sheet (No | Soal | KUK | Jawaban | Kunci | Pencapaian) in the candidate's
 * order and letters (the core maps the shuffled options back), and the feedback naming what is not achieved.
 */
export function Ia05Print({ ws }: Props) {
  const { t } = useTranslation();
  const sheet = ws.multipleChoice;
  const record = ws.record;
  const submitted = writtenTestSubmitted(ws);
  return (
    <FormFrame form="ia05" header={ws.header} candidate={ws.candidate}>
      {/* Before the day neither: the form says nothing of a test not yet held. */}
      {submitted ? <AnswerSheet sheet={sheet} /> : ws.attempt.missed ? <WrittenNotTaken /> : <WrittenInProgress ws={ws} />}
      {submitted && <KeyCorrections corrections={sheet.corrections} />}
      <h2 className="print-subtitle">{t('forms.ia05.feedback')}</h2>
      <p>
        {record?.knowledgeConclusion === 'achieved' ? '☑' : '☐'} {t('assess.ia05.achieved')}
      </p>
      <p>
        {record?.knowledgeConclusion === 'not_yet' ? '☑' : '☐'} {t('assess.ia05.notYet')}
      </p>
      <MissedKuk missed={missedUnderConclusion(ws, record?.knowledgeConclusion ?? null)} />
      {record?.knowledgeNote && <p>{record.knowledgeNote}</p>}
      {signatures(ws, 'ia05')}
    </FormFrame>
  );
}

/** Under the answer sheet, the corrections of the key of questions this candidate had (none: nothing). */
function KeyCorrections({ corrections }: { corrections: Workspace['multipleChoice']['corrections'] }) {
  const { t } = useTranslation();
  if (corrections.length === 0) return null;
  return (
    <>
      <h2 className="print-subtitle">{t('ia05Corrections.title')}</h2>
      <Ia05CorrectionNotes corrections={corrections} />
    </>
  );
}

/** What the form states under a ticked "belum tercapai" (ia05-missed.ts, as the assessor's tab shows it). */
function MissedKuk({ missed }: { missed: Ia05Missed }) {
  const { t } = useTranslation();
  if (missed.kind === 'nothing') return null;
  if (missed.kind === 'noneMissed') return <p data-testid="ia05-print-none-missed">{t('assess.ia05.noneMissed')}</p>;
  if (missed.kind === 'notTaken') return <p data-testid="ia05-print-not-taken">{t('assess.ia05.missedNotTaken')}</p>;
  return (
    <ul>
      {missed.units.map((u) => (
        // The unit by code and title: a code alone does not tell the candidate which competency it is.
        // Each KUK with its criterion: the candidate reads what they missed, not a number to look up.
        <li key={u.unitCode} data-testid="ia05-print-kuk-not-achieved">
          {u.unitCode} <SchemeText value={u.unitTitle} />:
          <ul>
            {u.kukNotAchieved.map((k) => (
              <li key={k.kukNumber} data-testid="ia05-print-kuk-missed">
                {k.kukNumber} <SchemeText value={k.text} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * The answer sheet is the submitted test's: while the candidate is still at it, a question not reached yet would print
 * "–" and ticked "Tidak", as if answered wrong. The form says the test is under way instead.
 */
const writtenTestSubmitted = (ws: Workspace) => ws.attempt.status === 'submitted';

function WrittenInProgress({ ws }: { ws: Workspace }) {
  const { t } = useTranslation();
  if (ws.attempt.status !== 'in_progress') return null;
  return (
    <p className="print-statement" data-testid="written-in-progress">
      {t('forms.written.inProgress')}
    </p>
  );
}

function WrittenNotTaken() {
  const { t } = useTranslation();
  return (
    <p className="print-statement" data-testid="written-not-taken">
      {t('forms.written.notTaken')}
    </p>
  );
}

function AnswerSheet({ sheet }: { sheet: Workspace['multipleChoice'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="print-subtitle">{t('forms.ia05.answerSheet')}</h2>
      <p>
        <small>{t('forms.ia05.lettersAsSeen')}</small>
      </p>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('forms.number')}</th>
            <th>{t('assess.question.prompt')}</th>
            <th>{t('assess.question.kuk')}</th>
            <th>{t('assess.ia05.answer')}</th>
            <th>{t('assess.ia05.key')}</th>
            <th>{t('assess.verdict.yes')}</th>
            <th>{t('assess.verdict.no')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.items.map((i) => (
            <tr key={i.itemId} data-testid="ia05-print-row">
              <td>{i.number}</td>
              <td>
                <ShortStem value={i.prompt} />
                <PrintedImages images={i.stemImages} label={t('bank.image.stem', { number: i.number })} small />
              </td>
              <td data-testid="ia05-print-kuk">
                {i.unitCode} {kukNumbersOf(i)}
              </td>
              <td>{i.answer ?? '–'}</td>
              <td>{i.key}</td>
              <td>{i.achieved ? '✓' : ''}</td>
              <td>{i.achieved ? '' : '✓'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** FR.IA.06: per question the KUK, the candidate's answer, the expected answer, Ya/Tidak or 0–3. */
export function Ia06Print({ ws }: Props) {
  const { t } = useTranslation();
  const verdict = useVerdictText();
  return (
    <FormFrame form="ia06" header={ws.header} candidate={ws.candidate}>
      {ws.attempt.missed ? <WrittenNotTaken /> : <WrittenInProgress ws={ws} />}
      {/* No per-question "did not answer" for a test never started, nor for one still under way: not answered yet. */}
      {writtenTestSubmitted(ws) && ws.essays.map((e) => (
        <table className="print-table print-question" key={e.itemId}>
          <tbody>
            <tr>
              <th>
                {t('forms.number')} {e.number}
              </th>
              <td>
                {t('assess.question.kuk')} {e.unitCode} {kukNumbersOf(e)}
              </td>
            </tr>
            <tr>
              <th>{t('assess.question.prompt')}</th>
              <td>
                <PromptText value={e.prompt} pictures={printedStemPictures(e.stemImages, t('bank.image.stem', { number: e.number }))} />
              </td>
            </tr>
            <tr>
              <th>{t('assess.question.answer')}</th>
              <td className="print-pre">{e.answer ?? t('assess.question.noAnswer')}</td>
            </tr>
            <tr>
              <th>{t('assess.question.expected')}</th>
              <td>
                <BilingualText value={e.expected} />
              </td>
            </tr>
            <tr>
              <th>{t('assess.question.achievement')}</th>
              <td>
                {verdict(e.score)}
                {e.score?.note ? ` — ${e.score.note}` : ''}
              </td>
            </tr>
          </tbody>
        </table>
      ))}
      {signatures(ws, 'ia06')}
    </FormFrame>
  );
}

function QuestionTable({ rows, responseLabel }: { rows: QuestionRow[]; responseLabel: string }) {
  const { t } = useTranslation();
  const verdict = useVerdictText();
  return (
    <table className="print-table">
      <thead>
        <tr>
          <th>{t('forms.number')}</th>
          <th>{t('assess.question.kuk')}</th>
          <th>{t('assess.question.prompt')}</th>
          <th>{responseLabel}</th>
          <th>{t('assess.question.achievement')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((q) => (
          <tr key={q.itemId} data-testid="print-question-row">
            <td>{q.number}</td>
            <td className="nowrap" data-testid="print-question-kuk">
              {q.unitCode} {kukNumbersOf(q)}
            </td>
            <td>
              <PromptText value={q.prompt} pictures={printedStemPictures(q.stemImages, t('bank.image.stem', { number: q.number }))} />
              <small>
                {t('assess.question.expected')}: <BilingualText value={q.expected} />
              </small>
            </td>
            <td className="print-pre">{q.score?.response ?? ''}</td>
            <td>{verdict(q.score)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * An instrument form the assessor recorded nothing on, once FR.AK.02 is signed: the assessment is over, so
 * the form says it was not used and stays in "all forms", so an auditor sees the whole set and why this one
 * is empty (FR.AK.02 shows the same instrument unused). It has no question table and no signature lines: a
 * blank form signed later would vouch for questions nobody asked. Before FR.AK.02 is signed, the same form
 * prints as a blank worksheet to fill and sign by hand, with no electronic mark (formSignatures gives none).
 */
const notUsed = (ws: Props['ws'], form: keyof Props['ws']['formsRecorded']) => !ws.formsRecorded[form] && ws.signature !== null;

function NotUsed() {
  const { t } = useTranslation();
  return (
    <p className="print-statement" data-testid="form-not-used">
      {t('forms.notUsed')}
    </p>
  );
}

/** FR.IA.07: Pertanyaan / Kunci jawaban / Jawaban asesi (the assessor's summary) / Pencapaian. */
export function Ia07Print({ ws }: Props) {
  const { t } = useTranslation();
  return (
    <FormFrame form="ia07" header={ws.header} candidate={ws.candidate}>
      {notUsed(ws, 'ia07') ? (
        <NotUsed />
      ) : (
        <>
          <QuestionTable rows={ws.oral} responseLabel={t('assess.question.summary')} />
          {signatures(ws, 'ia07')}
        </>
      )}
    </FormFrame>
  );
}

/** FR.IA.03: No | Pertanyaan | Tanggapan | Ya/Tidak. */
export function Ia03Print({ ws }: Props) {
  const { t } = useTranslation();
  return (
    <FormFrame form="ia03" header={ws.header} candidate={ws.candidate}>
      {notUsed(ws, 'ia03') ? (
        <NotUsed />
      ) : (
        <>
          <QuestionTable rows={ws.supporting} responseLabel={t('assess.question.response')} />
          {signatures(ws, 'ia03')}
        </>
      )}
    </FormFrame>
  );
}

/** FR.IA.01 per unit: No | Elemen | KUK | Benchmark | K / BK | Penilaian lanjut. */
export function Ia01Print({ ws }: Props) {
  const { t } = useTranslation();
  return (
    <FormFrame form="ia01" header={ws.header} candidate={ws.candidate}>
      {notUsed(ws, 'ia01') ? (
        <NotUsed />
      ) : (
        <>
          {ws.observation.map((unit) => (
            <section key={unit.unitId} className="print-unit">
              <h2 className="print-subtitle">
                {unit.unitCode} <BilingualText value={unit.title} />
              </h2>
              <table className="print-table">
                <thead>
                  <tr>
                    <th>{t('forms.number')}</th>
                    <th>{t('assess.question.kuk')}</th>
                    <th>{t('assess.ia01.benchmark')}</th>
                    <th>{t('assess.verdict.k')}</th>
                    <th>{t('assess.verdict.bk')}</th>
                    <th>{t('assess.verdict.further')}</th>
                  </tr>
                </thead>
                <tbody>
                  {unit.elements.flatMap((element) =>
                    element.kuks.map((k) => (
                      <tr key={k.kukId}>
                        <td className="nowrap">
                          {unit.unitCode} {k.number}
                        </td>
                        <td>
                          <BilingualText value={k.text} />
                        </td>
                        <td>
                          <BilingualText value={k.benchmark} />
                          {k.score?.note ? ` — ${k.score.note}` : ''}
                        </td>
                        <td>{k.score?.verdict === 'k' ? '✓' : ''}</td>
                        <td>{k.score?.verdict === 'bk' ? '✓' : ''}</td>
                        <td>{k.score?.verdict === 'further' ? '✓' : ''}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </section>
          ))}
          {signatures(ws, 'ia01')}
        </>
      )}
    </FormFrame>
  );
}
