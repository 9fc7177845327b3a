import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { BankItem, BankSaved } from '../../../../electron/shared/bank';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { renumberPictureLines } from '../../../../electron/shared/text-blocks';
import { ITEM_KINDS } from '../../../../electron/shared/types';
import { useRun } from '../../api/use-run';
import { sameData } from '../../navigation/same-data';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { bankFieldErrorsOf } from './bank-field-errors';
import { draftOf, inputOf, previewItemOf, withKind, type ItemDraft } from './item-draft';
import { ItemFields } from './ItemFields';
import { ItemPreview } from './ItemPreview';
import { KindChoice } from './KindChoice';
import { SaveBar, savedNotice, type SavedNotice } from './SaveBar';
import { useFocusInvalid } from './use-focus-invalid';

type FormProps = {
  scheme: SchemeDetail;
  /** Null: a new question. */
  item: BankItem | null;
  draft: ItemDraft;
  onChange: (draft: ItemDraft) => void;
  /** The kind choice of a new entry, which may turn it into an observation benchmark; else the question kinds. */
  kindChoice?: ReactNode;
  /** The core took `sent`. */
  onSaved: (saved: BankSaved, sent: ItemDraft) => void;
  /** Below the form: the images, which need a saved question. */
  children?: ReactNode;
};

/** A question's form beside its live preview; saved as a draft, or as the core decides for an approved or used one. */
export function ItemForm({ scheme, item, draft, onChange, kindChoice, onSaved, children }: FormProps) {
  const client = useClient();
  const form = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<SavedNotice | null>(null);
  const { busy, error, run } = useRun();
  const errors = bankFieldErrorsOf(error);
  useFocusInvalid(form, error);
  const retired = item?.status === 'retired';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setSaved(null);
    const sent = draft;
    void run(async () => {
      const result = await client.call('bank/save', { schemeId: scheme.id, itemId: item?.id ?? null, item: inputOf(sent) });
      setSaved(savedNotice(item, result));
      onSaved(result, sent);
    });
  };
  return (
    <div className="bank-editor">
      <div className="bank-editor__main">
        <form ref={form} className="registry-form bank-form" data-testid="bank-item-form" onSubmit={submit} noValidate>
          <fieldset className="bank-form__fields" disabled={retired}>
            {kindChoice ?? <KindChoice value={draft.kind} kinds={ITEM_KINDS} onChange={(kind) => onChange(withKind(draft, kind))} />}
            <ItemFields scheme={scheme} draft={draft} onChange={onChange} errors={errors} disabled={retired} />
          </fieldset>
          <SaveBar isNew={item === null} busy={busy} error={error} saved={saved} disabled={retired} />
        </form>
        {children}
      </div>
      <ItemPreview item={previewItemOf(draft, item)} />
    </div>
  );
}

type Props = { scheme: SchemeDetail; item: BankItem; onSaved: (saved: BankSaved) => void; children?: ReactNode };

/** An existing question's form, guarding its edits until they are saved. */
export function ItemEditor({ scheme, item, onSaved, children }: Props) {
  const [draft, setDraft] = useState(() => draftOf(item));
  // The whole draft, as typed: a field typed back to what was loaded or last saved is not an edit.
  const unsaved = useUnsavedChanges(draft);
  // A stem picture removed or moved (bank/setImages): the core moved its [gambar N] lines in the saved text, so
  // the typed text follows, or the next save would put back lines naming the wrong picture.
  const [stemImages, setStemImages] = useState(item.stemImages);
  if (!sameData(stemImages, item.stemImages)) {
    const follow = (d: ItemDraft): ItemDraft => ({ ...d, prompt: { id: renumberPictureLines(d.prompt.id, stemImages, item.stemImages), en: renumberPictureLines(d.prompt.en, stemImages, item.stemImages) } });
    setStemImages(item.stemImages);
    setDraft(follow);
    unsaved.rebase(follow);
  }
  const saved = (result: BankSaved, sent: ItemDraft) => {
    // Clean before onSaved opens the page of a used question's new draft.
    unsaved.markSaved(sent);
    onSaved(result);
  };
  return (
    <ItemForm scheme={scheme} item={item} draft={draft} onChange={setDraft} onSaved={saved}>
      {children}
    </ItemForm>
  );
}
