import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../../components/return-focus';
import { PrintView } from './PrintView';
import { FORM_TITLE, type PrintForm } from './forms';

const PROCTOR_FORMS = ['card', 'attendance', 'minutes'] as const satisfies readonly PrintForm[];

/**
 * Buttons that open printouts of a session: by default the proctor's (candidate cards, the daftar hadir, the
 * berita acara); the LSP's results review passes `sessionAll`, or `candidateAll` with a candidate, to print
 * every form of the session or of one candidate as one PDF. A form in `notYet` is shown unavailable, with its
 * reason beside it (the berita acara before the session starts: it would print that nothing was held yet).
 */
export function SessionPrintLinks({
  sessionId,
  candidateId = null,
  forms = PROCTOR_FORMS,
  backLabel,
  notYet = {},
}: {
  sessionId: string;
  /** Names the screen the print returns to, e.g. "Kembali ke konsol proktor". */
  backLabel: string;
  candidateId?: string | null;
  forms?: readonly PrintForm[];
  /** Forms not ready to print, each with the reason said beside its disabled button. */
  notYet?: Partial<Record<PrintForm, string>>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<PrintForm | null>(null);
  const returnTo = useReturnFocus(form);
  // The form takes the whole screen, as the assessor's prints do: beside the body, not inside the home's or the console's
  // section (whose headings would then follow the form's title), with the screen behind it hidden but kept (print.css).
  if (form)
    return createPortal(
      <main className="print-overlay">
        <PrintView sessionId={sessionId} form={form} candidateId={candidateId} onClose={() => setForm(null)} backLabel={backLabel} />
      </main>,
      document.body,
    );
  return (
    <div className="toolbar" data-testid="session-print-links">
      {forms.map((f) => {
        const open = (
          <button
            key={f}
            ref={returnTo(f)}
            type="button"
            className="button button--secondary button--small"
            data-testid={`print-${f}-open`}
            disabled={notYet[f] !== undefined}
            aria-describedby={notYet[f] === undefined ? undefined : `${id}-${f}`}
            onClick={() => setForm(f)}
          >
            {t('assess.workspace.print')}: {t(FORM_TITLE[f])}
          </button>
        );
        if (notYet[f] === undefined) return open;
        return (
          <span key={f}>
            {open}{' '}
            <span className="muted small" id={`${id}-${f}`} data-testid={`print-${f}-not-yet`}>
              {notYet[f]}
            </span>
          </span>
        );
      })}
    </div>
  );
}
