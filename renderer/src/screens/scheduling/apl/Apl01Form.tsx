import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  APL_PURPOSES,
  EVIDENCE_KINDS,
  EVIDENCE_STATUSES,
  type AplDetail,
  type AplPurpose,
  type EvidenceInput,
  type EvidenceKind,
} from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { fieldErrorsOf, type FieldErrors } from '../../registry/field-errors';
import { RecordForm } from '../../registry/RecordForm';
import { RegistryField } from '../../registry/RegistryField';
import { EVIDENCE_KIND_LABEL, EVIDENCE_STATUS_LABEL, PURPOSE_LABEL } from '../labels';
import { formRound } from './apl-route';
import { EvidenceFile } from './EvidenceFile';

/** A checklist row on screen; `key` tells React rows apart before the core gives them an id. */
type Row = EvidenceInput & { key: string };

let nextKey = 0;
const newRow = (kind: EvidenceKind): Row => ({ key: `new-${++nextKey}`, kind, description: '', status: 'memenuhi' });

/**
 * What the form's unsaved edits are judged by: the note only where the purpose asks for one, the rows
 * without their screen keys or ids (a row the core just created is the same row).
 */
function editedOf(purpose: AplPurpose, purposeNote: string, rows: readonly Row[]) {
  return { purpose, purposeNote: purpose === 'lainnya' ? purposeNote : '', rows: rows.map(({ kind, description, status }) => ({ kind, description, status })) };
}

/**
 * FR.APL.01 as staff copy it from the paper: purpose and the evidence checklist, each row with its status and
 * scan. `newRound`: the candidate's next application (re-certification), an empty form of its own that
 * apl/saveApplication starts as a new round; the current one stays as its session used it.
 */
export function Apl01Form({ detail, onSaved, newRound = false }: { detail: AplDetail; onSaved: () => void; newRound?: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const purposeId = useId();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const apl01 = newRound ? null : detail.apl01;
  const [purpose, setPurpose] = useState<AplPurpose>(apl01?.purpose ?? (newRound ? 'sertifikasi_ulang' : 'sertifikasi'));
  const [purposeNote, setPurposeNote] = useState(apl01?.purposeNote ?? '');
  const [rows, setRows] = useState<Row[]>(() =>
    apl01 && apl01.evidence.length > 0 ? apl01.evidence.map((e) => ({ key: e.id, id: e.id, kind: e.kind, description: e.description, status: e.status })) : [newRow('basic')],
  );
  const unsaved = useUnsavedChanges(editedOf(purpose, purposeNote, rows));
  const errors = fieldErrorsOf(error);
  const change = (key: string, patch: Partial<EvidenceInput>) => setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = () => {
    setSaved(false);
    void run(async () => {
      const result = await client.call('apl/saveApplication', {
        candidateId: detail.candidate.id,
        schemeId: detail.scheme.id,
        ...(newRound ? { newRound: true, ...(detail.round ? { round: detail.round.number + 1 } : {}) } : formRound(detail)),
        purpose,
        purposeNote: purpose === 'lainnya' ? purposeNote : null,
        evidence: rows.map(({ id, kind, description, status }) => (id ? { id, kind, description, status } : { kind, description, status })),
      });
      // Rows the core just created now carry their ids (and may take a scan).
      const savedRows = result.apl01?.evidence.map((e) => ({ key: e.id, id: e.id, kind: e.kind, description: e.description, status: e.status })) ?? [];
      unsaved.markSaved(editedOf(purpose, purposeNote, savedRows));
      setRows(savedRows);
      setSaved(true);
      onSaved();
    });
  };

  return (
    <RecordForm isNew={apl01 === null} busy={busy} error={error} saved={saved} onSubmit={submit} testId={newRound ? 'apl01-new-round-form' : 'apl01-form'}>
      <div className="field">
        <label className="field__label" htmlFor={purposeId}>
          {t('schedulingScreens.apl01.purpose')}
        </label>
        <select id={purposeId} className="field__input" data-testid="field-purpose" value={purpose} onChange={(event) => setPurpose(APL_PURPOSES.find((p) => p === event.target.value) ?? 'sertifikasi')}>
          {APL_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(PURPOSE_LABEL[p])}
            </option>
          ))}
        </select>
      </div>
      {purpose === 'lainnya' && (
        <RegistryField name="purposeNote" label={t('schedulingScreens.apl01.purposeNote')} value={purposeNote} onChange={setPurposeNote} errors={errors} />
      )}
      <div className="registry-form__wide">
        <table className="table" data-testid="apl01-evidence">
          <caption className="subheading">{t('schedulingScreens.evidence.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('schedulingScreens.evidence.kind')}</th>
              <th scope="col">{t('schedulingScreens.evidence.description')}</th>
              <th scope="col">{t('schedulingScreens.evidence.status')}</th>
              <th scope="col">{t('schedulingScreens.evidence.file')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('schedulingScreens.evidence.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <EvidenceRow
                key={row.key}
                row={row}
                index={i}
                errors={errors}
                detail={detail}
                onChange={(patch) => change(row.key, patch)}
                onRemove={() => setRows((prev) => prev.filter((r) => r.key !== row.key))}
                onFileChanged={onSaved}
              />
            ))}
          </tbody>
        </table>
        <div className="tree-buttons">
          <button type="button" className="button button--secondary button--small" data-testid="evidence-add-basic" onClick={() => setRows((prev) => [...prev, newRow('basic')])}>
            {t('schedulingScreens.evidence.addBasic')}
          </button>
          <button type="button" className="button button--secondary button--small" data-testid="evidence-add-administrative" onClick={() => setRows((prev) => [...prev, newRow('administrative')])}>
            {t('schedulingScreens.evidence.addAdministrative')}
          </button>
        </div>
      </div>
    </RecordForm>
  );
}

type RowProps = {
  row: Row;
  index: number;
  errors: FieldErrors;
  detail: AplDetail;
  onChange: (patch: Partial<EvidenceInput>) => void;
  onRemove: () => void;
  onFileChanged: () => void;
};

function EvidenceRow({ row, index, errors, detail, onChange, onRemove, onFileChanged }: RowProps) {
  const { t } = useTranslation();
  const problem = errors.get(`evidence.${index}.description`);
  const problemId = useId();
  // A new round's rows are its own: none is stored until it is saved (the current round's scans stay with it).
  const stored = row.id ? detail.apl01?.evidence.find((e) => e.id === row.id) : undefined;
  const n = index + 1;
  return (
    <tr data-testid="evidence-row">
      <td>
        <select
          className="field__input"
          aria-label={t('schedulingScreens.evidence.kindOf', { n })}
          data-testid={`evidence-${index}-kind`}
          value={row.kind}
          onChange={(event) => onChange({ kind: EVIDENCE_KINDS.find((k) => k === event.target.value) ?? 'basic' })}
        >
          {EVIDENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(EVIDENCE_KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          className="field__input"
          aria-label={t('schedulingScreens.evidence.descriptionOf', { n })}
          data-testid={`evidence-${index}-description`}
          value={row.description}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => onChange({ description: event.target.value })}
        />
        {problem && (
          <p className="field__problem" id={problemId} data-testid={`problem-evidence.${index}.description`}>
            {t(problem)}
          </p>
        )}
      </td>
      <td>
        <select
          className="field__input"
          aria-label={t('schedulingScreens.evidence.statusOf', { n })}
          data-testid={`evidence-${index}-status`}
          value={row.status}
          onChange={(event) => onChange({ status: EVIDENCE_STATUSES.find((s) => s === event.target.value) ?? 'memenuhi' })}
        >
          {EVIDENCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(EVIDENCE_STATUS_LABEL[s])}
            </option>
          ))}
        </select>
      </td>
      <td>
        {stored ? (
          <EvidenceFile detail={detail} evidence={stored} n={n} onChanged={onFileChanged} />
        ) : (
          <span className="muted small">{t('schedulingScreens.evidence.saveFirst')}</span>
        )}
      </td>
      <td>
        <button type="button" className="button button--secondary button--small" data-testid={`evidence-${index}-remove`} onClick={onRemove}>
          {t('schedulingScreens.evidence.removeOf', { n })}
        </button>
      </td>
    </tr>
  );
}
