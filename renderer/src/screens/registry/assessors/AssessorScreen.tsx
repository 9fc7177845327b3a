import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessorDetail, AssessorInput } from '../../../../../electron/shared/registry';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { ActiveToggle } from '../ActiveToggle';
import { fieldErrorsOf } from '../field-errors';
import { orNull, text } from '../form-values';
import { RecordForm } from '../RecordForm';
import { RegistryField, RegistrySelect } from '../RegistryField';
import { RegistryPage } from '../RegistryPage';
import { sexOf, sexOptions } from '../sex-options';
import { useFormState } from '../use-form-state';
import { ExpiryBadges, hasExpiryBadge } from './ExpiryBadges';
import { SessionBreaks } from './SessionBreaks';
import { SchemeChoice } from './SchemeChoice';
import { navigate, useRouteId } from '../../../navigation/hash-route';
import { HistoryLink } from '../../audit/HistoryLink';
import { listHref } from '../../../navigation/use-route-filters';

/** `#/assessors/<id>`: one assessor, the schemes they may assess, a loan letter, their sign-in account. */
export function AssessorScreen() {
  const id = useRouteId();
  return id === 'new' ? <NewAssessor /> : <ExistingAssessor key={id} assessorId={id} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a href={listHref('assessors')} data-testid="back-to-list">
      {t('registryScreens.record.back')}
    </a>
  );
}

function NewAssessor() {
  const { t } = useTranslation();
  return (
    <RegistryPage kind="assessors" testId="assessor-screen" title={t('registryScreens.assessors.newTitle')} actions={<BackLink />}>
      <Section title={t('registryScreens.assessors.newTitle')}>
        <AssessorForm assessor={null} onSaved={(saved) => navigate(`assessors/${encodeURIComponent(saved.id)}`)} />
      </Section>
    </RegistryPage>
  );
}

function ExistingAssessor({ assessorId }: { assessorId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const { state, reload } = useLoad('assessors/get', { assessorId });
  const title = state.status === 'ready' ? state.data.name : t('registryScreens.assessors.title');
  return (
    <RegistryPage kind="assessors" testId="assessor-screen" title={title} actions={<><HistoryLink entity="assessor" id={assessorId} /> <BackLink /></>}>
      <LoadView state={state} onRetry={reload}>
        {(assessor) => (
          <>
            <SessionBreaks breaks={assessor.sessionBreaks} />
            {/* Beside the status, not on a line of their own: with none to show, that line stood empty between the links and the status. */}
            <ActiveToggle
              name={assessor.name}
              active={assessor.active}
              badges={hasExpiryBadge(assessor) ? <ExpiryBadges assessor={assessor} /> : null}
              onToggle={async (active) => {
                await client.call('assessors/setActive', { assessorId, active });
                reload();
              }}
            />
            <Section title={t('registryScreens.assessors.account')}>
              {/* Accounts are made on the staff accounts screen, which finds this record by name or MET number (never by its id). */}
              <p data-testid="assessor-account">
                {assessor.accountId ? t('registryScreens.assessors.accountLinked') : t('registryScreens.assessors.accountNone', { metNumber: assessor.metNumber })}{' '}
                <a href="#/accounts" data-testid="link-accounts">{t('registryScreens.assessors.accountsLink')}</a>
              </p>
            </Section>
            <Section title={assessor.name}>
              <AssessorForm assessor={assessor} onSaved={reload} />
            </Section>
          </>
        )}
      </LoadView>
    </RegistryPage>
  );
}

function AssessorForm({ assessor, onSaved }: { assessor: AssessorDetail | null; onSaved: (saved: AssessorDetail) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [loaned, setLoaned] = useState(Boolean(assessor?.homeLsp));
  const [schemeCodes, setSchemeCodes] = useState<string[]>(assessor?.schemeCodes ?? []);
  const { values, field } = useFormState({
    name: text(assessor?.name),
    nik: text(assessor?.nik),
    birthPlace: text(assessor?.birthPlace),
    birthDate: text(assessor?.birthDate),
    sex: text(assessor?.sex),
    address: text(assessor?.address),
    city: text(assessor?.city),
    province: text(assessor?.province),
    phone: text(assessor?.phone),
    email: text(assessor?.email),
    metNumber: text(assessor?.metNumber),
    metExpiresOn: text(assessor?.metExpiresOn),
    techCertNumber: text(assessor?.techCertNumber),
    techCertExpiresOn: text(assessor?.techCertExpiresOn),
    homeLsp: text(assessor?.homeLsp),
    loanLetterNo: text(assessor?.loanLetterNo),
    loanLetterDate: text(assessor?.loanLetterDate),
  });
  // The schemes are a set: a code ticked off and on again moves to the end of the list, yet nothing changed.
  const edited = { values, loaned, schemeCodes: [...schemeCodes].sort() };
  const unsaved = useUnsavedChanges(edited);
  const errors = fieldErrorsOf(error);

  const submit = () => {
    setSaved(false);
    const sent = edited;
    const input: AssessorInput = {
      name: values.name,
      nik: orNull(values.nik.trim()),
      birthPlace: orNull(values.birthPlace),
      birthDate: orNull(values.birthDate),
      sex: sexOf(values.sex),
      address: orNull(values.address),
      city: orNull(values.city),
      province: orNull(values.province),
      phone: orNull(values.phone),
      email: orNull(values.email),
      metNumber: values.metNumber,
      metExpiresOn: values.metExpiresOn,
      techCertNumber: orNull(values.techCertNumber),
      techCertExpiresOn: orNull(values.techCertExpiresOn),
      // An own assessor carries no loan letter: the fields are cleared rather than kept hidden.
      homeLsp: loaned ? orNull(values.homeLsp) : null,
      loanLetterNo: loaned ? orNull(values.loanLetterNo) : null,
      loanLetterDate: loaned ? orNull(values.loanLetterDate) : null,
      schemeCodes,
    };
    void run(async () => {
      const result = assessor
        ? await client.call('assessors/update', { assessorId: assessor.id, assessor: input, revision: assessor.revision })
        : await client.call('assessors/create', { assessor: input });
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved(result);
    });
  };

  const f = (name: keyof typeof values) => ({ name, value: values[name], onChange: field(name), errors });
  return (
    <RecordForm isNew={assessor === null} busy={busy} error={error} saved={saved} onSubmit={submit} testId="assessor-form">
      <RegistryField {...f('name')} label={t('registryScreens.assessors.name')} className="registry-form__wide" />
      <RegistryField {...f('nik')} label={t('registryScreens.assessors.nik')} inputMode="numeric" optional mono />
      <RegistryField {...f('birthPlace')} label={t('registryScreens.assessors.birthPlace')} optional />
      <RegistryField {...f('birthDate')} label={t('registryScreens.assessors.birthDate')} type="date" optional />
      <RegistrySelect {...f('sex')} label={t('registryScreens.assessors.sex')} options={sexOptions(t)} />
      <RegistryField {...f('address')} label={t('registryScreens.assessors.address')} optional className="registry-form__wide" />
      <RegistryField {...f('city')} label={t('registryScreens.assessors.city')} optional />
      <RegistryField {...f('province')} label={t('registryScreens.assessors.province')} optional />
      <RegistryField {...f('phone')} label={t('registryScreens.assessors.phone')} type="tel" optional />
      <RegistryField {...f('email')} label={t('registryScreens.assessors.email')} type="email" optional />
      <RegistryField {...f('metNumber')} label={t('registryScreens.assessors.metNumber')} mono />
      <RegistryField {...f('metExpiresOn')} label={t('registryScreens.assessors.metExpiresOn')} type="date" />
      <RegistryField {...f('techCertNumber')} label={t('registryScreens.assessors.techCertNumber')} optional mono />
      <RegistryField {...f('techCertExpiresOn')} label={t('registryScreens.assessors.techCertExpiresOn')} type="date" optional />
      <label className="checkbox registry-form__wide">
        <input type="checkbox" data-testid="field-loaned" checked={loaned} onChange={(event) => setLoaned(event.target.checked)} /> {t('registryScreens.assessors.loaned')}
      </label>
      {loaned && (
        <>
          <RegistryField {...f('homeLsp')} label={t('registryScreens.assessors.homeLsp')} />
          <RegistryField {...f('loanLetterNo')} label={t('registryScreens.assessors.loanLetterNo')} mono />
          <RegistryField {...f('loanLetterDate')} label={t('registryScreens.assessors.loanLetterDate')} type="date" />
        </>
      )}
      <SchemeChoice value={schemeCodes} onChange={setSchemeCodes} errors={errors} />
    </RecordForm>
  );
}
