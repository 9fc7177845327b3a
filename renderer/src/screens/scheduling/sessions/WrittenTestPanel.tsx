import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAW_PER, type DrawPer, type WrittenTestInput, type WrittenTestPreview } from '../../../../../electron/shared/scheduling';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { useClient } from '../../../session/SessionProvider';
import { FixedQuestions } from './FixedQuestions';

type Mode = WrittenTestInput['mode'];
const MODES = ['all', 'fixed', 'draw'] as const satisfies readonly Mode[];

/**
 * The session's written test from the approved bank: all questions, a fixed list, or a draw of N per
 * unit or KUK (the same for all or per candidate), with what each candidate gets per unit and KUK and
 * the KUK that lose their written evidence.
 */
export function WrittenTestPanel({ sessionId, schemeId, editable }: { sessionId: string; schemeId: string; editable: boolean }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('sessions/writtenTest', { sessionId });
  const [shown, setShown] = useState<WrittenTestPreview | null>(null);
  return (
    <Section title={t('schedulingScreens.written.title')}>
      <LoadView state={state} onRetry={reload}>
        {(loaded) => {
          const preview = shown ?? loaded;
          return (
            <>
              {editable && <AssemblyForm key={JSON.stringify(loaded.spec)} sessionId={sessionId} schemeId={schemeId} preview={loaded} onAssembled={setShown} />}
              <PreviewView preview={preview} />
            </>
          );
        }}
      </LoadView>
    </Section>
  );
}

type FormProps = { sessionId: string; schemeId: string; preview: WrittenTestPreview; onAssembled: (preview: WrittenTestPreview) => void };

function AssemblyForm({ sessionId, schemeId, preview, onAssembled }: FormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const ids = { per: useId(), count: useId() };
  const spec = preview.spec;
  const { busy, error, run } = useRun();
  const [mode, setMode] = useState<Mode>(spec.mode);
  const [per, setPer] = useState<DrawPer>(spec.mode === 'draw' ? spec.per : 'unit');
  const [count, setCount] = useState(spec.mode === 'draw' ? String(spec.count) : '2');
  const [perCandidate, setPerCandidate] = useState(spec.mode === 'draw' ? spec.perCandidate : true);
  // A question that left the approved bank is no longer listed to untick: kept, it would refuse the next assembly.
  const [itemIds, setItemIds] = useState<string[]>(() => (spec.mode === 'fixed' ? spec.itemIds.filter((id) => !preview.dropped.some((d) => d.itemId === id)) : []));
  const modeLabel = { all: t('schedulingScreens.written.modeAll'), fixed: t('schedulingScreens.written.modeFixed'), draw: t('schedulingScreens.written.modeDraw') } satisfies Record<Mode, string>;

  const assemble = (reseed: boolean) =>
    void run(async () => {
      const test: WrittenTestInput =
        mode === 'all' ? { mode } : mode === 'fixed' ? { mode, itemIds } : { mode, per, count: Number(count), perCandidate, ...(reseed ? { reseed } : {}) };
      onAssembled(await client.call('sessions/setWrittenTest', { sessionId, test }));
    });

  return (
    <form
      className="registry-form"
      data-testid="written-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        assemble(false);
      }}
    >
      <fieldset>
        <legend>{t('schedulingScreens.written.mode')}</legend>
        {MODES.map((m) => (
          <label key={m} className="registry-choice">
            <input type="radio" name="written-mode" value={m} checked={mode === m} data-testid={`written-mode-${m}`} onChange={() => setMode(m)} /> {modeLabel[m]}
          </label>
        ))}
      </fieldset>
      {mode === 'draw' && (
        <div className="registry-form__grid">
          <div className="field">
            <label className="field__label" htmlFor={ids.per}>
              {t('schedulingScreens.written.per')}
            </label>
            <select id={ids.per} className="field__input" data-testid="written-per" value={per} onChange={(event) => setPer(DRAW_PER.find((p) => p === event.target.value) ?? 'unit')}>
              <option value="unit">{t('schedulingScreens.written.perUnit')}</option>
              <option value="kuk">{t('schedulingScreens.written.perKuk')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.count}>
              {t('schedulingScreens.written.count')}
            </label>
            <input id={ids.count} className="field__input" type="number" min={1} data-testid="written-count" value={count} onChange={(event) => setCount(event.target.value)} />
          </div>
          <label className="registry-choice">
            <input type="checkbox" data-testid="written-per-candidate" checked={perCandidate} onChange={(event) => setPerCandidate(event.target.checked)} />{' '}
            {t('schedulingScreens.written.perCandidate')}
          </label>
        </div>
      )}
      {mode === 'fixed' && <FixedQuestions schemeId={schemeId} chosen={itemIds} onChange={setItemIds} />}
      {error && <ErrorMessage error={error} />}
      <div className="registry-form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="written-assemble">
          {t('schedulingScreens.written.assemble')}
        </button>
        {mode === 'draw' && (
          <button type="button" className="button button--secondary" disabled={busy} data-testid="written-reseed" onClick={() => assemble(true)}>
            {t('schedulingScreens.written.reseed')}
          </button>
        )}
      </div>
    </form>
  );
}

function PreviewView({ preview }: { preview: WrittenTestPreview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const range = (min: number, max: number) => (min === max ? f.number(min) : `${f.number(min)}–${f.number(max)}`);
  return (
    <div data-testid="written-preview">
      <p className="muted small" data-testid="written-assembled">
        {preview.assembledAt ? t('schedulingScreens.written.assembledAt', { at: f.dateTime(preview.assembledAt) }) : t('schedulingScreens.written.notAssembled')}
      </p>
      {preview.dropped.length > 0 && (
        <div className="notice notice--warning notice--list" role="status" data-testid="written-dropped">
          <p className="notice__text">{t('schedulingScreens.written.droppedTitle')}</p>
          <ul>
            {preview.dropped.map((d) => (
              <li key={d.itemId} data-testid="written-dropped-item">
                {d.status === 'draft'
                  ? t('schedulingScreens.written.droppedDraft', { ref: d.ref })
                  : d.replacementRef === d.ref
                    ? t('schedulingScreens.written.droppedNewVersion', { ref: d.ref })
                    : d.replacementRef
                      ? t('schedulingScreens.written.droppedReplaced', { ref: d.ref, replacement: d.replacementRef })
                      : t('schedulingScreens.written.droppedRetired', { ref: d.ref })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="notice notice--warning notice--list" data-testid="written-warnings">
          <p className="notice__text">{t('schedulingScreens.written.warningsTitle')}</p>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w.kukId} data-testid="written-warning">
                {t('schedulingScreens.written.warning', { unit: w.unitCode, kuk: w.kukNumber, candidates: f.number(w.candidates) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-wrap">
        <table className="table" data-testid="written-coverage">
          <caption className="subheading">{t('schedulingScreens.written.coverage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('schedulingScreens.written.unitOrKuk')}</th>
              <th scope="col">{t('schedulingScreens.written.available')}</th>
              <th scope="col">{t('schedulingScreens.written.perCandidateCount')}</th>
            </tr>
          </thead>
          {preview.units.map((unit) => (
            <tbody key={unit.unitId}>
              <tr data-testid="written-unit">
                <th scope="row">
                  <span className="mono">{unit.code}</span> {f.title(unit)}
                </th>
                <td>{f.number(unit.available)}</td>
                <td data-testid="written-unit-range">{range(unit.min, unit.max)}</td>
              </tr>
              {unit.kuk.map((kuk) => (
                <tr key={kuk.kukId} data-testid="written-kuk" className={kuk.min === 0 && kuk.available > 0 ? 'written__lost' : undefined}>
                  <th scope="row" className="written__kuk">
                    {t('schedulingScreens.written.kuk', { number: kuk.number })}
                  </th>
                  <td>{f.number(kuk.available)}</td>
                  <td>{range(kuk.min, kuk.max)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {preview.candidates.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="written-candidates">
            <caption className="subheading">{t('schedulingScreens.written.candidates')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registryScreens.candidates.name')}</th>
                <th scope="col">{t('schedulingScreens.written.multipleChoice')}</th>
                <th scope="col">{t('schedulingScreens.written.essay')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.candidates.map((c) => (
                <tr key={c.candidateId} data-testid="written-candidate">
                  <th scope="row">
                    {c.name} <span className="mono small">{c.participantNo}</span>
                  </th>
                  <td>{f.number(c.multipleChoice)}</td>
                  <td>{f.number(c.essay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
