import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { useOnTukStation } from '../../session/tuk-station';
import { passwordWeakness } from '../../../../electron/shared/accounts';
import { nameProblem, usernameProblem, useNameTexts, type NameProblem } from '../setup/name-checks';
import { useWeakPasswordText } from '../setup/password-weakness';
import { TextField } from '../setup/TextField';
import { AssessorPicker } from './AssessorPicker';
import { RoleSelect, type RoleChoice } from './role-select';

/** The inputs checked before sending, in the order they stand on the form. */
type Checked = 'role' | 'assessor' | 'displayName' | 'username' | 'password';
const CHECKED: readonly Checked[] = ['role', 'assessor', 'displayName', 'username', 'password'];

/** A new staff account with a temporary password: its owner must change it at the first sign-in. */
export function NewAccountForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run, clearError } = useRun();
  const { problemText, usernameRule } = useNameTexts();
  const weakText = useWeakPasswordText();
  // No role until one is chosen: a default one (the first, Admin LSP) made admins of accounts meant otherwise.
  const [role, setRole] = useState<RoleChoice>('');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [assessorId, setAssessorId] = useState('');
  const [created, setCreated] = useState(0);
  // A TUK station has no assessor registry: its assessors' accounts come with the LSP's session bundle.
  const stationAssessor = useOnTukStation() && role === 'assessor';
  // The last account made, named in the notice until the form changes again.
  const [made, setMade] = useState<{ name: string; username: string } | null>(null);
  const unsaved = useUnsavedChanges({ role, displayName, username, password, assessorId });
  // Said beside each input before the core refuses it in its own terms ("username (invalid_format)").
  const [problems, setProblems] = useState<Partial<Record<Checked, NameProblem>>>({});
  // A temporary password the core would refuse, said beside it by the rule it breaks (the core's refusal
  // recited the whole rule under the button, and the focus stayed there).
  const [weak, setWeak] = useState(false);
  const inputs = useRef<Partial<Record<Checked, HTMLInputElement | HTMLSelectElement | null>>>({});
  const refOf = (name: Checked) => (input: HTMLInputElement | HTMLSelectElement | null) => {
    inputs.current[name] = input;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<Checked, NameProblem | null>> = {
      role: role === '' ? 'required' : null,
      // An assessor's account must name its registry record.
      assessor: role === 'assessor' && assessorId === '' ? 'required' : null,
      displayName: nameProblem(displayName),
      username: usernameProblem(username),
      password: password === '' ? 'required' : null,
    };
    // The core's own rule (shared), checked with the username typed: the password may not contain it.
    const tooWeak = password !== '' && passwordWeakness(password, username) !== null;
    setWeak(tooWeak);
    const marked = CHECKED.filter((name) => found[name] || (name === 'password' && tooWeak));
    setProblems(Object.fromEntries(marked.map((name) => [name, found[name] ?? undefined])));
    if (marked.length > 0 || role === '') {
      inputs.current[marked[0]]?.focus();
      return;
    }
    const ok = await run(async () => {
      await client.call('accounts/create', { role, displayName, username, password, assessorId: role === 'assessor' ? assessorId : null });
    });
    if (!ok) return;
    // The role stays as chosen for the next account (chosen a moment ago, in sight): the emptied form with it is the clean one.
    unsaved.markSaved({ role, displayName: '', username: '', password: '', assessorId: '' });
    setMade({ name: displayName, username });
    setDisplayName('');
    setUsername('');
    setPassword('');
    setAssessorId('');
    setCreated((n) => n + 1);
    onCreated();
  };

  return (
    // Any change drops the core's last refusal ("budi.proktor sudah dipakai" stayed after the role was changed).
    <form className="bundle-form" data-testid="new-account" onSubmit={(event) => void submit(event)}
      onChange={() => {
        clearError();
        setMade(null);
      }}
      noValidate
    >
      <div className="field">
        <span className="field__label">{t('accounts.role')}</span>
        <RoleSelect
          ref={refOf('role')}
          value={role}
          onChange={(choice) => {
            setRole(choice);
            setProblems((marked) => ({ ...marked, role: undefined }));
          }}
          testId="new-account-role"
          label={t('accounts.role')}
          unchosen
          problem={problems.role ? t('accounts.roleRequired') : null}
        />
      </div>
      {stationAssessor && (
        <p className="notice notice--info" data-testid="new-account-assessor-station">
          {t('accounts.assessorOnStation')}
        </p>
      )}
      {role === 'assessor' && !stationAssessor && (
        <AssessorPicker
          ref={refOf('assessor')}
          value={assessorId}
          reload={created}
          missing={problems.assessor !== undefined}
          onPick={(assessor) => {
            setAssessorId(assessor.id);
            setProblems((marked) => ({ ...marked, assessor: undefined }));
            // The account is the assessor's own: their registered name is the natural display name.
            setDisplayName((name) => name || assessor.name);
          }}
        />
      )}
      {!stationAssessor && (
        <>
          <TextField label={t('setup.adminName')} testId="new-account-name" value={displayName} onChange={setDisplayName} ref={refOf('displayName')} problem={problemText(problems.displayName)} />
          <TextField
            label={t('signIn.username')}
            testId="new-account-username"
            value={username}
            onChange={setUsername}
            ref={refOf('username')}
            hint={usernameRule}
            problem={problemText(problems.username)}
          />
          <TextField label={t('accounts.temporaryPassword')} testId="new-account-password" value={password} onChange={setPassword} secret ref={refOf('password')} problem={problems.password ? problemText(problems.password) : weak ? weakText(password, username) : null} />
          <p className="muted small">{t('accounts.temporaryHint')}</p>
          {/* Beside the button, where the eye is after pressing it; a refusal of the arguments in words, not zod paths. */}
          {error && <ErrorMessage error={error} badArgs={t('accounts.refused')} />}
          {/* aria-disabled, not disabled: a focused button that becomes disabled drops the focus to the page's top. */}
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined} data-testid="new-account-submit">
            {t('accounts.create')}
          </button>
        </>
      )}
      {made && (
        <p className="notice notice--success" role="status" data-testid="new-account-created">
          {t('accounts.created', made)}
        </p>
      )}
    </form>
  );
}
