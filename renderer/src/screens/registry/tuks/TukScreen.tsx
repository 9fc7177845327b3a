import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TUK_TYPES } from '../../../../../electron/shared/types';
import { machineTukZone, TUK_ZONES } from '../../../../../electron/shared/time-zones';
import type { TukDetail, TukInput } from '../../../../../electron/shared/registry';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { TUK_TYPE_LABEL, TUK_ZONE_LABEL } from '../../../i18n/domain-labels';
import { useFormat } from '../../../i18n/use-format';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { ActiveToggle } from '../ActiveToggle';
import { fieldErrorsOf } from '../field-errors';
import { numberOrNull, orNull, text } from '../form-values';
import { RecordForm } from '../RecordForm';
import { RegistryField, RegistrySelect } from '../RegistryField';
import { RegistryPage } from '../RegistryPage';
import { useFormState } from '../use-form-state';
import { VERIFICATION_RESULT_LABEL, VERIFICATION_STATE_LABEL, VERIFICATION_STATE_TONE } from './labels';
import { VerificationForm } from './VerificationForm';
import { navigate, useRouteId } from '../../../navigation/hash-route';
import { HistoryLink } from '../../audit/HistoryLink';
import { listHref } from '../../../navigation/use-route-filters';

/** `#/tuks/<id>`: one TUK, its verification records and a form to add one. */
export function TukScreen() {
  const id = useRouteId();
  return id === 'new' ? <NewTuk /> : <ExistingTuk key={id} tukId={id} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a href={listHref('tuks')} data-testid="back-to-list">
      {t('registryScreens.record.back')}
    </a>
  );
}

function NewTuk() {
  const { t } = useTranslation();
  return (
    <RegistryPage kind="tuks" testId="tuk-screen" title={t('registryScreens.tuks.newTitle')} actions={<BackLink />}>
      <Section title={t('registryScreens.tuks.newTitle')}>
        <TukForm tuk={null} onSaved={(saved) => navigate(`tuks/${encodeURIComponent(saved.id)}`)} />
      </Section>
    </RegistryPage>
  );
}

function ExistingTuk({ tukId }: { tukId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const { state, reload } = useLoad('tuks/get', { tukId });
  const title = state.status === 'ready' ? state.data.name : t('registryScreens.tuks.title');
  return (
    <RegistryPage kind="tuks" testId="tuk-screen" title={title} actions={<><HistoryLink entity="tuk" id={tukId} /> <BackLink /></>}>
      <LoadView state={state} onRetry={reload}>
        {(tuk) => (
          <>
            <StatusBadge tone={VERIFICATION_STATE_TONE[tuk.verificationState]}>{t(VERIFICATION_STATE_LABEL[tuk.verificationState])}</StatusBadge>
            <ActiveToggle
              name={tuk.name}
              active={tuk.active}
              onToggle={async (active) => {
                await client.call('tuks/setActive', { tukId, active });
                reload();
              }}
            />
            <Section title={tuk.name}>
              <TukForm tuk={tuk} onSaved={reload} />
            </Section>
            <Section title={t('registryScreens.tuks.verifications')}>
              <Verifications tuk={tuk} />
              <h3 className="subheading">{t('registryScreens.tuks.addVerification')}</h3>
              <VerificationForm tuk={tuk} onAdded={reload} />
            </Section>
          </>
        )}
      </LoadView>
    </RegistryPage>
  );
}

function Verifications({ tuk }: { tuk: TukDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (tuk.verifications.length === 0) return <p className="empty">{t('registryScreens.tuks.noVerifications')}</p>;
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="verifications-table">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.tuks.verifiedOn')}</th>
            <th scope="col">{t('registryScreens.tuks.session')}</th>
            <th scope="col">{t('registryScreens.tuks.verifier')}</th>
            <th scope="col">{t('registryScreens.tuks.result')}</th>
            <th scope="col">{t('registryScreens.tuks.note')}</th>
          </tr>
        </thead>
        <tbody>
          {tuk.verifications.map((v) => (
            <tr key={v.id} data-testid="verification-row">
              <td>{f.date(v.verifiedOn)}</td>
              <td data-testid="verification-session">
                {v.sessionId && v.sessionCode ? (
                  <>
                    <a href={`#/sessions/${encodeURIComponent(v.sessionId)}`} className="mono">
                      {v.sessionCode}
                    </a>
                    {v.sessionDate && <span className="muted"> · {f.date(v.sessionDate)}</span>}
                  </>
                ) : (
                  <span className="muted">{t('registryScreens.tuks.sessionNone')}</span>
                )}
              </td>
              <td>{v.verifier}</td>
              <td>
                <StatusBadge tone={v.result === 'fit' ? 'success' : 'danger'}>{t(VERIFICATION_RESULT_LABEL[v.result])}</StatusBadge>
              </td>
              <td>{v.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TukForm({ tuk, onSaved }: { tuk: TukDetail | null; onSaved: (saved: TukDetail) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const { values, field } = useFormState({
    code: text(tuk?.code),
    name: text(tuk?.name),
    type: text(tuk?.type) || 'sewaktu',
    address: text(tuk?.address),
    capacity: tuk?.capacity === null || tuk?.capacity === undefined ? '' : String(tuk.capacity),
    contactName: text(tuk?.contactName),
    contactPhone: text(tuk?.contactPhone),
    // A new TUK starts in this office's zone, the likeliest; the field says what it governs.
    timeZone: tuk?.timeZone ?? machineTukZone() ?? 'WIB',
  });
  const unsaved = useUnsavedChanges(values);
  const errors = fieldErrorsOf(error);

  const submit = () => {
    setSaved(false);
    const sent = values;
    const input: TukInput = {
      code: values.code.trim(),
      name: values.name,
      type: TUK_TYPES.find((k) => k === values.type) ?? 'sewaktu',
      address: orNull(values.address),
      capacity: numberOrNull(values.capacity),
      contactName: orNull(values.contactName),
      contactPhone: orNull(values.contactPhone),
      timeZone: TUK_ZONES.find((z) => z === values.timeZone) ?? 'WIB',
    };
    void run(async () => {
      const result = tuk ? await client.call('tuks/update', { tukId: tuk.id, tuk: input }) : await client.call('tuks/create', { tuk: input });
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved(result);
    });
  };

  const f = (name: keyof typeof values) => ({ name, value: values[name], onChange: field(name), errors });
  return (
    <RecordForm isNew={tuk === null} busy={busy} error={error} saved={saved} onSubmit={submit} testId="tuk-form">
      <RegistryField {...f('code')} label={t('registryScreens.tuks.code')} mono />
      <RegistryField {...f('name')} label={t('registryScreens.tuks.name')} />
      <RegistrySelect {...f('type')} label={t('registryScreens.tuks.type')} options={TUK_TYPES.map((k) => ({ value: k, label: t(TUK_TYPE_LABEL[k]) }))} />
      <RegistrySelect
        {...f('timeZone')}
        label={t('registryScreens.tuks.timeZone')}
        hint={t('registryScreens.tuks.timeZoneHint')}
        options={TUK_ZONES.map((z) => ({ value: z, label: t(TUK_ZONE_LABEL[z]) }))}
      />
      <RegistryField {...f('capacity')} label={t('registryScreens.tuks.capacity')} type="number" inputMode="numeric" optional />
      <RegistryField {...f('address')} label={t('registryScreens.tuks.address')} optional className="registry-form__wide" />
      <RegistryField {...f('contactName')} label={t('registryScreens.tuks.contactName')} optional />
      <RegistryField {...f('contactPhone')} label={t('registryScreens.tuks.contactPhone')} type="tel" optional />
    </RecordForm>
  );
}
