import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../../electron/shared/roles';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useClient } from '../../session/SessionProvider';
import { TextField } from '../setup/TextField';
import { AssessorPicker } from './AssessorPicker';
import { RoleSelect } from './role-select';

/** A new staff account with a temporary password: its owner must change it at the first sign-in. */
export function NewAccountForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [role, setRole] = useState<StaffRole>('proctor');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [assessorId, setAssessorId] = useState('');
  // An assessor's account must name its registry record: said here, before the core refuses it in its own terms.
  const [assessorMissing, setAssessorMissing] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (role === 'assessor' && assessorId === '') {
      setAssessorMissing(true);
      return;
    }
    setAssessorMissing(false);
    const ok = await run(async () => {
      await client.call('accounts/create', { role, displayName, username, password, assessorId: role === 'assessor' ? assessorId : null });
    });
    if (!ok) return;
    setDisplayName('');
    setUsername('');
    setPassword('');
    setAssessorId('');
    onCreated();
  };

  return (
    <form className="bundle-form" data-testid="new-account" onSubmit={(event) => void submit(event)} noValidate>
      {error && <ErrorMessage error={error} />}
      <div className="field">
        <span className="field__label">{t('accounts.role')}</span>
        <RoleSelect value={role} onChange={setRole} testId="new-account-role" label={t('accounts.role')} />
      </div>
      {role === 'assessor' && (
        <AssessorPicker
          value={assessorId}
          missing={assessorMissing}
          onPick={(assessor) => {
            setAssessorId(assessor.id);
            setAssessorMissing(false);
            // The account is the assessor's own: their registered name is the natural display name.
            setDisplayName((name) => name || assessor.name);
          }}
        />
      )}
      <TextField label={t('setup.adminName')} testId="new-account-name" value={displayName} onChange={setDisplayName} />
      <TextField label={t('signIn.username')} testId="new-account-username" value={username} onChange={setUsername} />
      <TextField label={t('accounts.temporaryPassword')} testId="new-account-password" value={password} onChange={setPassword} secret />
      <p className="muted small">{t('accounts.temporaryHint')}</p>
      <button type="submit" className="button button--primary" disabled={busy} data-testid="new-account-submit">
        {t('accounts.create')}
      </button>
    </form>
  );
}
