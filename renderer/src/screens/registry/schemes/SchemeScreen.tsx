import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHEME_KINDS } from '../../../../../electron/shared/types';
import type { SchemeDetail, SchemeInput } from '../../../../../electron/shared/registry';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { SCHEME_KIND_LABEL } from '../../../i18n/domain-labels';
import { useFormat } from '../../../i18n/use-format';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { ActiveToggle } from '../ActiveToggle';
import { fieldErrorsOf } from '../field-errors';
import { orNull, text } from '../form-values';
import { RecordForm } from '../RecordForm';
import { RegistryField, RegistrySelect } from '../RegistryField';
import { RegistryPage } from '../RegistryPage';
import { useFormState } from '../use-form-state';
import { unitsDraft, unitsInput, type UnitDraft } from './draft';
import { SchemeTreeEditor } from './SchemeTreeEditor';
import { SchemeVersions } from './SchemeVersions';
import { SchemePolicyPanel } from './SchemePolicyPanel';
import { navigate, useRoute, useRouteId } from '../../../navigation/hash-route';
import { HistoryLink } from '../../audit/HistoryLink';
import { listHref } from '../../../navigation/use-route-filters';

const LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The version a save just created: the page moves to its id and says so there (one notice, then gone). */
let justVersioned: { id: string; version: number } | null = null;

/** `#/schemes/<id>`: one scheme version with its tree; a frozen one saves into a new version. */
export function SchemeScreen() {
  const id = useRouteId();
  return id === 'new' ? <NewScheme /> : <ExistingScheme key={id} schemeId={id} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a href={listHref('schemes')} data-testid="back-to-list">
      {t('registryScreens.record.back')}
    </a>
  );
}

function NewScheme() {
  const { t } = useTranslation();
  return (
    <RegistryPage kind="schemes" testId="scheme-screen" title={t('registryScreens.schemes.newTitle')} actions={<BackLink />}>
      <Section title={t('registryScreens.schemes.newTitle')}>
        <SchemeForm scheme={null} onSaved={(saved) => navigate(`schemes/${encodeURIComponent(saved.id)}`)} />
      </Section>
    </RegistryPage>
  );
}

function ExistingScheme({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { state, reload } = useLoad('schemes/get', { schemeId });
  // `#/schemes/<id>/kbli`: sent here to fill in the KBLI code (a certificate was skipped without one).
  const kbliAsked = useRoute().split('/')[2] === 'kbli';
  // A save of a frozen scheme lands in a new version with its own id: the page moves there and says so.
  const [newVersion] = useState<number | null>(() => {
    const flash = justVersioned?.id === schemeId ? justVersioned.version : null;
    justVersioned = null;
    return flash;
  });
  const [savedHere, setSavedHere] = useState(false);
  const title = state.status === 'ready' ? f.title(state.data) : t('registryScreens.schemes.title');
  return (
    <RegistryPage kind="schemes" testId="scheme-screen" title={title} actions={<><HistoryLink entity="scheme" id={schemeId} /> <BackLink /></>}>
      <LoadView state={state} onRetry={reload}>
        {(scheme) => (
          <>
            <p className="registry-facts">
              <span className="mono" data-testid="scheme-code">{scheme.code}</span> · {t('registryScreens.schemes.version')} <span data-testid="scheme-version">{scheme.version}</span>
              {' · '}
              <a href={`#/bank/${encodeURIComponent(scheme.id)}`} data-testid="scheme-bank">
                {t('bankScreens.link')}
              </a>
            </p>
            {newVersion !== null && (
              <p className="notice notice--success" role="status" data-testid="scheme-new-version">
                {t('registryScreens.schemes.newVersion', { version: newVersion })}
              </p>
            )}
            {!scheme.latest && <OlderVersionNotice scheme={scheme} />}
            {scheme.frozen && scheme.latest && (
              <p className="notice notice--info" data-testid="scheme-frozen">
                {t('registryScreens.schemes.frozen')}
              </p>
            )}
            <ActiveToggle
              name={f.title(scheme)}
              active={scheme.active}
              onToggle={async (active) => {
                await client.call('schemes/setActive', { schemeId, active });
                reload();
              }}
            />
            <Section title={f.title(scheme)}>
              <SchemeForm
                // Nodes the save added come back with ids: the editor starts again from the saved tree.
                key={treeSignature(scheme)}
                scheme={scheme}
                savedBefore={savedHere}
                onSaved={(saved, isNewVersion) => {
                  if (isNewVersion) {
                    justVersioned = { id: saved.id, version: saved.version };
                    navigate(`schemes/${encodeURIComponent(saved.id)}`);
                  } else {
                    setSavedHere(true);
                    reload();
                  }
                }}
              />
            </Section>
            <Section title={t('registryScreens.schemes.versions')}>
              <SchemeVersions scheme={scheme} />
            </Section>
            <SchemePolicyPanel schemeCode={scheme.code} focusKbli={kbliAsked} />
          </>
        )}
      </LoadView>
    </RegistryPage>
  );
}

/**
 * An older version is read-only (the core refuses its save, SCHEME_NOT_LATEST): a save would make the
 * newest version out of this older text and drop what the versions after it changed.
 */
function OlderVersionNotice({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const newest = scheme.versions.reduce<SchemeDetail['versions'][number] | null>((best, v) => (best === null || v.version > best.version ? v : best), null);
  return (
    <p className="notice notice--info" data-testid="scheme-older">
      {t('registryScreens.schemes.olderVersion')}{' '}
      {newest && newest.id !== scheme.id && (
        <a href={`#/schemes/${encodeURIComponent(newest.id)}`} data-testid="scheme-open-latest">
          {t('registryScreens.schemes.openLatest', { version: newest.version })}
        </a>
      )}
    </p>
  );
}

type FormProps = { scheme: SchemeDetail | null; savedBefore?: boolean; onSaved: (saved: SchemeDetail, newVersion: boolean) => void };

/** Every node's id in order: it changes when a save adds, removes or moves a node. */
function treeSignature(scheme: SchemeDetail): string {
  return scheme.units.map((u) => `${u.id}(${u.elements.map((e) => `${e.id}[${e.kuk.map((k) => k.id).join(',')}]`).join(',')})`).join(',');
}

function SchemeForm({ scheme, savedBefore = false, onSaved }: FormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(savedBefore);
  const [units, setUnits] = useState<UnitDraft[]>(() => unitsDraft(scheme));
  const { values, field } = useFormState({
    code: text(scheme?.code),
    titleId: text(scheme?.titleId),
    titleEn: text(scheme?.titleEn),
    kind: text(scheme?.kind) || 'kkni',
    level: scheme?.level === null || scheme?.level === undefined ? '' : String(scheme.level),
    skkni: text(scheme?.skkni),
    approvedOn: text(scheme?.approvedOn),
  });
  const unsaved = useUnsavedChanges({ values, units });
  const errors = fieldErrorsOf(error);

  const submit = () => {
    setSaved(false);
    const sent = { values, units };
    const input: SchemeInput = {
      code: values.code.trim(),
      kind: SCHEME_KINDS.find((k) => k === values.kind) ?? 'kkni',
      level: values.level === '' ? null : Number(values.level),
      skkni: values.skkni,
      titleId: values.titleId,
      titleEn: orNull(values.titleEn),
      approvedOn: orNull(values.approvedOn),
      units: unitsInput(units),
    };
    void run(async () => {
      if (scheme) {
        const result = await client.call('schemes/update', { schemeId: scheme.id, scheme: input, revision: scheme.revision });
        unsaved.markSaved(sent);
        setSaved(!result.newVersion);
        onSaved(result.scheme, result.newVersion);
      } else {
        const created = await client.call('schemes/create', { scheme: input });
        unsaved.markSaved(sent);
        onSaved(created, false);
      }
    });
  };

  const f = (name: keyof typeof values) => ({ name, value: values[name], onChange: field(name), errors });
  return (
    <RecordForm
      isNew={scheme === null}
      busy={busy}
      error={error}
      saved={saved}
      onSubmit={submit}
      testId="scheme-form"
      readOnly={scheme !== null && !scheme.latest}
      // The button itself says a frozen scheme's save makes a new version: the notice at the top was out of sight down here.
      submitLabel={scheme?.frozen ? t('registryScreens.schemes.saveNewVersion', { version: Math.max(scheme.version, ...scheme.versions.map((v) => v.version)) + 1 }) : undefined}
    >
      <RegistryField {...f('code')} label={t('registryScreens.schemes.code')} mono />
      <RegistrySelect {...f('kind')} label={t('registryScreens.schemes.kind')} options={SCHEME_KINDS.map((k) => ({ value: k, label: t(SCHEME_KIND_LABEL[k]) }))} />
      <RegistrySelect
        {...f('level')}
        label={t('registryScreens.schemes.level')}
        options={[{ value: '', label: t('registryScreens.schemes.levelNone') }, ...LEVELS.map((l) => ({ value: l, label: l }))]}
      />
      <RegistryField {...f('approvedOn')} label={t('registryScreens.schemes.approvedOn')} type="date" optional />
      <RegistryField {...f('titleId')} label={t('registryScreens.schemes.titleId')} className="registry-form__wide" />
      <RegistryField {...f('titleEn')} label={t('registryScreens.schemes.titleEn')} optional className="registry-form__wide" />
      <RegistryField {...f('skkni')} label={t('registryScreens.schemes.skkni')} className="registry-form__wide" />
      <fieldset className="registry-form__wide scheme-tree__frame">
        <legend className="field__label">{t('registryScreens.schemes.tree')}</legend>
        <SchemeTreeEditor units={units} onChange={setUnits} errors={errors} />
      </fieldset>
    </RecordForm>
  );
}
