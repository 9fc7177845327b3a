import { useTranslation } from 'react-i18next';
import { KNOWLEDGE_CONCLUSIONS, type Workspace } from '../../../../../electron/shared/assessment';
import { kukNumbersOf } from '../../../../../electron/shared/cbt';
import { BilingualText } from '../../../components/BilingualText';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { Ia05CorrectionNotes } from './Ia05CorrectionNotes';
import { PassHint } from './PassHint';
import { QuestionRef } from './QuestionRef';
import type { useRecord } from './use-record';
import { missedUnderConclusion, type Ia05Missed } from './ia05-missed';

type Props = { ws: Workspace; record: ReturnType<typeof useRecord> };

/** FR.IA.05: the core's auto-score per question grouped by unit, the assessor's conclusion and, under "belum tercapai", the KUK not achieved. */
export function Ia05Tab({ ws, record }: Props) {
  const { t } = useTranslation();
  const sheet = ws.multipleChoice;
  const locked = ws.signature !== null;
  return (
    <>
      <PassHint ws={ws} />
      {sheet.corrections.length > 0 && (
        <Section title={t('ia05Corrections.title')}>
          <Ia05CorrectionNotes corrections={sheet.corrections} />
        </Section>
      )}
      {sheet.units.map((unit) => (
        <Section
          key={unit.unitCode}
          title={
            <>
              <span className="mono">{unit.unitCode}</span> <BilingualText value={unit.unitTitle} />
            </>
          }
          actions={<StatusBadge tone={unit.achieved === unit.total ? 'success' : 'warning'}>{t('assess.ia05.unitSummary', { achieved: unit.achieved, count: unit.total })}</StatusBadge>}
        >
          <table className="table table--compact" data-testid="ia05-unit">
            <thead>
              <tr>
                <th scope="col">{t('assess.ia05.number')}</th>
                <th scope="col">{t('assess.question.kuk')}</th>
                <th scope="col">{t('assess.ia05.answer')}</th>
                <th scope="col">{t('assess.ia05.key')}</th>
                <th scope="col">{t('assess.ia05.achievement')}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.items
                .filter((i) => i.unitCode === unit.unitCode)
                .map((i) => (
                  <tr key={i.itemId} data-testid="ia05-item" data-achieved={i.achieved}>
                    {/* The bank code beside the candidate's number: the suggestion's reasons name questions by it. */}
                    <td>
                      {i.number} <QuestionRef value={i.ref} />
                    </td>
                    <td className="mono" data-testid="ia05-item-kuk">
                      {kukNumbersOf(i)}
                    </td>
                    <td>{i.answer ?? <span className="muted">{t('assess.ia05.unanswered')}</span>}</td>
                    <td>{i.key}</td>
                    <td>{i.achieved ? t('assess.verdict.yes') : t('assess.verdict.no')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </Section>
      ))}
      <Section title={t('assess.ia05.conclusion')}>
        <fieldset className="choice-group" disabled={locked}>
          <legend className="visually-hidden">{t('assess.ia05.conclusion')}</legend>
          {KNOWLEDGE_CONCLUSIONS.map((c) => (
            <label key={c} className="checkbox">
              <input
                type="radio"
                name="knowledge-conclusion"
                data-testid={`conclusion-${c}`}
                checked={record.fields.knowledgeConclusion === c}
                onChange={() => void record.update({ knowledgeConclusion: c })}
              />
              {c === 'achieved' ? t('assess.ia05.achieved') : t('assess.ia05.notYet')}
            </label>
          ))}
        </fieldset>
        <MissedKuk missed={missedUnderConclusion(ws, record.fields.knowledgeConclusion)} />
        <label className="field">
          <span className="field__label">{t('assess.ia05.note')}</span>
          <textarea
            className="field__input field__textarea"
            disabled={locked}
            value={record.fields.knowledgeNote ?? ''}
            onChange={(e) => void record.update({ knowledgeNote: e.target.value }, false)}
            onBlur={() => void record.update({})}
          />
        </label>
      </Section>
    </>
  );
}


/**
 * Under a chosen "belum tercapai", the KUK not achieved as the printed form lists them (ia05-missed.ts);
 * each with its criterion: a number alone does not tell the assessor (or the candidate told) what was missed.
 */
function MissedKuk({ missed }: { missed: Ia05Missed }) {
  const { t } = useTranslation();
  if (missed.kind === 'nothing') return null;
  if (missed.kind === 'noneMissed' || missed.kind === 'notTaken') {
    return (
      <p className="muted" data-testid="ia05-none-missed">
        {missed.kind === 'noneMissed' ? t('assess.ia05.noneMissed') : t('assess.ia05.missedNotTaken')}
      </p>
    );
  }
  return (
    <ul className="muted" data-testid="ia05-missed">
      {missed.units.map((u) => (
        <li key={u.unitCode} data-testid="ia05-kuk-not-achieved">
          <span className="mono">{u.unitCode}</span> <BilingualText value={u.unitTitle} />:
          <ul>
            {u.kukNotAchieved.map((k) => (
              <li key={k.kukNumber} data-testid="ia05-kuk-missed">
                <span className="mono">{k.kukNumber}</span> <BilingualText value={k.text} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
