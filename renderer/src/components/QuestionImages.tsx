import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttachmentImages } from '../api/use-attachment-images';
import { modalKeyHandler } from './modal-keys';
import type { PromptPictures } from './PromptText';

type Props = {
  /** sha256s, in order. */
  images: readonly string[];
  /** Each image's alternative text ("Gambar soal 3", "Gambar pilihan B"). */
  label: string;
  /** Told when an enlarged image opens and closes, so the page's own keys (A–E, R, arrows) rest meanwhile. */
  onZoom?: (open: boolean) => void;
  testId?: string;
  /** Each image's number among the question's, for its alternative text, where these are some of them. */
  numbers?: readonly number[];
};

/**
 * A question's (or an option's) images, each a button that enlarges it: a dialog with the image as large
 * as the screen allows, closed by its button, by Escape or by a click beside the image; focus returns to
 * the image that opened it.
 */
export function QuestionImages({ images, label, onZoom, testId, numbers }: Props) {
  const { t } = useTranslation();
  const shown = useAttachmentImages(images);
  const [zoomed, setZoomed] = useState<number | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  // Gone while enlarged (a pause, another question): the page's keys come back.
  const zoomRef = useRef({ zoomed, onZoom });
  zoomRef.current = { zoomed, onZoom };
  useEffect(
    () => () => {
      if (zoomRef.current.zoomed !== null) zoomRef.current.onZoom?.(false);
    },
    [],
  );
  if (images.length === 0) return null;
  const alt = (i: number) => altOf(label, i, images.length, numbers);

  const open = (i: number, button: HTMLButtonElement) => {
    opener.current = button;
    setZoomed(i);
    onZoom?.(true);
  };
  const close = () => {
    setZoomed(null);
    onZoom?.(false);
    opener.current?.focus();
  };

  return (
    <div className="question-images" data-testid={testId}>
      {images.map((sha256, i) => {
        const src = shown.get(sha256);
        if (src === null) {
          return (
            <p key={`${sha256}-${i}`} className="question-images__missing muted small" data-testid="question-image-missing">
              {t('bank.image.notShown')}
            </p>
          );
        }
        return (
          <button
            key={`${sha256}-${i}`}
            type="button"
            className="question-images__thumb"
            data-testid="question-image"
            data-sha256={sha256}
            aria-label={`${t('bank.image.zoom')}: ${alt(i)}`}
            disabled={src === undefined}
            onClick={(event) => open(i, event.currentTarget)}
          >
            {src ? <img src={src} alt={alt(i)} /> : <span className="question-images__loading" aria-hidden="true" />}
          </button>
        );
      })}
      {zoomed !== null && shown.get(images[zoomed]) && <ImageZoom src={shown.get(images[zoomed])!} alt={alt(zoomed)} onClose={close} />}
    </div>
  );
}

function ImageZoom({ src, alt, onClose }: { src: string; alt: string; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const modalKeys = modalKeyHandler(boxRef, { busy: false, onCancel: onClose, focusable: 'button:not([disabled])' });
  // No key reaches the test behind: a letter typed while looking at the image must not answer.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    modalKeys(event);
    event.stopPropagation();
  };
  return (
    <div className="overlay image-zoom" data-testid="image-zoom" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={boxRef} className="image-zoom__box" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <div className="image-zoom__bar">
          <h2 className="image-zoom__title" id={titleId}>
            {t('bank.image.zoomed')}: {alt}
          </h2>
          <button ref={closeRef} type="button" className="button button--secondary" data-testid="image-zoom-close" onClick={onClose}>
            {t('bank.image.close')}
          </button>
        </div>
        <img className="image-zoom__image" src={src} alt={alt} />
      </div>
    </div>
  );
}

/** "Gambar soal 3 (2)": the image's number where the question has more than one. */
function altOf(label: string, i: number, count: number, numbers: readonly number[] | undefined): string {
  if (numbers) return `${label} (${numbers[i]})`;
  return count > 1 ? `${label} (${i + 1})` : label;
}

/** Some of a question's images by index, numbered among all of them when there are several. */
function pick(images: readonly string[], indexes: readonly number[]): { images: string[]; numbers: number[] | undefined } {
  return { images: indexes.map((i) => images[i]), numbers: images.length > 1 ? indexes.map((i) => i + 1) : undefined };
}

/** A stem's images for PromptText: each where its `[gambar N]` line stands, the others after the text. */
export function stemPictures(images: readonly string[], props: Omit<Props, 'images' | 'numbers'>): PromptPictures {
  return { count: images.length, show: (indexes) => <QuestionImages {...props} {...pick(images, indexes)} /> };
}

/** The same on a printed form. */
export function printedStemPictures(images: readonly string[] | undefined, label: string, small = false): PromptPictures {
  const all = images ?? [];
  return { count: all.length, show: (indexes) => <PrintedImageList label={label} small={small} {...pick(all, indexes)} /> };
}

/** A question's images on a printed form: no buttons, at most 6 cm high (3 cm with `small`, on an answer sheet's row). */
export function PrintedImages({ images, label, small = false }: { images: readonly string[] | undefined; label: string; small?: boolean }) {
  // Most questions have none: nothing to fetch, and no sign-in needed to print them.
  if (!images || images.length === 0) return null;
  return <PrintedImageList images={images} label={label} small={small} />;
}

function PrintedImageList({ images, label, small, numbers }: { images: readonly string[]; label: string; small: boolean; numbers?: readonly number[] }) {
  const shown = useAttachmentImages(images);
  return (
    <div className={small ? 'print-images print-images--small' : 'print-images'} data-testid="print-images">
      {images.map((sha256, i) => {
        const src = shown.get(sha256);
        return src ? <img key={`${sha256}-${i}`} src={src} alt={altOf(label, i, images.length, numbers)} /> : null;
      })}
    </div>
  );
}
