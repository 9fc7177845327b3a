import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../../api/client-errors';
import type { CandidateDetail, CandidateInput } from '../../../../../electron/shared/registry';
import { useLoad } from '../../../api/use-load';
import type { CodeList } from '../../../../../electron/shared/code-names';
import { useRun } from '../../../api/use-run';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { ActiveToggle } from '../ActiveToggle';
import { DeactivateRefusal } from './DeactivateRefusal';
import { fieldErrorsOf } from '../field-errors';
import { FIELD_REASON_LABEL } from '../field-reasons';
import { orNull, text } from '../form-values';
import { RecordForm } from '../RecordForm';
import { RegistryField, RegistrySelect } from '../RegistryField';
import { RegistryPage } from '../RegistryPage';
import { CandidateApl } from '../../scheduling/apl/CandidateApl';
import { CandidatePhoto } from './CandidatePhoto';
import { CandidateSessions } from './CandidateSessions';
import { bnspRequires } from '../../../../../electron/shared/certificates';
import { sexOf, sexOptions } from '../sex-options';
import { useFormState } from '../use-form-state';
import { navigate, useRouteId } from '../../../navigation/hash-route';
import { HistoryLink } from '../../audit/HistoryLink';
import { listHref } from '../../../navigation/use-route-filters';

/** `#/candidates/<id>`: one candidate with every field BNSP asks for; `#/candidates/new` a new one. */
export function CandidateScreen() {
  const id = useRouteId();
  return id === 'new' ? <NewCandidate /> : <ExistingCandidate key={id} candidateId={id} />;
}

function NewCandidate() {
  const { t } = useTranslation();
  return (
    <RegistryPage kind="candidates" testId="candidate-screen" title={t('registryScreens.candidates.newTitle')} actions={<BackLink />}>
      <Section title={t('registryScreens.candidates.newTitle')}>
        <CandidateForm candidate={null} onSaved={(saved) => navigate(`candidates/${encodeURIComponent(saved.id)}`)} />
      </Section>
    </RegistryPage>
  );
}

function ExistingCandidate({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const { state, reload } = useLoad('candidates/get', { candidateId });
  const title = state.status === 'ready' ? state.data.name : t('registryScreens.candidates.title');
  return (
    <RegistryPage kind="candidates" testId="candidate-screen" title={title} actions={<><HistoryLink entity="candidate" id={candidateId} /> <BackLink /></>}>
      <LoadView state={state} onRetry={reload}>
        {(candidate) => (
          <>
            <p className="registry-facts">
              {t('registryScreens.candidates.participantNo')}: <span className="mono" data-testid="candidate-participant-no">{candidate.participantNo}</span>
              {/* A candidate coming back for re-certification: the page said nothing of the certificate they hold. */}
              {candidate.nik ? (
                <>
                  {' · '}
                  <a href={`#/certificates?search=${encodeURIComponent(candidate.nik)}`} data-testid="candidate-certificates">
                    {t('registryScreens.candidates.certificates')}
                  </a>
                </>
              ) : null}
            </p>
            <ActiveToggle
              name={candidate.name}
              active={candidate.active}
              onToggle={async (active) => {
                await client.call('candidates/setActive', { candidateId, active });
                reload();
              }}
              refusal={(error) => <DeactivateRefusal error={error} />}
            />
            <CandidateSessions candidateId={candidateId} />
            <CandidateApl candidateId={candidateId} />
            <Section title={t('registryScreens.candidates.photo.title')}>
              <CandidatePhoto candidate={candidate} onChanged={reload} />
            </Section>
            <Section title={candidate.name}>
              <CandidateForm candidate={candidate} onSaved={reload} />
            </Section>
          </>
        )}
      </LoadView>
    </RegistryPage>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a href={listHref('candidates')} data-testid="back-to-list">
      {t('registryScreens.record.back')}
    </a>
  );
}

function CandidateForm({ candidate, onSaved }: { candidate: CandidateDetail | null; onSaved: (saved: CandidateDetail) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const { values, field } = useFormState({
    name: text(candidate?.name),
    nik: text(candidate?.nik),
    birthPlace: text(candidate?.birthPlace),
    birthDate: text(candidate?.birthDate),
    sex: text(candidate?.sex),
    address: text(candidate?.address),
    regencyCode: text(candidate?.regencyCode),
    provinceCode: text(candidate?.provinceCode),
    phone: text(candidate?.phone),
    email: text(candidate?.email),
    educationCode: text(candidate?.educationCode),
    occupationCode: text(candidate?.occupationCode),
    institution: text(candidate?.institution),
  });
  const unsaved = useUnsavedChanges(values);
  const errors = fieldErrorsOf(error);

  const submit = (differentPerson = false) => {
    setSaved(false);
    const sent = values;
    const input: CandidateInput = {
      name: values.name,
      nik: values.nik.trim(),
      birthPlace: orNull(values.birthPlace),
      birthDate: orNull(values.birthDate),
      sex: sexOf(values.sex),
      address: orNull(values.address),
      regencyCode: orNull(values.regencyCode),
      provinceCode: orNull(values.provinceCode),
      phone: orNull(values.phone),
      email: orNull(values.email),
      educationCode: orNull(values.educationCode),
      occupationCode: orNull(values.occupationCode),
      institution: orNull(values.institution),
      // The photo is attached elsewhere; the form keeps whatever is recorded.
      photoSha256: candidate?.photoSha256 ?? null,
    };
    // Sent only once the admin said so, in answer to CANDIDATE_LIKELY_DUPLICATE.
    const asked = differentPerson ? { differentPerson } : {};
    void run(async () => {
      const result = candidate
        ? await client.call('candidates/update', { candidateId: candidate.id, candidate: input, revision: candidate.revision, ...asked })
        : await client.call('candidates/create', { candidate: input, ...asked });
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved(result);
    });
  };

  const f = (name: keyof typeof values) => ({ name, value: values[name], onChange: field(name), errors });
  // A code field offers the codes the LSP named (registry/codeNames) and says the typed one's name.
  const names = useLoad('registry/codeNames', {}).state;
  const coded = (name: keyof typeof values, list: CodeList, hint?: string) => {
    const known = names.status === 'ready' ? names.data[list] : [];
    const named = known.find((n) => n.code === values[name].trim())?.name;
    return {
      suggestions: known.map((n) => ({ value: n.code, label: n.name })),
      hint: named ? t('registryScreens.codeNames.named', { name: named }) : hint,
    };
  };
  // The form takes a record without them; the BNSP upload does not, so the label says so now rather than at the pleno.
  const optionalFor = (name: keyof typeof values) => (bnspRequires(name) ? 'bnsp' : true);
  return (
    <RecordForm
      isNew={candidate === null}
      busy={busy}
      error={error}
      saved={saved}
      onSubmit={() => submit()}
      testId="candidate-form"
      problemActions={error?.code === 'CANDIDATE_LIKELY_DUPLICATE' ? <NamesakeActions error={error} onDifferentPerson={() => submit(true)} /> : null}
    >
      <RegistryField {...f('name')} label={t('registryScreens.candidates.name')} className="registry-form__wide" />
      <RegistryField {...f('nik')} label={t('registryScreens.candidates.nik')} hint={t('registryScreens.candidates.nikHint')} inputMode="numeric" mono />
      {/* Someone already registered (back for re-certification): the refusal alone left the admin to go and look. */}
      {errors.get('nik') === FIELD_REASON_LABEL.nik_taken ? (
        <p className="registry-form__wide">
          <a href={`#/candidates?search=${encodeURIComponent(values.nik.trim())}`} data-testid="nik-taken-open">
            {t('registryScreens.candidates.nikTakenOpen')}
          </a>
        </p>
      ) : null}
      <RegistryField {...f('birthPlace')} label={t('registryScreens.candidates.birthPlace')} optional={optionalFor('birthPlace')} />
      <RegistryField {...f('birthDate')} label={t('registryScreens.candidates.birthDate')} type="date" optional={optionalFor('birthDate')} />
      <RegistrySelect {...f('sex')} label={t('registryScreens.candidates.sex')} options={sexOptions(t)} />
      <RegistryField {...f('address')} label={t('registryScreens.candidates.address')} optional={optionalFor('address')} className="registry-form__wide" />
      <RegistryField
        {...f('provinceCode')}
        {...coded('provinceCode', 'province', t('registryScreens.candidates.provinceHint'))}
        label={t('registryScreens.candidates.provinceCode')}
        inputMode="numeric"
        optional={optionalFor('provinceCode')}
        mono
      />
      <RegistryField
        {...f('regencyCode')}
        {...coded('regencyCode', 'regency', t('registryScreens.candidates.regencyHint'))}
        label={t('registryScreens.candidates.regencyCode')}
        inputMode="numeric"
        optional={optionalFor('regencyCode')}
        mono
      />
      <RegistryField {...f('phone')} label={t('registryScreens.candidates.phone')} type="tel" optional={optionalFor('phone')} />
      <RegistryField {...f('email')} label={t('registryScreens.candidates.email')} type="email" optional={optionalFor('email')} />
      <RegistryField {...f('educationCode')} {...coded('educationCode', 'education')} label={t('registryScreens.candidates.educationCode')} optional={optionalFor('educationCode')} mono />
      <RegistryField {...f('occupationCode')} {...coded('occupationCode', 'occupation')} label={t('registryScreens.candidates.occupationCode')} optional={optionalFor('occupationCode')} mono />
      <p className="registry-form__wide small">
        <a href="#/code-names" data-testid="candidate-code-names">
          {t('registryScreens.codeNames.link')}
        </a>
      </p>
      <RegistryField {...f('institution')} label={t('registryScreens.candidates.institution')} optional={optionalFor('institution')} className="registry-form__wide" />
    </RecordForm>
  );
}

/**
 * Under CANDIDATE_LIKELY_DUPLICATE: the namesake's record to open (a NIK typed wrong makes a second record of
 * someone), or the same save again, said to be someone else.
 */
function NamesakeActions({ error, onDifferentPerson }: { error: UiError; onDifferentPerson: () => void }) {
  const { t } = useTranslation();
  const { candidateId, name } = error.params;
  return (
    <p className="registry-form__actions" data-testid="namesake-actions">
      {typeof candidateId === 'string' ? (
        <a href={`#/candidates/${encodeURIComponent(candidateId)}`} data-testid="namesake-open">
          {t('registryScreens.candidates.namesakeOpen', { name: String(name ?? '') })}
        </a>
      ) : null}{' '}
      <button type="button" className="button" onClick={onDifferentPerson} data-testid="namesake-save-anyway">
        {t('registryScreens.candidates.namesakeSaveAnyway')}
      </button>
    </p>
  );
}
