import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../session/SessionProvider';
import { useFormat } from '../../../i18n/use-format';
import type { AplSummary, SessionConflict } from '../../../../../electron/shared/scheduling';
import { useDebounced, usePagedList } from '../../registry/use-paged-list';
import { ConflictText } from './ConflictNote';
import type { PlanAssessor, PlanCandidate } from './plan-state';
import { useAplHidden } from './use-apl-hidden';
import { useAssessorFit } from './use-assessor-fit';

const PICK_LIMIT = 10;

type AssessorProps = { chosen: readonly PlanAssessor[]; schemeId: string; date: string; onAdd: (assessor: PlanAssessor) => void };

/**
 * Finds the LSP's active assessors by name or MET number; each found one is added with a button. Beside
 * one the plan would refuse by their own record (MET lapsed by the date, not registered for the scheme) it
 * says why, before they are added; adding stays possible, and the plan's check refuses them as before.
 */
export function AssessorPicker({ chosen, schemeId, date, onAdd }: AssessorProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [search, setSearch] = useState('');
  const query = useDebounced({ search: search.trim() });
  const list = usePagedList(query, (q, cursor) => client.call('assessors/list', { search: q.search || undefined, active: true, cursor, limit: PICK_LIMIT }));
  const rows = list.rows.filter((a) => !chosen.some((c) => c.id === a.id));
  const settled = !list.loading && !list.loadingMore && !list.hasMore;
  const fit = useAssessorFit(
    rows.map((a) => a.id),
    schemeId,
    date,
  );
  return (
    <PickerFrame label={t('schedulingScreens.planner.findAssessor')} testId="assessor-search" value={search} onChange={setSearch}>
      {rows.map((a) => (
        <li key={a.id}>
          <button type="button" className="button button--secondary button--small" data-testid="assessor-add" onClick={() => onAdd({ id: a.id, name: a.name, metNumber: a.metNumber })}>
            {t('schedulingScreens.planner.add', { name: a.name })}
          </button>{' '}
          <span className="mono small">{a.metNumber}</span>
          <RefusedBy conflicts={fit.get(a.id) ?? []} />
        </li>
      ))}
      {/* Found none: said, as the candidates' picker says it, and with none registered at all, where to add one. */}
      {settled && list.rows.length === 0 && (
        <li className="muted small" data-testid="assessor-none-found">
          {query.search ? (
            t('schedulingScreens.planner.noneFound')
          ) : (
            <>
              {t('schedulingScreens.planner.noAssessors')} <a href="#/assessors/new">{t('schedulingScreens.planner.addAssessor')}</a>
            </>
          )}
        </li>
      )}
    </PickerFrame>
  );
}

function RefusedBy({ conflicts }: { conflicts: readonly SessionConflict[] }) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <div className="conflict conflict--pending small" data-testid="assessor-would-refuse">
      {t('schedulingScreens.planner.wouldRefuse')}
      <ul className="conflicts">
        {conflicts.map((c, i) => (
          <li key={`${c.code}-${i}`} data-code={c.code}>
            <ConflictText conflict={c} />
          </li>
        ))}
      </ul>
    </div>
  );
}

type CandidateProps = {
  schemeId: string;
  /** The session being edited, null for a new one: its own seats are not another booking. */
  sessionId: string | null;
  chosen: readonly PlanCandidate[];
  defaultAssessorId: string;
  /** The LSP's APL gate rule: on, only schedulable candidates are offered; off, any active candidate. */
  aplGate: boolean;
  onAdd: (candidates: PlanCandidate[]) => void;
  /** Opens the LSP's scheduling rules over the planner, where the APL gate can be switched off. */
  onOpenRules: () => void;
};

type Found = { candidateId: string; name: string; participantNo: string; certifiedUntil?: string | null; certifiedExpired?: boolean; bookedIn?: AplSummary['bookedIn'] };

/** Finds the candidates the APL gate lets into a session of this scheme version; added with the first assessor. */
export function CandidatePicker({ schemeId, sessionId, chosen, defaultAssessorId, aplGate, onAdd, onOpenRules }: CandidateProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const [search, setSearch] = useState('');
  const idBase = useId();
  const hidden = useAplHidden(schemeId, aplGate);
  const query = useDebounced({ schemeId, sessionId, aplGate, search: search.trim() });
  const list = usePagedList<Found, typeof query>(query, async (q, cursor) => {
    const search = q.search || undefined;
    const exceptSessionId = q.sessionId ?? undefined;
    // Active candidates only, either way: a plan refuses an inactive one (SCHEDULE_CANDIDATE_INACTIVE).
    if (q.aplGate) return client.call('apl/list', { schemeId: q.schemeId, state: 'schedulable', activeOnly: true, exceptSessionId, search, cursor, limit: PICK_LIMIT });
    const page = await client.call('candidates/list', { search, active: true, cursor, limit: PICK_LIMIT });
    return { ...page, rows: page.rows.map((c) => ({ candidateId: c.id, name: c.name, participantNo: c.participantNo })) };
  });
  const rows = list.rows.filter((c) => !chosen.some((p) => p.candidateId === c.candidateId));
  // Those already added are hidden, so a page of them would leave the list empty while others wait on the
  // next page: read on until a page's worth is offered, or there is no more.
  const { loading, loadingMore, hasMore, more } = list;
  const short = rows.length < PICK_LIMIT;
  useEffect(() => {
    if (short && hasMore && !loading && !loadingMore) more();
  }, [short, hasMore, loading, loadingMore, more]);
  const settled = !loading && !loadingMore && !hasMore;
  const toPlan = (c: Found): PlanCandidate => ({ candidateId: c.candidateId, name: c.name, participantNo: c.participantNo, assessorId: defaultAssessorId });
  // One already seated in another upcoming session of the scheme would only be refused by the plan: named, not added.
  const free = rows.filter((c) => !c.bookedIn);
  return (
    <PickerFrame
      label={t('schedulingScreens.planner.findCandidate')}
      testId="candidate-search"
      value={search}
      onChange={setSearch}
      hint={aplGate ? t('schedulingScreens.planner.schedulableOnly') : t('schedulingScreens.planner.anyCandidate')}
    >
      {free.length > 1 && (
        <li>
          <button type="button" className="button button--secondary button--small" data-testid="candidate-add-all" onClick={() => onAdd(free.map(toPlan))}>
            {t('schedulingScreens.planner.addAll', { count: free.length })}
          </button>
        </li>
      )}
      {rows.map((c) => (
        <li key={c.candidateId}>
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="candidate-add"
            disabled={!!c.bookedIn}
            aria-describedby={c.bookedIn ? `${idBase}-booked-${c.candidateId}` : undefined}
            onClick={() => onAdd([toPlan(c)])}
          >
            {t('schedulingScreens.planner.add', { name: c.name })}
          </button>{' '}
          <span className="mono small">{c.participantNo}</span>
          {/* Re-certification is allowed (a certificate runs out): the planner is told, not stopped. */}
          {c.certifiedUntil && (
            <span className="muted small" data-testid="candidate-certified">
              {' · '}
              {c.certifiedExpired
                ? t('schedulingScreens.planner.certifiedLapsed', { date: f.date(c.certifiedUntil) })
                : t('schedulingScreens.planner.certifiedUntil', { date: f.date(c.certifiedUntil) })}
            </span>
          )}
          {c.bookedIn && (
            <span className="muted small" data-testid="candidate-booked" id={`${idBase}-booked-${c.candidateId}`}>
              {' · '}
              {/* On that session's TUK's clock, which the office's may not be: its zone says which, as the sessions list writes it. */}
              {t('schedulingScreens.planner.bookedIn', { session: c.bookedIn.code, date: f.date(c.bookedIn.date), time: `${f.time(c.bookedIn.startTime)} ${c.bookedIn.timeZone}` })}
            </span>
          )}
        </li>
      ))}
      {hasMore && !short && (
        <li>
          <button type="button" className="button button--secondary button--small" data-testid="candidate-more" disabled={loadingMore} onClick={more}>
            {t('registryScreens.list.loadMore')}
          </button>
        </li>
      )}
      {/* Found, but every one is in this session already: "nothing matches" sent the planner to look for why none was ready. */}
      {settled && rows.length === 0 && list.rows.length > 0 && (
        <li className="muted small" data-testid="candidate-all-added">
          {t('schedulingScreens.planner.allAdded')}
        </li>
      )}
      {settled && list.rows.length === 0 && <li className="muted small">{t('schedulingScreens.planner.noneFound')}</li>}
      {/* The gate hides candidates: how many and why, and both ways out (their applications, or the rule switched off). */}
      {hidden !== null && hidden > 0 && !search.trim() ? (
        <li className="muted small" data-testid="candidate-apl-hidden">
          {t('schedulingScreens.planner.aplHidden', { count: hidden })}{' '}
          <AplWaysOut onOpenRules={onOpenRules} />
        </li>
      ) : (
        /* Under the APL gate an empty list most often means no one is ready yet: say what readies them and where. */
        aplGate &&
        settled &&
        list.rows.length === 0 && (
          <li className="muted small" data-testid="candidate-none-schedulable">
            {t('schedulingScreens.planner.noneSchedulable')}{' '}
            <AplWaysOut onOpenRules={onOpenRules} />
          </li>
        )
      )}
    </PickerFrame>
  );
}

type FrameProps = { label: string; testId: string; value: string; onChange: (value: string) => void; hint?: string; children: ReactNode };

/** The two ways to candidates the APL rule hides: their applications, or the rule switched off (over the plan). */
function AplWaysOut({ onOpenRules }: { onOpenRules: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <a href="#/apl" data-testid="candidate-apl-link">
        {t('schedulingScreens.planner.noneSchedulableLink')}
      </a>{' '}
      <button type="button" className="button button--secondary button--small" data-testid="candidate-rules-open" onClick={onOpenRules}>
        {t('schedulingScreens.planner.openRules')}
      </button>
    </>
  );
}

function PickerFrame({ label, testId, value, onChange, hint, children }: FrameProps) {
  const id = useId();
  return (
    <div className="picker">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          type="search"
          className="field__input"
          data-testid={testId}
          autoComplete="off"
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {hint && (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
      <ul className="picker__results">{children}</ul>
    </div>
  );
}
