import { useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../electron/shared/i18n';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { isCandidateForm, type CandidateForm, type PrintForm } from './forms';
import { Ia01Print, Ia03Print, Ia05Print, Ia06Print, Ia07Print } from './InstrumentForms';
import { savePdf } from './save-pdf';
import { Ak01Print, Ak02Print, Ak03Print, Ak04Print } from './RecordForms';
import { Ak05Print, AttendancePrint, CardPrint } from './SessionForms';
import { MinutesPrint } from './MinutesPrint';
import { LANGUAGE_LABEL } from '../../i18n/domain-labels';

type Props = { sessionId: string; form: PrintForm; candidateId: string | null; onClose: () => void };

/**
 * A4 print view of one BNSP form. Indonesian unless English is asked for, whatever the screen's
 * language; the toolbar is not printed. PDF: Electron's printToPDF, or the browser's own print.
 */
export function PrintView({ sessionId, form, candidateId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>('id');
  const printI18n = useMemo(() => i18n.cloneInstance({ lng: language }), [i18n, language]);
  return (
    <div className="print-view" data-testid="print-view" data-form={form} lang={language}>
      <div className="print-toolbar">
        <button type="button" className="button button--secondary button--small" onClick={onClose} data-testid="print-close">
          {t('assess.workspace.backToOverview')}
        </button>
        <label className="field field--inline">
          <span className="field__label">{t('forms.printLanguage')}</span>
          <select className="field__input" value={language} data-testid="print-language" onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'id')}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(LANGUAGE_LABEL[l])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--primary button--small" data-testid="print-now" onClick={() => void savePdf(`${form}-${sessionId}`)}>
          {t('forms.printNow')}
        </button>
      </div>
      <I18nextProvider i18n={printI18n}>
        <div className="print-page">
          {isCandidateForm(form) && candidateId ? (
            <CandidatePrint sessionId={sessionId} candidateId={candidateId} form={form} />
          ) : form === 'ak05' ? (
            <ReportPrint sessionId={sessionId} />
          ) : form === 'minutes' ? (
            <MinutesSheet sessionId={sessionId} />
          ) : (
            <SheetPrint sessionId={sessionId} form={form === 'card' ? 'card' : 'attendance'} />
          )}
        </div>
      </I18nextProvider>
    </div>
  );
}

function CandidatePrint({ sessionId, candidateId, form }: { sessionId: string; candidateId: string; form: CandidateForm }) {
  const { state, reload } = useLoad('assessment/workspace', { sessionId, candidateId });
  const FORMS = { ak01: Ak01Print, ia05: Ia05Print, ia06: Ia06Print, ia07: Ia07Print, ia01: Ia01Print, ia03: Ia03Print, ak02: Ak02Print, ak03: Ak03Print, ak04: Ak04Print };
  const Form = FORMS[form];
  return (
    <LoadView state={state} onRetry={reload}>
      {(ws) => <Form ws={ws} />}
    </LoadView>
  );
}

function ReportPrint({ sessionId }: { sessionId: string }) {
  const { state, reload } = useLoad('assessment/report', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(report) => <Ak05Print report={report} />}
    </LoadView>
  );
}

function MinutesSheet({ sessionId }: { sessionId: string }) {
  const sheet = useLoad('print/sessionSheet', { sessionId });
  const minutes = useLoad('exam/minutes', { sessionId });
  return (
    <LoadView state={sheet.state} onRetry={sheet.reload}>
      {(s) => (
        <LoadView state={minutes.state} onRetry={minutes.reload}>
          {(m) => <MinutesPrint sheet={s} minutes={m} />}
        </LoadView>
      )}
    </LoadView>
  );
}

function SheetPrint({ sessionId, form }: { sessionId: string; form: 'card' | 'attendance' }) {
  const { state, reload } = useLoad('print/sessionSheet', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(sheet) => (form === 'card' ? <CardPrint sheet={sheet} /> : <AttendancePrint sheet={sheet} />)}
    </LoadView>
  );
}
