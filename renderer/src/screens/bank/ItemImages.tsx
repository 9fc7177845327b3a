import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_PLACES, IMAGES_PER_PLACE_MAX, type BankItem, type BankSaved, type ImagePlace } from '../../../../electron/shared/bank';
import { OPTION_LETTERS } from '../../../../electron/shared/cbt';
import { uploadFile } from '../../api/files';
import { useAttachmentImages } from '../../api/use-attachment-images';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useClient } from '../../session/SessionProvider';
import { useToken } from '../../session/use-token';

type Props = { item: BankItem; onSaved: (saved: BankSaved) => void; disabled: boolean };

/**
 * Images of the stem and of each saved option. A file is uploaded (POST /files/upload) and the place's
 * whole list sent to bank/setImages at once (kept ones by hash), as the candidate's photo is; the core
 * checks the bytes (PNG or JPEG, SVG refused) and says why it refused.
 */
export function ItemImages({ item, onSaved, disabled }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const { busy, error, run } = useRun();
  const places: { place: ImagePlace; label: string; images: readonly string[] }[] = [
    { place: 'stem', label: t('bankScreens.images.stem'), images: item.stemImages },
    ...(item.kind === 'multiple_choice'
      ? item.options.map((option, i) => ({
          // IMAGE_PLACES lists the stem, then option:0 … option:4.
          place: IMAGE_PLACES[i + 1],
          label: t('bankScreens.images.option', { letter: OPTION_LETTERS[i] }),
          images: option.images,
        }))
      : []),
  ];
  const change = (place: ImagePlace, files: ({ sha256: string } | { uploadId: string })[]) =>
    client.call('bank/setImages', { itemId: item.id, images: [{ place, files }] }).then(onSaved);
  const add = (place: ImagePlace, kept: readonly string[]) => (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        const uploadId = await uploadFile(file, token);
        await change(place, [...kept.map((sha256) => ({ sha256 })), { uploadId }]);
      } finally {
        // The same file may be chosen again after a refusal.
        input.value = '';
      }
    });
  };
  const remove = (place: ImagePlace, kept: readonly string[], index: number) =>
    void run(() => change(place, kept.filter((_, i) => i !== index).map((sha256) => ({ sha256 }))));
  return (
    <div className="bank-images" data-testid="bank-images">
      <p className="field__hint">{t('bankScreens.images.hint')}</p>
      {places.map((p) => (
        <PlaceImages key={p.place} {...p} busy={busy || disabled} onAdd={add(p.place, p.images)} onRemove={(index) => remove(p.place, p.images, index)} />
      ))}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

type PlaceProps = { place: ImagePlace; label: string; images: readonly string[]; busy: boolean; onAdd: (event: ChangeEvent<HTMLInputElement>) => void; onRemove: (index: number) => void };

function PlaceImages({ place, label, images, busy, onAdd, onRemove }: PlaceProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const shown = useAttachmentImages(images);
  return (
    <div className="bank-images__place" data-testid="image-place" data-place={place}>
      <p className="bank-images__label">{label}</p>
      <ul className="bank-images__list">
        {images.map((sha256, index) => {
          const src = shown.get(sha256);
          return (
            <li key={`${sha256}-${index}`} className="bank-images__item">
              {src ? <img src={src} alt={`${label} (${index + 1})`} data-testid="bank-image" /> : <span className="bank-images__pending" />}
              <button type="button" className="button button--secondary button--small" data-testid="image-remove" disabled={busy} onClick={() => onRemove(index)}>
                {t('bankScreens.images.remove', { number: index + 1 })}
              </button>
            </li>
          );
        })}
      </ul>
      {images.length < IMAGES_PER_PLACE_MAX && (
        <>
          <label htmlFor={inputId} className="button button--secondary button--small">
            {busy ? t('bankScreens.images.working') : t('bankScreens.images.add')}
          </label>
          <input id={inputId} type="file" accept="image/png,image/jpeg" className="visually-hidden" data-testid="image-file" disabled={busy} onChange={onAdd} aria-label={`${t('bankScreens.images.add')}: ${label}`} />
        </>
      )}
    </div>
  );
}
