import { useTranslation } from 'react-i18next';
import type { BankItem, BankSaved } from '../../../../electron/shared/bank';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { BankPage } from './BankPage';
import { BenchmarkEditor } from './BenchmarkEditor';
import { ItemEditor } from './ItemEditor';
import { ItemImages } from './ItemImages';
import { ItemStatus } from './ItemStatus';
import { NewEntryEditor, useNewEntry } from './NewEntryEditor';
import { useScheme } from './use-scheme';
import { navigate, useRouteId } from '../../navigation/hash-route';

const opened = (saved: BankSaved) => navigate(`bank-item/${encodeURIComponent(saved.item.id)}`);

function BackLink({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation();
  return (
    <a href={`#/bank/${encodeURIComponent(schemeId)}`} data-testid="back-to-list">
      {t('bankScreens.item.back')}
    </a>
  );
}

/** `#/bank-new/<schemeId>`: a new question or observation benchmark of that scheme version. */
export function BankNewScreen() {
  const schemeId = useRouteId();
  // Another scheme's new entry starts afresh: the KUK chosen belong to one scheme version.
  return <NewEntryPage key={schemeId} schemeId={schemeId} />;
}

function NewEntryPage({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useScheme(schemeId);
  const newEntry = useNewEntry();
  return (
    <BankPage
      schemeId={schemeId}
      current="item"
      testId="bank-item-screen"
      title={newEntry.entry.kind === 'observation' ? t('bankScreens.item.newBenchmarkTitle') : t('bankScreens.item.newTitle')}
      actions={<BackLink schemeId={schemeId} />}
    >
      <LoadView state={state} onRetry={reload}>
        {(scheme) => (
          <NewEntryEditor scheme={scheme} {...newEntry} onSaved={opened}>
            <p className="muted small" data-testid="bank-images-later">
              {t('bankScreens.images.saveFirst')}
            </p>
          </NewEntryEditor>
        )}
      </LoadView>
    </BankPage>
  );
}

/** `#/bank-item/<id>`: one question or benchmark, its status and history, images and preview. */
export function BankItemScreen() {
  const itemId = useRouteId();
  return <ExistingEntry key={itemId} itemId={itemId} />;
}

function ExistingEntry({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('bank/get', { itemId });
  const item = state.status === 'ready' ? state.data : null;
  return (
    <BankPage
      schemeId={item?.schemeId ?? null}
      current="item"
      testId="bank-item-screen"
      title={item ? `${item.ref}` : t('bankScreens.picker.title')}
      actions={item && <BackLink schemeId={item.schemeId} />}
    >
      <LoadView state={state} onRetry={reload}>
        {(entry) => <EntryWithScheme entry={entry} onChanged={reload} />}
      </LoadView>
    </BankPage>
  );
}

function EntryWithScheme({ entry, onChanged }: { entry: BankItem; onChanged: () => void }) {
  const { state, reload } = useScheme(entry.schemeId);
  return (
    <LoadView state={state} onRetry={reload}>
      {(scheme) => <Entry scheme={scheme} entry={entry} onChanged={onChanged} />}
    </LoadView>
  );
}

function Entry({ scheme, entry, onChanged }: { scheme: SchemeDetail; entry: BankItem; onChanged: () => void }) {
  const { t } = useTranslation();
  // A used entry's edit is a new draft with its own id: open it; otherwise read the entry again.
  const saved = (result: BankSaved) => (result.item.id !== entry.id ? opened(result) : onChanged());
  // The form keeps what was typed across a save or an image change (the saved notice stays); another entry starts afresh.
  const version = entry.id;
  return (
    <>
      <Section title={t('bankScreens.item.facts')}>
        <ItemStatus item={entry} onChanged={onChanged} />
      </Section>
      {entry.kind === 'observation' ? (
        <BenchmarkEditor key={version} scheme={scheme} item={entry} onSaved={saved} />
      ) : (
        <ItemEditor key={version} scheme={scheme} item={entry} onSaved={saved}>
          <Section title={t('bankScreens.images.title')}>
            <ItemImages item={entry} onSaved={saved} disabled={entry.status === 'retired'} />
          </Section>
        </ItemEditor>
      )}
    </>
  );
}
