import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { BankItem, BankSaved } from '../../../../electron/shared/bank';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { ITEM_KINDS, type ItemKind } from '../../../../electron/shared/types';
import { useRun } from '../../api/use-run';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { bankFieldErrorsOf } from './bank-field-errors';
import { draftOf, inputOf, previewItemOf, withKind } from './item-draft';
import { ItemFields } from './ItemFields';
import { ItemPreview } from './ItemPreview';
import { KindChoice } from './KindChoice';
import { SaveBar } from './SaveBar';
import { useFocusInvalid } from './use-focus-invalid';

type Props = {
  scheme: SchemeDetail;
  /** Null: a new question. */
  item: BankItem | null;
  initialKind?: ItemKind;
  /** The kind choice of a new entry, which may turn it into an observation benchmark. */
  kindChoice?: (current: ItemKind, change: (kind: ItemKind) => void) => ReactNode;
  onSaved: (saved: BankSaved) => void;
  /** Below the form: the images, which need a saved question. */
  children?: ReactNode;
};

/** A question's form beside its live preview; saved as a draft, or as the core decides for an approved or used one. */
export function ItemEditor({ scheme, item, initialKind, kindChoice, onSaved, children }: Props) {
  const client = useClient();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(item, initialKind));
  const [saved, setSaved] = useState<'saved' | 'copied' | null>(null);
  // The whole draft, as typed: a field typed back to what was loaded or last saved is not an edit.
  const unsaved = useUnsavedChanges(draft);
  const { busy, error, run } = useRun();
  const errors = bankFieldErrorsOf(error);
  useFocusInvalid(form, error);
  const retired = item?.status === 'retired';
  const changeKind = (kind: ItemKind) => setDraft((prev) => withKind(prev, kind));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const sent = draft;
    void run(async () => {
      const result = await client.call('bank/save', { schemeId: scheme.id, itemId: item?.id ?? null, item: inputOf(sent) });
      // Clean before onSaved opens the new entry's page (a new question, or the draft copied from a used one).
      unsaved.markSaved(sent);
      setSaved(result.copied ? 'copied' : 'saved');
      onSaved(result);
    });
  };
  return (
    <div className="bank-editor">
      <div className="bank-editor__main">
        <form ref={form} className="registry-form bank-form" data-testid="bank-item-form" onSubmit={submit} noValidate>
          <fieldset className="bank-form__fields" disabled={retired}>
            {kindChoice ? kindChoice(draft.kind, changeKind) : <KindChoice value={draft.kind} kinds={ITEM_KINDS} onChange={changeKind} />}
            <ItemFields scheme={scheme} draft={draft} onChange={setDraft} errors={errors} disabled={retired} />
          </fieldset>
          <SaveBar isNew={item === null} busy={busy} error={error} saved={saved} disabled={retired} />
        </form>
        {children}
      </div>
      <ItemPreview item={previewItemOf(draft, item)} />
    </div>
  );
}
