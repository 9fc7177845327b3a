import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { BilingualText } from '../../../components/BilingualText';
import { Section } from '../../../components/Section';
import { VerdictButtons } from './VerdictButtons';
import type { useScores } from './use-scores';

type Props = { ws: Workspace; scores: ReturnType<typeof useScores> };

/** FR.IA.01 per unit → element → KUK: benchmark, K / BK / penilaian lanjut, note. */
export function Ia01Tab({ ws, scores }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {ws.observation.map((unit) => (
        <Section
          key={unit.unitId}
          title={
            <>
              <span className="mono">{unit.unitCode}</span> <BilingualText value={unit.title} />
            </>
          }
        >
          {unit.elements.map((element) => (
            <div key={element.elementNo} className="element-block" data-testid="ia01-element">
              <div className="element-block__head">
                <h3 className="subheading">
                  {t('assess.ia01.element', { number: element.elementNo })}: <BilingualText value={element.title} />
                </h3>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={scores.locked}
                  data-testid="ia01-all-k"
                  onClick={() => {
                    for (const k of element.kuks) {
                      const score = scores.get('observation', k.observationId);
                      if (score.verdict === null) scores.set({ ...score, verdict: 'k' });
                    }
                  }}
                >
                  {t('assess.ia01.allK')}
                </button>
              </div>
              <table className="table table--compact form-table">
                <thead>
                  <tr>
                    <th scope="col">{t('assess.question.kuk')}</th>
                    <th scope="col">{t('assess.ia01.benchmark')}</th>
                    <th scope="col">{t('assess.decisions.decision')}</th>
                    <th scope="col">{t('assess.ia01.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {element.kuks.map((k) => {
                    const score = scores.get('observation', k.observationId);
                    return (
                      <tr key={k.kukId} data-testid="ia01-kuk" data-kuk={`${unit.unitCode}#${k.number}`} data-verdict={score.verdict ?? ''}>
                        <td>
                          <span className="mono">{k.number}</span> <BilingualText value={k.text} />
                        </td>
                        <td>
                          <BilingualText value={k.benchmark} />
                        </td>
                        <td>
                          <VerdictButtons
                            label={t('assess.decisions.decision')}
                            options={['k', 'bk', 'further']}
                            value={score.verdict}
                            disabled={scores.locked}
                            onChange={(verdict) => scores.set({ ...score, verdict })}
                          />
                        </td>
                        <td>
                          <input
                            className="field__input"
                            aria-label={t('assess.ia01.note')}
                            disabled={scores.locked}
                            value={score.note ?? ''}
                            onChange={(e) => scores.set({ ...score, note: e.target.value }, false)}
                            onBlur={() => scores.set(score)}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ))}
        </Section>
      ))}
    </>
  );
}
