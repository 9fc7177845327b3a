import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DemoLogin, SignInResult } from '../../../../electron/shared/types';
import type { ErrorCode } from '../../../../electron/shared/errors';
import { toUiError, type UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { deviceId } from '../../session/device-id';
import { useClient } from '../../session/SessionProvider';
import { TOKEN_LENGTH } from '../../../../electron/shared/cbt';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ForgotPassword } from './ForgotPassword';
import { ModeTabs, tabId } from './ModeTabs';
import { initialMode, localStore, modeForRole, rememberMode, type SignInMode } from './sign-in-mode';

const TOKEN_PROBLEMS: ReadonlySet<string> = new Set([
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'SESSION_NOT_STARTED',
  'SESSION_ENDED',
  'NOT_IN_SESSION',
  'SIGNED_IN_ELSEWHERE',
] satisfies ErrorCode[]);

type Props = {
  onSignedIn: (result: SignInResult) => void;
  /** A demo login picked from the panel; the form adopts its mode and credentials. */
  prefill: DemoLogin | null;
  /** Shown until the user tries again, e.g. "your session has ended". */
  notice: UiError | null;
  /** The sign-in succeeded with a password to replace: the form now asks for a new one, not for a sign-in. */
  onMustChange?: () => void;
};

/**
 * A refused sign-in in the words of the door used, with what to do next: a candidate has a card and a
 * proctor in the room, an APL.02 sign-in a slip from the LSP and nobody at hand but the LSP.
 */
function refusalWording(mode: SignInMode, t: TFunction) {
  if (mode === 'candidate') return { BAD_CREDENTIALS: t('signIn.candidateBadCredentials') };
  if (mode === 'apl') return { BAD_CREDENTIALS: t('aplSelf.signIn.badCredentials'), ACCOUNT_LOCKED: t('aplSelf.signIn.locked') };
  return undefined;
}

export function SignInForm({ onSignedIn, prefill, notice, onMustChange }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const idPrefix = useId();
  const formId = `${idPrefix}-form`;
  const [mode, setMode] = useState<SignInMode>(() => initialMode(window.location, localStore()));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [noticeVisible, setNoticeVisible] = useState(true);
  const [mustChange, setMustChange] = useState<{ result: SignInResult; password: string } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!prefill) return;
    setMode(modeForRole(prefill.role));
    setUsername(prefill.username);
    setPassword(prefill.password);
    setError(null);
    submitRef.current?.focus();
  }, [prefill]);

  const changeMode = (next: SignInMode) => {
    if (next === mode) return;
    // A username is not a participant number: keeping it would only produce a confusing failure.
    setMode(next);
    setUsername('');
    setPassword('');
    setToken('');
    setError(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    setNoticeVisible(false);
    try {
      const result =
        mode === 'staff'
          ? await client.call('auth/signIn', { username, password })
          : mode === 'apl'
            ? await client.call('auth/aplSignIn', { username, password })
            : await client.call('auth/candidateSignIn', { participantNo: username, password, token, deviceId: deviceId() });
      rememberMode(mode, localStore());
      // A password someone else chose: replaced first, then the session starts.
      if (result.mustChangePassword) {
        setMustChange({ result, password });
        setSubmitting(false);
        onMustChange?.();
        return;
      }
      onSignedIn(result);
    } catch (err) {
      const failure = toUiError(err);
      setError(failure);
      setSubmitting(false);
      // The password was right when only the token or the session is wrong: retyping it would be a needless chore.
      if (TOKEN_PROBLEMS.has(failure.code)) {
        tokenRef.current?.focus();
        tokenRef.current?.select();
      } else {
        setPassword('');
        passwordRef.current?.focus();
      }
    }
  };

  const usernameId = `${idPrefix}-username`;
  const passwordId = `${idPrefix}-password`;
  const hintId = `${idPrefix}-hint`;
  const showId = `${idPrefix}-show`;
  const tokenId = `${idPrefix}-token`;
  const tokenHintId = `${idPrefix}-token-hint`;
  const candidate = mode === 'candidate';

  if (mustChange) {
    return (
      <ChangePasswordForm
        signedIn={mustChange.result}
        currentPassword={mustChange.password}
        onChanged={() => onSignedIn({ ...mustChange.result, mustChangePassword: false })}
      />
    );
  }

  return (
    <div className="signin-card">
      <h1 className="signin-card__title">{t('signIn.title')}</h1>
      {notice && noticeVisible && <ErrorMessage error={notice} />}
      <ModeTabs mode={mode} onChange={changeMode} panelId={formId} idPrefix={idPrefix} />
      {/* The tab panel wraps the form: a form may not take the tabpanel role itself (axe: aria-allowed-role). */}
      <div id={formId} role="tabpanel" aria-labelledby={tabId(idPrefix, mode)}>
        <form
          className="signin-form"
          data-testid="signin-form"
          data-mode={mode}
          onSubmit={(event) => void submit(event)}
          noValidate
        >
          <p className="signin-form__hint" id={hintId}>
            {mode === 'staff' ? t('signIn.staffHint') : mode === 'apl' ? t('aplSelf.signIn.hint') : t('signIn.candidateHint')}
          </p>
          <div className="field">
            <label className="field__label" htmlFor={usernameId}>
              {mode === 'staff' ? t('signIn.username') : mode === 'apl' ? t('aplSelf.signIn.username') : t('signIn.participantNo')}
            </label>
            <input
              id={usernameId}
              className="field__input"
              data-testid="signin-username"
              name={mode === 'candidate' ? 'participantNo' : 'username'}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              aria-describedby={hintId}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={passwordId}>
              {t('signIn.password')}
            </label>
            <input
              id={passwordId}
              ref={passwordRef}
              className="field__input"
              data-testid="signin-password"
              name="password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {candidate && (
            <div className="field">
              <label className="field__label" htmlFor={tokenId}>
                {t('signIn.token')}
              </label>
              <input
                id={tokenId}
                ref={tokenRef}
                className="field__input field__input--token"
                data-testid="signin-token"
                name="token"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={TOKEN_LENGTH + 2}
                required
                aria-describedby={tokenHintId}
                value={token}
                // Shown in capitals as the proctor writes it; the core trims and upper-cases it again anyway.
                onChange={(event) => setToken(event.target.value.toUpperCase())}
              />
              <p className="field__hint" id={tokenHintId}>
                {t('signIn.tokenHint')}
              </p>
            </div>
          )}
          <div className="checkbox">
            <input id={showId} type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
            <label htmlFor={showId}>{t('signIn.showPassword')}</label>
          </div>
          {error && <ErrorMessage error={error} wording={refusalWording(mode, t)} />}
          <button
            ref={submitRef}
            type="submit"
            className="button button--primary button--block"
            data-testid="signin-submit"
            disabled={submitting || username.trim() === '' || password === '' || (candidate && token.trim() === '')}
          >
            {submitting ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
        <ForgotPassword mode={mode} />
      </div>
    </div>
  );
}
