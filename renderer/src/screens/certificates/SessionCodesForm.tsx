import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionBnspCodes } from '../../../../electron/shared/certificates';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadView } from '../../components/LoadView';
import { useClient } from '../../session/SessionProvider';
import { NO_FIELD_ERRORS } from '../registry/field-errors';
import { RegistryField } from '../registry/RegistryField';

/** One session's BNSP codes (Kode Jadwal, Sumber Anggaran, Kementrian): the BNSP sheet needs all three. */
export function SessionCodesForm({ sessionId, sessionCode }: { sessionId: string; sessionCode: string }) {
  const { state, reload } = useLoad('certificates/sessionCodes', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(codes) => <CodesForm key={JSON.stringify(codes)} sessionId={sessionId} sessionCode={sessionCode} codes={codes} />}
    </LoadView>
  );
}

type Values = Record<keyof SessionBnspCodes, string>;

function CodesForm({ sessionId, sessionCode, codes }: { sessionId: string; sessionCode: string; codes: SessionBnspCodes }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState<Values>({ scheduleCode: codes.scheduleCode ?? '', fundingCode: codes.fundingCode ?? '', ministryCode: codes.ministryCode ?? '' });
  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    errors: NO_FIELD_ERRORS,
    mono: true,
    onChange: (v: string) => {
      setSaved(false);
      setValues((old) => ({ ...old, [name]: v }));
    },
  });
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      const next = await client.call('certificates/setSessionCodes', {
        sessionId,
        codes: { scheduleCode: orNull(values.scheduleCode), fundingCode: orNull(values.fundingCode), ministryCode: orNull(values.ministryCode) },
      });
      setValues({ scheduleCode: next.scheduleCode ?? '', fundingCode: next.fundingCode ?? '', ministryCode: next.ministryCode ?? '' });
      setSaved(true);
    });
  };
  return (
    <form className="registry-form" data-testid="session-codes" data-session={sessionCode} onSubmit={submit} noValidate>
      <fieldset className="registry-form__grid">
        <legend className="mono">{sessionCode}</legend>
        <RegistryField {...field('scheduleCode')} label={t('certificateScreens.codes.scheduleCode')} />
        <RegistryField {...field('fundingCode')} label={t('certificateScreens.codes.fundingCode')} />
        <RegistryField {...field('ministryCode')} label={t('certificateScreens.codes.ministryCode')} />
      </fieldset>
      {error && <ErrorMessage error={error} />}
      {saved && !error && (
        <p className="notice notice--success" role="status" data-testid="codes-saved">{t('certificateScreens.codes.saved')}</p>
      )}
      <div className="registry-form__actions">
        <button type="submit" className="button button--secondary" disabled={busy} data-testid="codes-save">
          {t('certificateScreens.codes.save')}
        </button>
      </div>
    </form>
  );
}
