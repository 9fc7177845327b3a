import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DISPLAY_NAME_MAX_LENGTH,
  INSTALLATION_KINDS,
  isStrongPassword,
  LICENCE_NO_MAX_LENGTH,
  LSP_CODE_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type InstallationKind,
} from '../../../../electron/shared/accounts';
import { LSP_NAME_MAX_LENGTH } from '../../../../electron/shared/lsp-profile';
import { TUK_TYPES, type SignInResult, type TukType } from '../../../../electron/shared/types';
import { toUiError, type UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SignedOutFrame } from '../../components/SignedOutFrame';
import { useLanguage } from '../../i18n/use-language';
import { TUK_TYPE_LABEL, TUK_ZONE_LABEL } from '../../i18n/domain-labels';
import { machineTukZone, TUK_ZONES, type TukZone } from '../../../../electron/shared/time-zones';
import { useClient } from '../../session/SessionProvider';
import { lengthProblem, lspCodeProblem, usernameProblem, useNameTexts, type NameProblem } from './name-checks';
import { RestoreHint } from './RestoreHint';
import { useWeakPasswordText } from './password-weakness';
import { TextField } from './TextField';

type Props = { onSetUp: (result: SignInResult) => void };

const KIND_LABEL = { lsp: 'setup.kindLsp', tuk: 'setup.kindTuk' } as const satisfies Record<InstallationKind, string>;

/** The text inputs set-up cannot do without, in the order they stand on the form. */
type Required = 'lspName' | 'lspCode' | 'licenceNo' | 'tukName' | 'displayName' | 'username';
const REQUIRED_OF: Record<InstallationKind, Required[]> = {
  lsp: ['lspName', 'lspCode', 'licenceNo', 'displayName', 'username'],
  tuk: ['tukName', 'displayName', 'username'],
};
/** Each input's length limit as the core checks it (shared/accounts.ts); the username's is in its own rule. */
const MAX_OF: Record<Exclude<Required, 'username'>, number> = {
  lspName: LSP_NAME_MAX_LENGTH,
  lspCode: LSP_CODE_MAX_LENGTH,
  licenceNo: LICENCE_NO_MAX_LENGTH,
  tukName: DISPLAY_NAME_MAX_LENGTH,
  displayName: DISPLAY_NAME_MAX_LENGTH,
};
/** Each input's check, by the core's rules: the username and the LSP code by theirs, every other by its length. */
function problemOf(name: Required, value: string): NameProblem | null {
  if (name === 'username') return usernameProblem(value);
  return name === 'lspCode' ? lspCodeProblem(value) : lengthProblem(value, MAX_OF[name]);
}

/**
 * The first run of an installation without accounts (the desktop window, or the browser on this
 * computer: the server refuses set-up from the LAN). The language is the one chosen in the frame.
 */
export function SetupScreen({ onSetUp }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const weakText = useWeakPasswordText();
  const { language } = useLanguage();
  const [kind, setKind] = useState<InstallationKind>('lsp');
  const [lspName, setLspName] = useState('');
  const [lspCode, setLspCode] = useState('');
  const [licenceNo, setLicenceNo] = useState('');
  const [tukName, setTukName] = useState('');
  const [tukType, setTukType] = useState<TukType>('sewaktu');
  // This computer's zone, which the exam room's clocks most likely show; asked, since they may not.
  const [tukZone, setTukZone] = useState<TukZone>(() => machineTukZone() ?? 'WIB');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [problem, setProblem] = useState<'weak' | 'mismatch' | null>(null);
  const [problems, setProblems] = useState<Partial<Record<Required, NameProblem>>>({});
  // The two password inputs, when left empty: marked with the others on the first press, not one round later.
  const [emptySecret, setEmptySecret] = useState<{ password: boolean; confirm: boolean }>({ password: false, confirm: false });
  const secrets = useRef<{ password: HTMLInputElement | null; confirm: HTMLInputElement | null }>({ password: null, confirm: null });
  const secretField = (name: 'password' | 'confirm') => ({
    ref: (input: HTMLInputElement | null) => {
      secrets.current[name] = input;
    },
    // A weak password and an unequal confirmation are said beside their own input, as the other fields' problems are.
    problem: emptySecret[name]
      ? problemText('required')
      : name === 'password' && problem === 'weak'
        ? weakText(password, username)
        : name === 'confirm' && problem === 'mismatch'
          ? t('setup.mismatch')
          : null,
  });
  const { problemText, usernameRule, lspCodeRule } = useNameTexts();
  const inputs = useRef<Partial<Record<Required, HTMLInputElement | null>>>({});
  const values: Record<Required, string> = { lspName, lspCode, licenceNo, tukName, displayName, username };
  const required = (name: Required) => ({
    ref: (input: HTMLInputElement | null) => {
      inputs.current[name] = input;
    },
    problem: problemText(problems[name], name === 'username' ? undefined : MAX_OF[name]),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // An empty or misshapen field is said beside it, not by the core's refusal naming its argument.
    const found = REQUIRED_OF[kind].flatMap((name) => {
      const problem = problemOf(name, values[name]);
      return problem ? [[name, problem] as const] : [];
    });
    setProblems(Object.fromEntries(found));
    const empty = { password: password === '', confirm: confirm === '' };
    setEmptySecret(empty);
    // Said before the core refuses it, the same rule in the form's own words, and in the same press as the
    // other fields' problems: said only once those were put right, it cost a second round.
    const secretProblem = !empty.password && !isStrongPassword(password, username) ? 'weak' : !empty.confirm && !empty.password && password !== confirm ? 'mismatch' : null;
    setProblem(secretProblem);
    if (found.length > 0 || empty.password || empty.confirm || secretProblem) {
      const passwordWrong = empty.password || secretProblem === 'weak';
      (found.length > 0 ? inputs.current[found[0][0]] : passwordWrong ? secrets.current.password : secrets.current.confirm)?.focus();
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const place = kind === 'lsp' ? { lsp: { name: lspName, code: lspCode, licenceNo } } : { tuk: { name: tukName, type: tukType, timeZone: tukZone } };
      const result = await client.call('setup/create', { kind, ...place, admin: { displayName, username, password }, language });
      // Straight on to the key backup: the keys exist from now on, and only a backup survives a lost disk.
      // Opened at its key section (last on the page, below the fold at 1024 px), where the backup is made.
      // (A TUK station's admin finds the key backup on the home: the LSP's bundles screen needs an LSP.)
      window.location.hash = kind === 'lsp' ? '#/bundles/keys' : '#/';
      onSetUp(result);
    } catch (err) {
      setError(toUiError(err));
      setSubmitting(false);
    }
  };

  return (
    <SignedOutFrame>
      <main id="main" className="signin-main">
        <div className="signin-card" data-testid="setup-screen">
          <h1 className="signin-card__title">{t('setup.title')}</h1>
          <p className="signin-form__hint">{t('setup.intro')}</p>
          <RestoreHint />
          <form className="signin-form" data-testid="setup-form" onSubmit={(event) => void submit(event)} noValidate>
            <fieldset className="field">
              <legend className="field__label">{t('setup.kind')}</legend>
              {INSTALLATION_KINDS.map((k) => (
                <label key={k}>
                  <input type="radio" name="kind" value={k} data-testid={`setup-kind-${k}`} checked={kind === k} onChange={() => setKind(k)} />{' '}
                  {t(KIND_LABEL[k])}
                </label>
              ))}
            </fieldset>
            {kind === 'lsp' ? (
              <>
                <TextField label={t('setup.lspName')} testId="setup-lsp-name" value={lspName} onChange={setLspName} {...required('lspName')} />
                {/* In capitals as typed, as the core stores it and the certificate numbers print it. */}
                <TextField
                  label={t('setup.lspCode')}
                  testId="setup-lsp-code"
                  value={lspCode}
                  onChange={(value) => setLspCode(value.toUpperCase())}
                  hint={lspCodeRule}
                  {...required('lspCode')}
                />
                <TextField label={t('setup.licenceNo')} testId="setup-licence" value={licenceNo} onChange={setLicenceNo} {...required('licenceNo')} />
              </>
            ) : (
              <>
                <TextField label={t('setup.tukName')} testId="setup-tuk-name" value={tukName} onChange={setTukName} {...required('tukName')} />
                <label className="field">
                  <span className="field__label">{t('setup.tukType')}</span>
                  <select className="field__input" data-testid="setup-tuk-type" value={tukType} onChange={(e) => setTukType(TUK_TYPES.find((x) => x === e.target.value) ?? 'sewaktu')}>
                    {TUK_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(TUK_TYPE_LABEL[type])}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span className="field__label">{t('setup.tukZone')}</span>
                  <select className="field__input" data-testid="setup-tuk-zone" value={tukZone} onChange={(e) => setTukZone(TUK_ZONES.find((x) => x === e.target.value) ?? 'WIB')}>
                    {TUK_ZONES.map((zone) => (
                      <option key={zone} value={zone}>
                        {t(TUK_ZONE_LABEL[zone])}
                      </option>
                    ))}
                  </select>
                  <span className="field__hint">{t('setup.tukZoneHint')}</span>
                </label>
              </>
            )}
            <h2 className="field__label">{t('setup.adminHeading')}</h2>
            <TextField label={t('setup.adminName')} testId="setup-admin-name" value={displayName} onChange={setDisplayName} {...required('displayName')} />
            <TextField label={t('signIn.username')} testId="setup-admin-username" value={username} onChange={setUsername} autoComplete="username" hint={usernameRule} {...required('username')} />
            <TextField label={t('signIn.password')} testId="setup-password" value={password} onChange={setPassword} secret {...secretField('password')} />
            <TextField label={t('setup.confirmPassword')} testId="setup-password-confirm" value={confirm} onChange={setConfirm} secret {...secretField('confirm')} />
            <p className="signin-form__hint">{t('setup.passwordRule', { min: PASSWORD_MIN_LENGTH })}</p>
            {/* Beside the button, where the eye is after pressing it: above the form it was out of sight. */}
            {error && <ErrorMessage error={error} badArgs={t('accounts.refused')} />}
            <button type="submit" className="button button--primary" data-testid="setup-submit" disabled={submitting}>
              {submitting ? t('setup.submitting') : t('setup.submit')}
            </button>
          </form>
        </div>
      </main>
    </SignedOutFrame>
  );
}
