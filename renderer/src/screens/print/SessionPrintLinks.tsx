import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { PrintView } from './PrintView';
import { FORM_TITLE } from './forms';

/** The proctor's printouts of a session: candidate cards, the daftar hadir and the berita acara. */
export function SessionPrintLinks({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'card' | 'attendance' | 'minutes' | null>(null);
  // The form takes the whole screen, as the assessor's prints do: beside the body, not inside the home's or the console's
  // section (whose headings would then follow the form's title), with the screen behind it hidden but kept (print.css).
  if (form)
    return createPortal(
      <main className="print-overlay">
        <PrintView sessionId={sessionId} form={form} candidateId={null} onClose={() => setForm(null)} />
      </main>,
      document.body,
    );
  return (
    <div className="toolbar" data-testid="session-print-links">
      {(['card', 'attendance', 'minutes'] as const).map((f) => (
        <button key={f} type="button" className="button button--secondary button--small" data-testid={`print-${f}-open`} onClick={() => setForm(f)}>
          {t('assess.workspace.print')}: {t(FORM_TITLE[f])}
        </button>
      ))}
    </div>
  );
}
