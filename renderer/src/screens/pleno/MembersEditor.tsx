import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLENO_ROLES, type PlenoRole } from '../../../../electron/shared/pleno';
import type { UiError } from '../../api/client-errors';
import { useLoad } from '../../api/use-load';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { FieldErrors } from '../registry/field-errors';
import { memberNameField } from './draft-problems';
import { ROLE_LABEL } from './labels';
import { memberKey, type MemberDraft } from './member-draft';

type Props = {
  members: MemberDraft[];
  onChange: (members: MemberDraft[]) => void;
  /** A refusal about the list as a whole (too few, not one chair). */
  listError: UiError | null;
  /** A refusal naming one member (a conflict of interest, an unknown link): shown under that member. */
  memberError: { name: string; error: UiError } | null;
  /** The form's own check before sending: no members (`members`), a member without a name (memberNameField). */
  problems: FieldErrors;
};

/**
 * The pleno's members: added from the LSP's staff accounts (so the chair can sign with their password)
 * and assessors, or by name only; each with a role and a name that can be corrected.
 */
export function MembersEditor({ members, onChange, listError, memberError, problems }: Props) {
  const { t } = useTranslation();
  const addId = useId();
  const listProblem = problems.get('members');
  const accounts = useLoad('accounts/list', {});
  const assessors = useLoad('assessors/list', { active: true, limit: 200 });
  const allAccounts = accounts.state.status === 'ready' ? accounts.state.data : [];
  // A person already listed is not offered again, under their account or the assessor record it is linked to.
  const seatedAssessors = new Set(members.flatMap((m) => [m.assessorId, allAccounts.find((a) => a.id === m.accountId)?.assessorId ?? null]).filter((id) => id !== null));
  const seatedAccounts = new Set(members.map((m) => m.accountId).filter((id) => id !== null));
  const accountRows = allAccounts.filter((a) => !a.disabled && !seatedAccounts.has(a.id) && !(a.assessorId !== null && seatedAssessors.has(a.assessorId)));
  const assessorRows = assessors.state.status === 'ready' ? assessors.state.data.rows.filter((a) => !seatedAssessors.has(a.id)) : [];
  const set = (key: string, change: Partial<MemberDraft>) => onChange(members.map((m) => (m.key === key ? { ...m, ...change } : m)));
  // The first member added chairs the pleno unless someone already does.
  const nextRole = (): PlenoRole => (members.some((m) => m.role === 'chair') ? 'member' : 'chair');
  const add = (value: string) => {
    const [kind, id] = value.split(':');
    const account = kind === 'account' ? accountRows.find((a) => a.id === id) : undefined;
    const assessor = kind === 'assessor' ? assessorRows.find((a) => a.id === id) : undefined;
    const base = { key: memberKey(), role: nextRole(), accountId: null, assessorId: null, username: null, met: null };
    if (account) onChange([...members, { ...base, name: account.displayName, accountId: account.id, username: account.username }]);
    else if (assessor) onChange([...members, { ...base, name: assessor.name, assessorId: assessor.id, met: assessor.metNumber }]);
  };
  return (
    <fieldset className="registry-form__wide" data-testid="pleno-members">
      <legend>{t('plenoScreens.pleno.members')}</legend>
      {members.length === 0 && <p className="empty">{t('plenoScreens.pleno.form.noMembers')}</p>}
      <ol className="pleno-members">
        {members.map((m, i) => {
          const nameProblem = problems.get(memberNameField(m.key));
          const nameProblemId = `${addId}-${m.key}`;
          return (
            <li key={m.key} data-testid="pleno-member">
              <div className="pleno-member">
                {/* Each field says what it holds on screen: a name field with no label beside "akun admin" read as the account's. */}
                <label className="field">
                  <span className="field__label">{t('plenoScreens.pleno.form.roleLabel')}</span>
                  <select
                    className="field__input"
                    aria-label={t('plenoScreens.pleno.form.memberRole', { n: i + 1 })}
                    data-testid="member-role"
                    value={m.role}
                    onChange={(event) => set(m.key, { role: PLENO_ROLES.find((r) => r === event.target.value) ?? 'member' })}
                  >
                    {PLENO_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(ROLE_LABEL[r])}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field__label">{t('plenoScreens.pleno.form.nameLabel')}</span>
                  <input
                    className="field__input"
                    aria-label={t('plenoScreens.pleno.form.memberName', { n: i + 1 })}
                    data-testid="member-name"
                    maxLength={120}
                    aria-invalid={nameProblem ? true : undefined}
                    aria-describedby={nameProblem ? nameProblemId : undefined}
                    value={m.name}
                    onChange={(event) => set(m.key, { name: event.target.value })}
                  />
                </label>
                <span className="small muted" data-testid="member-link">
                  {m.username
                    ? t('plenoScreens.pleno.form.linkedAccount', { username: m.username })
                    : m.met
                      ? t('plenoScreens.pleno.form.linkedAssessor', { met: m.met })
                      : t('plenoScreens.pleno.form.notLinked')}
                </span>
                <button type="button" className="button button--secondary button--small" data-testid="member-remove" onClick={() => onChange(members.filter((x) => x.key !== m.key))}>
                  {t('plenoScreens.pleno.form.remove', { name: m.name })}
                </button>
              </div>
              {nameProblem && (
                <p className="field__problem" id={nameProblemId} data-testid="member-name-problem">
                  {t(nameProblem)}
                </p>
              )}
              {memberError && memberError.name === m.name.trim() && <ErrorMessage error={memberError.error} />}
            </li>
          );
        })}
      </ol>
      {memberError && !members.some((m) => m.name.trim() === memberError.name) && <ErrorMessage error={memberError.error} />}
      {listProblem && (
        <p className="field__problem" role="alert" data-testid="pleno-members-missing">
          {t(listProblem)}
        </p>
      )}
      {listError && <ErrorMessage error={listError} />}
      <div className="pleno-member">
        <div className="field">
          <label className="field__label" htmlFor={addId}>
            {t('plenoScreens.pleno.form.addMember')}
          </label>
          <select id={addId} className="field__input" data-testid="member-add" value="" onChange={(event) => add(event.target.value)}>
            <option value="">{t('plenoScreens.appeals.choose')}</option>
            {accountRows.map((a) => (
              <option key={a.id} value={`account:${a.id}`}>
                {t('plenoScreens.pleno.form.addAccount', { name: a.displayName, username: a.username })}
              </option>
            ))}
            {assessorRows.map((a) => (
              <option key={a.id} value={`assessor:${a.id}`}>
                {t('plenoScreens.pleno.form.addAssessor', { name: a.name, met: a.metNumber })}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="member-add-name"
          onClick={() => onChange([...members, { key: memberKey(), role: nextRole(), name: '', accountId: null, assessorId: null, username: null, met: null }])}
        >
          {t('plenoScreens.pleno.form.addByName')}
        </button>
      </div>
    </fieldset>
  );
}
