import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintView } from './PrintView';
import { FORM_TITLE } from './forms';

/** The proctor's printouts of a session: candidate cards, the daftar hadir and the berita acara. */
export function SessionPrintLinks({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'card' | 'attendance' | 'minutes' | null>(null);
  if (form) return <PrintView sessionId={sessionId} form={form} candidateId={null} onClose={() => setForm(null)} />;
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
