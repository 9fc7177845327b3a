import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../electron/shared/roles';
import type { DemoLogin } from '../../../../electron/shared/types';
import { ROLE_LABEL } from '../../i18n/domain-labels';

type Props = { logins: DemoLogin[]; onPick: (login: DemoLogin) => void };

const STAFF_ORDER = ['lsp_admin', 'proctor', 'assessor'] as const satisfies readonly Role[];

/**
 * Shown only on a demo installation (the core sends no credentials otherwise). Staff get a full row
 * each; the candidates, a dozen of them, share a compact grid.
 */
export function DemoLogins({ logins, onPick }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const candidatesId = useId();
  const staff = STAFF_ORDER.flatMap((role) => logins.filter((login) => login.role === role));
  const candidates = logins.filter((login) => login.role === 'candidate');

  return (
    <section className="demo" data-testid="demo-logins" aria-labelledby={headingId}>
      <div className="demo__head">
        <h2 className="demo__title" id={headingId}>
          {t('demo.title')}
        </h2>
        <span className="badge badge--warning">{t('demo.badge')}</span>
      </div>
      <p className="demo__note">{t('demo.note')}</p>

      <ul className="demo__staff">
        {staff.map((login) => (
          <li key={login.username}>
            <button type="button" className="demo-login" data-testid="demo-login" data-username={login.username} onClick={() => onPick(login)}>
              <span className="demo-login__who">
                <span className="demo-login__role">{t(ROLE_LABEL[login.role])}</span>
                <span className="demo-login__name">{login.name}</span>
              </span>
              <span className="demo-login__creds">
                <span className="demo-login__cred">
                  <span className="demo-login__label">{t('demo.username')}</span>
                  <code>{login.username}</code>
                </span>
                <span className="demo-login__cred">
                  <span className="demo-login__label">{t('demo.password')}</span>
                  <code>{login.password}</code>
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>

      {candidates.length > 0 && (
        <>
          <h3 className="demo__subtitle" id={candidatesId}>
            {t('demo.candidates', { total: candidates.length })}
          </h3>
          <p className="demo__legend" aria-hidden="true">
            {t('demo.candidateLegend')}
          </p>
          <ul className="demo__candidates" aria-labelledby={candidatesId}>
            {candidates.map((login) => (
              <li key={login.username}>
                <button
                  type="button"
                  className="demo-candidate"
                  data-testid="demo-login"
                  data-username={login.username}
                  onClick={() => onPick(login)}
                >
                  <span className="demo-candidate__creds">
                    <span className="visually-hidden">{t('demo.participantNo')}</span>
                    <code>{login.username}</code>
                    <span className="visually-hidden">{t('demo.password')}</span>
                    <code>{login.password}</code>
                  </span>
                  {/* Long names are cut to keep the grid compact; the tooltip shows them whole. */}
                  <span className="demo-candidate__name" title={login.name}>
                    {login.name}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
