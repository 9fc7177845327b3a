import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BANK_KINDS, type BankSaved } from '../../../../electron/shared/bank';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { BenchmarkForm } from './BenchmarkEditor';
import { ItemForm } from './ItemEditor';
import { KindChoice } from './KindChoice';
import { blankEntry, keptAside, switchKind, unsavedOf, type NewEntry } from './new-entry';

/** A new entry's state, whichever kind is chosen, guarded until it is saved. */
export function useNewEntry() {
  const [entry, setEntry] = useState<NewEntry>(blankEntry);
  const unsaved = useUnsavedChanges(unsavedOf(entry));
  return { entry, setEntry, markSaved: (sent: NewEntry) => unsaved.markSaved(unsavedOf(sent)) };
}

type Props = ReturnType<typeof useNewEntry> & { scheme: SchemeDetail; onSaved: (saved: BankSaved) => void; children?: ReactNode };

/** The form of a new question or benchmark; changing the kind carries the stem and the KUK across and back. */
export function NewEntryEditor({ scheme, entry, setEntry, markSaved, onSaved, children }: Props) {
  const { t } = useTranslation();
  const kindChoice = <KindChoice value={entry.kind} kinds={BANK_KINDS} onChange={(kind) => setEntry(switchKind(entry, kind))} />;
  if (entry.kind === 'observation') {
    return (
      <BenchmarkForm
        scheme={scheme}
        item={null}
        value={entry.benchmark}
        onChange={(benchmark) => setEntry({ ...entry, benchmark })}
        kindChoice={
          <>
            {kindChoice}
            {keptAside(entry.question) && (
              <p className="field__hint" data-testid="bank-kept-aside">
                {t('bankScreens.item.keptAside')}
              </p>
            )}
          </>
        }
        onSaved={(result, benchmark) => {
          // Clean before onSaved opens the new entry's page.
          markSaved({ ...entry, benchmark });
          onSaved(result);
        }}
      />
    );
  }
  return (
    <ItemForm
      scheme={scheme}
      item={null}
      draft={entry.question}
      onChange={(question) => setEntry({ ...entry, question })}
      kindChoice={kindChoice}
      onSaved={(result, question) => {
        markSaved({ ...entry, question });
        onSaved(result);
      }}
    >
      {children}
    </ItemForm>
  );
}
