import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionConflict } from '../../../../../electron/shared/scheduling';
import { ConflictNote } from './ConflictNote';
import { assignCandidates, countsByAssessor, spreadEvenly, type PlanState } from './plan-state';

type Props = { plan: PlanState; setPlan: (update: (prev: PlanState) => PlanState) => void; at: (field: string) => SessionConflict[] };

/**
 * The plan's candidates, each with their assessor. Several can be ticked (or all at once) and given one
 * assessor, or all spread evenly across the assessors: with twenty candidates and two assessors the admin
 * otherwise changed ten selects one by one. The plan's check judges the result as for any other change.
 */
export function CandidatesTable({ plan, setPlan, at }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // Only those still on the plan count as ticked (one removed since is no longer there to assign).
  const selected = new Set(plan.candidates.filter((c) => picked.has(c.candidateId)).map((c) => c.candidateId));
  const toggle = (candidateId: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(candidateId);
      else next.delete(candidateId);
      return next;
    });
  const all = plan.candidates.length > 0 && selected.size === plan.candidates.length;
  return (
    <>
      <BulkBar
        plan={plan}
        selected={selected}
        onAssign={(assessorId) => {
          setPlan((prev) => assignCandidates(prev, selected, assessorId));
          setPicked(new Set());
        }}
        onSpread={() => setPlan(spreadEvenly)}
      />
      <div className="table-wrap">
        <table className="table" data-testid="planner-candidates">
          <thead>
            <tr>
              <th scope="col" className="table__pick">
                <SelectAll
                  checked={all}
                  mixed={selected.size > 0 && !all}
                  label={t('schedulingScreens.planner.selectAll')}
                  onChange={(on) => setPicked(on ? new Set(plan.candidates.map((c) => c.candidateId)) : new Set())}
                />
              </th>
              <th scope="col">{t('registryScreens.candidates.name')}</th>
              <th scope="col">{t('schedulingScreens.planner.assessor')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('schedulingScreens.planner.removeColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.candidates.map((c, i) => (
              <tr key={c.candidateId} data-testid="planner-candidate">
                <td className="table__pick">
                  <input
                    type="checkbox"
                    data-testid={`candidate-${i}-pick`}
                    aria-label={t('schedulingScreens.planner.select', { name: c.name })}
                    checked={selected.has(c.candidateId)}
                    onChange={(event) => toggle(c.candidateId, event.target.checked)}
                  />
                </td>
                <th scope="row">
                  {c.name} <span className="mono small">{c.participantNo}</span>
                  <ConflictNote conflicts={at(`candidates.${i}`)} />
                </th>
                <td>
                  <select
                    className="field__input"
                    aria-label={t('schedulingScreens.planner.assessorOf', { name: c.name })}
                    data-testid={`candidate-${i}-assessor`}
                    value={c.assessorId}
                    aria-invalid={at(`candidates.${i}.assessorId`).some((x) => x.severity === 'refused') ? true : undefined}
                    onChange={(event) => {
                      const assessorId = event.target.value;
                      setPlan((prev) => ({ ...prev, candidates: prev.candidates.map((x) => (x.candidateId === c.candidateId ? { ...x, assessorId } : x)) }));
                    }}
                  >
                    {plan.assessors.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                  <ConflictNote conflicts={at(`candidates.${i}.assessorId`)} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-testid="candidate-remove"
                    onClick={() => setPlan((prev) => ({ ...prev, candidates: prev.candidates.filter((x) => x.candidateId !== c.candidateId) }))}
                  >
                    {t('schedulingScreens.planner.remove', { name: c.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type BarProps = { plan: PlanState; selected: ReadonlySet<string>; onAssign: (assessorId: string) => void; onSpread: () => void };

/** Above the table: how many are ticked, the assessor to give them, and the even spread of everyone. */
function BulkBar({ plan, selected, onAssign, onSpread }: BarProps) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState('');
  // The assessor last chosen, while they are still on the plan; else the first.
  const assessorId = plan.assessors.some((a) => a.id === target) ? target : (plan.assessors[0]?.id ?? '');
  const load = countsByAssessor(plan);
  const counts = plan.assessors.map((a) => ({ ...a, n: load.get(a.id) ?? 0 }));
  return (
    <div className="toolbar planner__bulk" data-testid="planner-bulk">
      <span className="small" role="status" data-testid="planner-selected">
        {t('schedulingScreens.planner.selected', { count: selected.size })}
      </span>
      <label className="field__label" htmlFor={id}>
        {t('schedulingScreens.planner.assignTo')}
      </label>
      <select id={id} className="field__input planner__bulk-select" data-testid="planner-bulk-assessor" value={assessorId} onChange={(event) => setTarget(event.target.value)}>
        {plan.assessors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <button type="button" className="button button--secondary button--small" data-testid="planner-bulk-assign" disabled={selected.size === 0 || !assessorId} onClick={() => onAssign(assessorId)}>
        {t('schedulingScreens.planner.assign', { count: selected.size })}
      </button>
      {plan.assessors.length > 1 && (
        <button type="button" className="button button--secondary button--small" data-testid="planner-spread" onClick={onSpread}>
          {t('schedulingScreens.planner.spread')}
        </button>
      )}
      {/* Each assessor's share here, beside the day limit the check holds it to. */}
      <span className="muted small" data-testid="planner-shares">
        {counts.map((a) => t('schedulingScreens.planner.share', { name: a.name, count: a.n })).join(' · ')}
      </span>
    </div>
  );
}

type SelectAllProps = { checked: boolean; mixed: boolean; label: string; onChange: (on: boolean) => void };

/** The header's box: ticked when all are, half-ticked (read out as "mixed") when some are. */
function SelectAll({ checked, mixed, label, onChange }: SelectAllProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return <input ref={ref} type="checkbox" data-testid="planner-select-all" aria-label={label} checked={checked} onChange={(event) => onChange(event.target.checked)} />;
}
