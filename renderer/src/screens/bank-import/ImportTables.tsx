import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankImportQuestion, BankImportRefusal, BankSourceType } from '../../../../electron/shared/bank-import';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { StatusBadge } from '../../components/StatusBadge';
import { INSTRUMENT_KIND_LABEL } from '../../i18n/domain-labels';
import { useFormat } from '../../i18n/use-format';
import { kukRefs } from '../bank/kuk-refs';
import { KukPicker } from '../bank/KukPicker';
import { NO_FIELD_ERRORS } from '../registry/field-errors';
import { MAP_NOTE_LABEL, MAPPED_BY_LABEL, OUTCOME_LABEL, OUTCOME_TONE } from './labels';
import { bankProblemText, positionLabel, refusalText } from './problem-text';
import { SOURCE_NOTE_LABEL } from './source-labels';

/** Rows shown at once: a 5,000-question file is read a page at a time, not drawn whole. */
const PAGE = 100;

/** Every refused question with where it stood in the file, its source type, its start, and why, in the screen's language. */
export function RefusedQuestions({ refusals, source }: { refusals: BankImportRefusal[]; source: BankSourceType }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <div className="table-wrap">
        <table className="table table--compact import-table" data-testid="bank-import-refused">
          <thead>
            <tr>
              <th scope="col">{t('bankScreens.import.position')}</th>
              <th scope="col">{t('bankScreens.import.type')}</th>
              <th scope="col">{t('bankScreens.import.excerpt')}</th>
              <th scope="col">{t('bankScreens.import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {refusals.slice(0, shown).map((refusal, i) => (
              <tr key={`${refusal.positionText}-${i}`} data-testid="bank-import-refusal" data-code={refusal.code}>
                <th scope="row" className="mono">
                  {positionLabel(t, refusal.position, source)}
                </th>
                <td>{refusal.originalType}</td>
                <td className="bank-import__excerpt">{refusal.name ? `${refusal.name}: ${refusal.excerpt}` : refusal.excerpt}</td>
                <td className="bank-import__wrap" data-testid="bank-import-refusal-reason">{refusalText(t, refusal, source)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreButton total={refusals.length} shown={shown} onMore={() => setShown((n) => n + PAGE)} />
    </>
  );
}

type QuestionsProps = {
  scheme: SchemeDetail;
  questions: BankImportQuestion[];
  /** The file's source type: its rows are an Excel sheet's or a Word table's. */
  source: BankSourceType;
  busy: boolean;
  /** Applied: the mapping is no longer changed here. */
  locked: boolean;
  onMap: (index: number, kukIds: string[] | null) => Promise<boolean>;
};

/** Each question read: where it was, what it became, its KUK and how it got them, the conversion's notes, and what applying does. */
export function QuestionsTable({ scheme, questions, source, busy, locked, onMap }: QuestionsProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const [mapping, setMapping] = useState<number | null>(null);
  const kukLabel = kukLabels(scheme);
  return (
    <>
      <div className="table-wrap">
        <table className="table table--compact import-table" data-testid="bank-import-questions">
          <thead>
            <tr>
              <th scope="col">{t('bankScreens.import.position')}</th>
              <th scope="col">{t('bankScreens.import.excerpt')}</th>
              <th scope="col">{t('bankScreens.import.became')}</th>
              <th scope="col">{t('bankScreens.import.mapping')}</th>
              <th scope="col">{t('bankScreens.import.notes')}</th>
              <th scope="col">{t('bankScreens.import.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {questions.slice(0, shown).map((q) => (
              <Fragment key={q.index}>
                <tr data-testid="bank-import-question" data-index={q.index} data-outcome={q.outcome} data-mapped={q.kukIds.length > 0}>
                  <th scope="row" className="mono">
                    {positionLabel(t, q.position, source)}
                    <div className="muted small">{q.originalType}</div>
                  </th>
                  <td className="bank-import__excerpt">{q.name ? `${q.name}: ${q.stem}` : q.stem}</td>
                  <td className="bank-import__wrap">
                    <Became question={q} />
                  </td>
                  <td className="bank-import__wrap" data-testid="bank-import-mapping">
                    {q.kukIds.length > 0 ? (
                      <>
                        <span className="mono">{kukRefs(q.kukIds.map((k) => kukLabel.get(k) ?? { unitCode: '', number: k }))}</span>
                        {q.mappedBy && <div className="muted small">{t(MAPPED_BY_LABEL[q.mappedBy])}</div>}
                      </>
                    ) : q.outcome === 'add' ? (
                      <StatusBadge tone="warning">{t('bankScreens.import.unmappedBadge')}</StatusBadge>
                    ) : null /* A question already in the bank keeps its own mapping there: "Not mapped" said otherwise. */}
                    {q.mapNotes.map((note, i) => (
                      <div key={i} className="small">
                        {t(MAP_NOTE_LABEL[note.code], note.params)}
                      </div>
                    ))}
                    {!locked && q.outcome === 'add' && mapping !== q.index && (
                      <div>
                        <button type="button" className="button button--secondary button--small" data-testid="bank-import-map" disabled={busy} onClick={() => setMapping(q.index)}>
                          {t('bankScreens.import.map')}
                        </button>
                      </div>
                    )}
                  </td>
                  <td className="small bank-import__wrap" data-testid="bank-import-notes">
                    {q.notes.map((note, i) => (
                      <div key={i}>{t(SOURCE_NOTE_LABEL[note.code], note.params)}</div>
                    ))}
                    {q.problem && <div className="field__problem">{bankProblemText(t, q.problem)}</div>}
                  </td>
                  <td data-testid="bank-import-outcome">
                    {/* Before the apply a question is only to be added: "Ditambahkan" said it was already in the bank. */}
                    <StatusBadge tone={OUTCOME_TONE[q.outcome]}>{t(q.outcome === 'add' && !locked ? 'bankScreens.import.outcomes.toAdd' : OUTCOME_LABEL[q.outcome])}</StatusBadge>
                  </td>
                </tr>
                {mapping === q.index && (
                  <tr className="bank-import__map-row">
                    <td colSpan={6}>
                      <QuestionMapping scheme={scheme} question={q} busy={busy} onMap={onMap} onClose={() => setMapping(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <MoreButton total={questions.length} shown={shown} onMore={() => setShown((n) => n + PAGE)} />
    </>
  );
}

function Became({ question }: { question: BankImportQuestion }) {
  const { t } = useTranslation();
  const parts: string[] = [t(INSTRUMENT_KIND_LABEL[question.kind])];
  if (question.kind === 'multiple_choice') parts.push(t('bankScreens.import.options', { count: question.optionCount }));
  if (question.key) parts.push(t('bankScreens.import.key', { key: question.key }));
  if (question.imageCount > 0) parts.push(t('bankScreens.import.images', { count: question.imageCount }));
  // What the reader took for each option and which it took for the key: a Word line read as the wrong
  // option, or a bold key misread, shows here before anything is written.
  return (
    <>
      <span data-testid="bank-import-became">{parts.join(' · ')}</span>
      {question.options.length > 0 && (
        <ol className="small bank-import-options" data-testid="bank-import-options">
          {question.options.map((option, i) => {
            const letter = String.fromCharCode(65 + i);
            const isKey = letter === question.key;
            return (
              <li key={letter} data-key={isKey || undefined}>
                {letter}. {isKey ? <strong>{option}</strong> : option}
                {isKey && ` ${t('bankScreens.import.keyMark')}`}
              </li>
            );
          })}
        </ol>
      )}
      {question.expected && (
        <p className="small muted" data-testid="bank-import-expected">
          {t('bankScreens.import.expectedAnswer', { text: question.expected })}
        </p>
      )}
    </>
  );
}

type MappingProps = { scheme: SchemeDetail; question: BankImportQuestion; busy: boolean; onMap: QuestionsProps['onMap']; onClose: () => void };

/** One question's KUK, chosen from the scheme's tree; cleared, it goes back to what the file or its unit says. */
function QuestionMapping({ scheme, question, busy, onMap, onClose }: MappingProps) {
  const { t } = useTranslation();
  const [kukIds, setKukIds] = useState<string[]>(question.kukIds);
  const save = async (value: string[] | null) => {
    if (await onMap(question.index, value)) onClose();
  };
  return (
    <div className="bank-import__mapping" data-testid="bank-import-mapping-editor">
      <KukPicker scheme={scheme} value={kukIds} onChange={setKukIds} errors={NO_FIELD_ERRORS} />
      <div className="bank-status__actions">
        <button type="button" className="button button--primary button--small" data-testid="bank-import-map-save" disabled={busy || kukIds.length === 0} onClick={() => void save(kukIds)}>
          {t('bankScreens.import.mapSave')}
        </button>
        {question.mappedBy === 'question' && (
          <button type="button" className="button button--secondary button--small" data-testid="bank-import-map-clear" disabled={busy} onClick={() => void save(null)}>
            {t('bankScreens.import.mapClear')}
          </button>
        )}
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('bankScreens.import.mapCancel')}
        </button>
      </div>
    </div>
  );
}

function MoreButton({ total, shown, onMore }: { total: number; shown: number; onMore: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (shown >= total) return null;
  return (
    <button type="button" className="button button--secondary" data-testid="bank-import-more" onClick={onMore}>
      {t('bankScreens.import.showMore', { count: Math.min(PAGE, total - shown), shown: f.number(Math.min(PAGE, total - shown)) })}
    </button>
  );
}

/** Each KUK id of the scheme version with its unit's code and its number. */
function kukLabels(scheme: SchemeDetail): ReadonlyMap<string, { unitCode: string; number: string }> {
  const out = new Map<string, { unitCode: string; number: string }>();
  for (const unit of scheme.units) for (const element of unit.elements) for (const kuk of element.kuk) out.set(kuk.id, { unitCode: unit.code, number: kuk.number });
  return out;
}
