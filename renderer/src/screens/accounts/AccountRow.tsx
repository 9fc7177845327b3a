import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordWeakness, type StaffAccount } from '../../../../electron/shared/accounts';
import type { StaffRole } from '../../../../electron/shared/roles';
import { useRun } from '../../api/use-run';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useUnsavedGuard } from '../../navigation/use-unsaved-guard';
import { useClient, useSession } from '../../session/SessionProvider';
import { useOnTukStation, useRoleLabel } from '../../session/tuk-station';
import { ReasonField, reasonOk } from '../proctor/ReasonField';
import { nameProblem, useNameTexts, type NameProblem } from '../setup/name-checks';
import { useWeakPasswordText } from '../setup/password-weakness';
import { TextField } from '../setup/TextField';
import { AssessorPicker } from './AssessorPicker';
import { RoleSelect } from './role-select';

type Mode = 'view' | 'edit' | 'disable' | 'reset' | 'unlock';
/** The modes a row's button opens; the focus returns to that button when its form closes. */
type Opening = Exclude<Mode, 'view'>;

/** One account with its actions; each action opens its own small form in the row. */
export function AccountRow({ account, onChanged }: { account: StaffAccount; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const roleLabel = useRoleLabel();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [mode, setMode] = useState<Mode>('view');
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<StaffRole>(account.role);
  // An account made an assessor's names its registry record, as a new one does: without the picker the core
  // refused every such save ("must be linked to an existing assessor record") and the wrong role stayed.
  // A TUK station has no assessor registry (its assessors' accounts come with the session bundle).
  const onStation = useOnTukStation();
  const pickAssessor = role === 'assessor' && account.assessorId === null && !onStation;
  const [assessorId, setAssessorId] = useState('');
  const [assessorMissing, setAssessorMissing] = useState(false);
  const assessorInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  // A reason too short for the audit log is said under its field when the action is pressed, not sent.
  const [reasonShown, setReasonShown] = useState(false);
  // The core refuses to disable the account acting (ACCOUNT_SELF): its row offers no such button and says why.
  const { state } = useSession();
  const own = state.status === 'signedIn' && state.principal.accountId === account.id;
  const { problemText } = useNameTexts();
  // The edited name is checked by the core's rule before it is sent, and said beside its input.
  const [nameMark, setNameMark] = useState<NameProblem | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // A reset closes its form and changes nothing else in the row (the status already said "must change" or
  // says it now): without a sentence the admin could not tell it happened. Kept until another action opens.
  const [resetDone, setResetDone] = useState(false);
  // A new password the core would refuse is said beside its input by the rule it breaks, not sent.
  const weakText = useWeakPasswordText();
  const [weakShown, setWeakShown] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  // The inline form takes the focus when it opens, Escape closes it, and the focus goes back to the button
  // that opened it: before, opening left the focus on the page and only the mouse could cancel.
  const cell = useRef<HTMLTableCellElement>(null);
  const openers = useRef<Partial<Record<Opening, HTMLButtonElement | null>>>({});
  const opener = useRef<Opening | null>(null);
  const open = (next: Opening) => ({
    ref: (button: HTMLButtonElement | null) => {
      openers.current[next] = button;
    },
    onClick: () => {
      opener.current = next;
      setResetDone(false);
      setMode(next);
    },
  });
  // Unsaved: an edited name or role, or a reason or password typed into an open form. Its cancel (button
  // or Escape) asks first, as leaving the screen does, and then drops what was typed, so the next opening
  // starts from the account as it is.
  const edited = mode === 'edit' ? displayName !== account.displayName || role !== account.role : mode !== 'view' && text !== '';
  const guard = useUnsavedGuard(edited);
  const cancel = () =>
    guard.confirmDiscard(() => {
      setMode('view');
      setDisplayName(account.displayName);
      setRole(account.role);
      setAssessorId('');
      setAssessorMissing(false);
      setText('');
      setNameMark(null);
      setReasonShown(false);
      setWeakShown(false);
    });
  useEffect(() => {
    const box = cell.current;
    if (!box) return;
    if (mode !== 'view') box.querySelector<HTMLElement>('input, select')?.focus();
    else if (opener.current) openers.current[opener.current]?.focus();
  }, [mode]);

  /** Runs an action; true once the core accepted it and the row is back to its view. */
  const act = async (task: () => Promise<unknown>): Promise<boolean> => {
    if (!(await run(async () => void (await task())))) return false;
    setMode('view');
    setText('');
    setReasonShown(false);
    onChanged();
    return true;
  };
  const reset = async () => {
    const weak = passwordWeakness(text, account.username) !== null;
    setWeakShown(weak);
    if (weak) return passwordInput.current?.focus();
    setResetDone(await act(() => client.call('accounts/resetPassword', { accountId: account.id, password: text })));
  };
  const withReason = (task: (reason: string) => Promise<unknown>) => {
    setReasonShown(true);
    if (reasonOk(text)) void act(() => task(text.trim()));
  };
  const saveEdit = () => {
    const problem = nameProblem(displayName);
    setNameMark(problem);
    if (problem) return nameInput.current?.focus();
    setAssessorMissing(pickAssessor && assessorId === '');
    if (pickAssessor && assessorId === '') return assessorInput.current?.focus();
    void act(() => client.call('accounts/update', { accountId: account.id, role, displayName, ...(pickAssessor ? { assessorId } : {}) }));
  };
  const status = account.disabled ? t('accounts.disabled') : account.locked ? t('accounts.locked') : account.mustChangePassword ? t('accounts.mustChange') : t('accounts.active');

  return (
    <tr data-testid="account-row" data-username={account.username}>
      <td>{account.displayName}</td>
      <td className="mono">{account.username}</td>
      <td>{roleLabel(account.role)}</td>
      <td>
        <span data-testid="account-status">{status}</span>
        {/* "Nonaktif" alone left the admin asking since when and why: the audit entry of the disable says both. */}
        {account.disabledNote && (
          <p className="muted small" data-testid="account-disabled-note">
            {account.disabledNote.by !== null
              ? t('accounts.disabledNote', { at: f.dateTime(account.disabledNote.at), by: account.disabledNote.by, reason: account.disabledNote.reason })
              : t('accounts.disabledNoteNoBy', { at: f.dateTime(account.disabledNote.at), reason: account.disabledNote.reason })}
          </p>
        )}
      </td>
      <td ref={cell} onKeyDown={(event) => mode !== 'view' && !busy && event.key === 'Escape' && cancel()}>
        {/* A refusal of the arguments in words: the core's zod paths ("displayName (too_small)") mean nothing here. */}
        {error && <ErrorMessage error={error} badArgs={t('accounts.refused')} />}
        {mode === 'view' && (
          <>
            <button type="button" className="button button--secondary button--small" data-testid="account-edit" {...open('edit')}>{t('accounts.edit')}</button>{' '}
            {!own && (
              <>
                <button type="button" className="button button--secondary button--small" data-testid="account-toggle" {...open('disable')}>{account.disabled ? t('accounts.enable') : t('accounts.disable')}</button>{' '}
              </>
            )}
            <button type="button" className="button button--secondary button--small" data-testid="account-reset" {...open('reset')}>{t('accounts.resetPassword')}</button>{' '}
            {/* What this person did, in the audit log (filtered by the person, as its "Oleh" filter does). */}
            <a href={`#/audit?actor=${encodeURIComponent(account.id)}`} data-testid="account-history">{t('audit.accountHistory')}</a>
            {own && <p className="muted small" data-testid="account-own">{t('errors.ACCOUNT_SELF')}</p>}
            {/* Five wrong passwords lock an account; the admin opens any staff account again, with a reason for the audit log. */}
            {account.locked && (
              <>
                {' '}
                <button type="button" className="button button--primary button--small" data-testid="account-unlock" {...open('unlock')}>{t('accounts.unlock')}</button>
              </>
            )}
          </>
        )}
        {mode === 'edit' && (
          <>
            <TextField label={t('setup.adminName')} testId="account-edit-name" value={displayName} onChange={setDisplayName} ref={nameInput} problem={problemText(nameMark)} />
            <RoleSelect value={role} onChange={(choice) => choice && setRole(choice)} testId="account-edit-role" label={t('accounts.role')} />
            {pickAssessor && (
              <AssessorPicker
                ref={assessorInput}
                value={assessorId}
                missing={assessorMissing}
                onPick={(assessor) => {
                  setAssessorId(assessor.id);
                  setAssessorMissing(false);
                }}
              />
            )}
            <button type="button" className="button button--primary button--small" disabled={busy} data-testid="account-save" onClick={saveEdit}>{t('accounts.save')}</button>
          </>
        )}
        {mode === 'disable' && (
          <>
            <ReasonField label={t('accounts.reason')} testId="account-reason" value={text} onChange={setText} showProblem={reasonShown} />
            <button type="button" className="button button--primary button--small" disabled={busy} data-testid="account-confirm" onClick={() => withReason((reason) => client.call('accounts/setDisabled', { accountId: account.id, disabled: !account.disabled, reason }))}>{account.disabled ? t('accounts.enable') : t('accounts.disable')}</button>
          </>
        )}
        {mode === 'unlock' && (
          <>
            <ReasonField label={t('accounts.reason')} testId="account-reason" value={text} onChange={setText} showProblem={reasonShown} />
            <button type="button" className="button button--primary button--small" disabled={busy} data-testid="account-confirm" onClick={() => withReason((reason) => client.call('accounts/unlock', { accountId: account.id, reason }))}>{t('accounts.unlock')}</button>
          </>
        )}
        {mode === 'reset' && (
          <>
            <TextField
              label={t('accounts.temporaryPassword')}
              testId="account-new-password"
              value={text}
              onChange={setText}
              secret
              ref={passwordInput}
              problem={weakShown ? (text === '' ? problemText('required') : weakText(text, account.username)) : null}
            />
            <button type="button" className="button button--primary button--small" disabled={busy} data-testid="account-confirm" onClick={() => void reset()}>{t('accounts.resetPassword')}</button>
          </>
        )}
        {mode !== 'view' && (
          <>
            {' '}
            <button type="button" className="button button--secondary button--small" data-testid="account-cancel" onClick={cancel}>{t('accounts.cancel')}</button>
          </>
        )}
        {/* Always there, so a screen reader hears the sentence when it appears (a live region added with its text may not be). */}
        <div role="status" data-testid="account-reset-done">
          {/* A disabled account keeps its state: the new password opens nothing until the account is enabled again. */}
          {resetDone && <p className="muted small">{t(account.disabled ? 'accounts.resetDoneDisabled' : 'accounts.resetDone', { name: account.displayName })}</p>}
        </div>
      </td>
    </tr>
  );
}
