import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DemoLogin, SignInResult } from '../../../../electron/shared/types';
import type { ErrorCode } from '../../../../electron/shared/errors';
import { toUiError, type UiError } from '../../api/client-errors';
import type { TranslationKey } from '../../i18n/keys';
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
/** A field left empty when "Masuk" was pressed: said under it, in the words of the door used. */
type Field = 'username' | 'password' | 'token';

const MISSING_USERNAME = {
  staff: 'signIn.missing.username',
  apl: 'signIn.missing.aplUsername',
  candidate: 'signIn.missing.participantNo',
} as const satisfies Record<SignInMode, TranslationKey>;

function refusalWording(mode: SignInMode, t: TFunction, error: UiError) {
  if (mode === 'candidate') return { BAD_CREDENTIALS: t('signIn.candidateBadCredentials') };
  // The lock lifts by itself: the core says in how many minutes (auth/lock-lapse.ts).
  const minutes = Number(error.params.minutes) || 15;
  if (mode === 'apl') return { BAD_CREDENTIALS: t('aplSelf.signIn.badCredentials'), ACCOUNT_LOCKED: t('aplSelf.signIn.locked', { minutes }) };
  return undefined;
}

export function SignInForm({ onSignedIn, prefill, notice, onMustChange }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const idPrefix = useId();
  const formId = `${idPrefix}-form`;
  const [mode, setMode] = useState<SignInMode>(() => initialMode(window.location, localStore()));
  const candidate = mode === 'candidate';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [noticeVisible, setNoticeVisible] = useState(true);
  const [mustChange, setMustChange] = useState<{ result: SignInResult; password: string } | null>(null);
  const [missing, setMissing] = useState<readonly Field[]>([]);
  // The first empty field at a refused press: a new object each press, so pressing again moves the focus back to it.
  const [focusAsk, setFocusAsk] = useState<{ field: Field } | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
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

  // After the render that describes the field by its problem, so a screen reader reads both out.
  useEffect(() => {
    if (focusAsk) ({ username: usernameRef, password: passwordRef, token: tokenRef })[focusAsk.field].current?.focus();
  }, [focusAsk]);

  /** Typing in a field takes its "empty" problem away; the others stay until fixed or pressed again. */
  const typed = (field: Field, set: (value: string) => void) => (value: string) => {
    set(value);
    if (value.trim() !== '' && missing.includes(field)) setMissing(missing.filter((f) => f !== field));
  };

  const changeMode = (next: SignInMode) => {
    if (next === mode) return;
    // A username is not a participant number: keeping it would only produce a confusing failure.
    setMode(next);
    setUsername('');
    setPassword('');
    setToken('');
    setError(null);
    setMissing([]);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = (['username', 'password', 'token'] as const).filter((f) =>
      f === 'username' ? username.trim() === '' : f === 'password' ? password === '' : candidate && token.trim() === '',
    );
    setMissing(empty);
    if (empty.length > 0) {
      setError(null);
      setFocusAsk({ field: empty[0] });
      return;
    }
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
  const problemId = (field: Field) => `${idPrefix}-${field}-problem`;
  const invalid = (field: Field) => (missing.includes(field) ? true : undefined);
  const described = (field: Field, ...others: string[]) => [...others, missing.includes(field) ? problemId(field) : ''].filter(Boolean).join(' ') || undefined;
  const problem = (field: Field, text: string) =>
    missing.includes(field) && (
      <p className="field__problem" id={problemId(field)} data-testid={`signin-${field}-problem`}>
        {text}
      </p>
    );
  const passwordId = `${idPrefix}-password`;
  const hintId = `${idPrefix}-hint`;
  const showId = `${idPrefix}-show`;
  const tokenId = `${idPrefix}-token`;
  const tokenHintId = `${idPrefix}-token-hint`;
  // A card's number and password, typed at a shared lab PC: marked as a login, the browser offers to save
  // it and fills it in for the next candidate there (the password revealed by "show password"). Browsers
  // ignore "off" on a password field but leave a one-time code out of their password manager.
  const lab = mode !== 'staff';

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
              ref={usernameRef}
              className="field__input"
              data-testid="signin-username"
              name={mode === 'candidate' ? 'participantNo' : 'username'}
              autoComplete={lab ? 'off' : 'username'}
              autoCapitalize="none"
              spellCheck={false}
              required
              aria-invalid={invalid('username')}
              aria-describedby={described('username', hintId)}
              value={username}
              onChange={(event) => typed('username', setUsername)(event.target.value)}
            />
            {problem('username', t(MISSING_USERNAME[mode]))}
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
              autoComplete={lab ? 'one-time-code' : 'current-password'}
              required
              aria-invalid={invalid('password')}
              aria-describedby={described('password')}
              value={password}
              onChange={(event) => typed('password', setPassword)(event.target.value)}
            />
            {problem('password', t('signIn.missing.password'))}
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
                aria-invalid={invalid('token')}
                aria-describedby={described('token', tokenHintId)}
                value={token}
                // Shown in capitals as the proctor writes it; the core trims and upper-cases it again anyway.
                onChange={(event) => typed('token', setToken)(event.target.value.toUpperCase())}
              />
              <p className="field__hint" id={tokenHintId}>
                {t('signIn.tokenHint')}
              </p>
              {problem('token', t('signIn.missing.token'))}
            </div>
          )}
          <div className="checkbox">
            <input id={showId} type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
            <label htmlFor={showId}>{t('signIn.showPassword')}</label>
          </div>
          {error && <ErrorMessage error={error} wording={refusalWording(mode, t, error)} />}
          <button
            ref={submitRef}
            type="submit"
            className="button button--primary button--block"
            data-testid="signin-submit"
            // Never disabled for an empty field: pressing it says which one (a greyed button said nothing).
            disabled={submitting}
          >
            {submitting ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
        <ForgotPassword mode={mode} />
      </div>
    </div>
  );
}
