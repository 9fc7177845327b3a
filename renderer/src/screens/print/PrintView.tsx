import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { CANDIDATE_FORMS, isCandidateForm, type CandidateForm, type PrintForm } from './forms';
import type { SessionSheet, Workspace } from '../../../../electron/shared/assessment';
import { Ia01Print, Ia03Print, Ia05Print, Ia06Print, Ia07Print } from './InstrumentForms';
import { PrintShell } from './PrintShell';
import { Ak01Print, Ak02Print, Ak03Print, Ak04Print } from './RecordForms';
import { Ak05Print, AttendancePrint, CardPrint } from './SessionForms';
import { withIssuedPasswords } from './issued-passwords';
import { MinutesPrint } from './MinutesPrint';
import { useSession } from '../../session/SessionProvider';
import { TukZoneScope } from '../../i18n/tuk-zone';

type Props = { sessionId: string; form: PrintForm; candidateId: string | null; onClose: () => void; backLabel: string };

/**
 * A4 print view of one BNSP form. Indonesian unless English is asked for, whatever the screen's
 * language; the toolbar is not printed. PDF: Electron's printToPDF, or the browser's own print.
 */
export function PrintView({ sessionId, form, candidateId, onClose, backLabel }: Props) {
  return (
    <PrintShell form={form} pdfName={`${form}-${sessionId}`} onClose={onClose} backLabel={backLabel}>
      {isCandidateForm(form) && candidateId ? (
        <CandidatePrint sessionId={sessionId} candidateId={candidateId} form={form} />
      ) : form === 'candidateAll' && candidateId ? (
        <div className="print-bundle" data-testid="print-bundle">
          <CandidateForms sessionId={sessionId} candidateId={candidateId} />
        </div>
      ) : form === 'sessionAll' ? (
        <WholeSession sessionId={sessionId} />
      ) : form === 'ak05' ? (
        <ReportPrint sessionId={sessionId} />
      ) : form === 'minutes' ? (
        <MinutesSheet sessionId={sessionId} />
      ) : (
        <SheetPrint sessionId={sessionId} form={form === 'card' ? 'card' : 'attendance'} candidateId={candidateId} />
      )}
    </PrintShell>
  );
}

const FORMS = {
  ak01: Ak01Print,
  ia05: Ia05Print,
  ia06: Ia06Print,
  ia07: Ia07Print,
  ia01: Ia01Print,
  ia03: Ia03Print,
  ak02: Ak02Print,
  ak03: Ak03Print,
  ak04: Ak04Print,
} as const satisfies Record<CandidateForm, (props: { ws: Workspace }) => React.ReactNode>;

function CandidatePrint({ sessionId, candidateId, form }: { sessionId: string; candidateId: string; form: CandidateForm }) {
  const { state, reload } = useLoad('assessment/workspace', { sessionId, candidateId });
  const Form = FORMS[form];
  return (
    <LoadView state={state} onRetry={reload}>
      {(ws) => (
        <TukZoneScope zone={ws.header.tukZone}>
          <Form ws={ws} />
        </TukZoneScope>
      )}
    </LoadView>
  );
}

/** Every form of one candidate in the order the assessment produces them, each from a new page. */
function CandidateForms({ sessionId, candidateId }: { sessionId: string; candidateId: string }) {
  const { state, reload } = useLoad('assessment/workspace', { sessionId, candidateId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(ws) => (
        <TukZoneScope zone={ws.header.tukZone}>
          {CANDIDATE_FORMS.map((form) => {
            const Form = FORMS[form];
            return (
              <div key={form} className="print-bundle__part" data-testid="print-bundle-part" data-form={form} data-candidate={candidateId}>
                <Form ws={ws} />
              </div>
            );
          })}
        </TukZoneScope>
      )}
    </LoadView>
  );
}

/**
 * The whole session. An assessor prints their own candidates and FR.AK.05; the LSP (whose results review
 * offers it) prints each of the session's assessors' in turn: FR.AK.05 is one per assessor, and the core
 * answers the LSP's report call only for an assessor it names.
 */
function WholeSession({ sessionId }: { sessionId: string }) {
  const { state } = useSession();
  const lsp = state.status === 'signedIn' && state.principal.role === 'lsp_admin';
  return <div className="print-bundle" data-testid="print-bundle">{lsp ? <EveryAssessor sessionId={sessionId} /> : <SessionForms sessionId={sessionId} />}</div>;
}

function EveryAssessor({ sessionId }: { sessionId: string }) {
  const { state, reload } = useLoad('results/review', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(review) => review.session.assessors.map((a) => <SessionForms key={a.assessorId} sessionId={sessionId} assessorId={a.assessorId} />)}
    </LoadView>
  );
}

/**
 * One assessor's part of the session: each assessed candidate's forms in the report's order, then FR.AK.05.
 * A candidate FR.AK.05 calls not assessed (absent, no recommendation) has no forms to print: empty ones
 * would say an assessment took place.
 */
function SessionForms({ sessionId, assessorId }: { sessionId: string; assessorId?: string }) {
  const { state, reload } = useLoad('assessment/report', assessorId ? { sessionId, assessorId } : { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(report) => (
        <>
          {report.rows
            .filter((row) => !(row.attempt === 'absent' && !row.recommendation))
            .map((row) => (
              <CandidateForms key={row.candidate.candidateId} sessionId={sessionId} candidateId={row.candidate.candidateId} />
            ))}
          <div className="print-bundle__part" data-testid="print-bundle-part" data-form="ak05">
            <TukZoneScope zone={report.header.tukZone}>
              <Ak05Print report={report} />
            </TukZoneScope>
          </div>
        </>
      )}
    </LoadView>
  );
}

function ReportPrint({ sessionId }: { sessionId: string }) {
  const { state, reload } = useLoad('assessment/report', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(report) => (
        <TukZoneScope zone={report.header.tukZone}>
          <Ak05Print report={report} />
        </TukZoneScope>
      )}
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
          {(m) => (
            <TukZoneScope zone={s.header.tukZone}>
              <MinutesPrint sheet={s} minutes={m} />
            </TukZoneScope>
          )}
        </LoadView>
      )}
    </LoadView>
  );
}

/** With a candidate, the cards print only theirs: the one new card the proctor just issued (exam/issueCard). */
function SheetPrint({ sessionId, form, candidateId }: { sessionId: string; form: 'card' | 'attendance'; candidateId: string | null }) {
  const { state, reload } = useLoad('print/sessionSheet', { sessionId });
  const cards = (sheet: SessionSheet) => {
    const filled = withIssuedPasswords(sheet, sessionId);
    return candidateId ? { ...filled, rows: filled.rows.filter((r) => r.candidateId === candidateId) } : filled;
  };
  return (
    <LoadView state={state} onRetry={reload}>
      {(sheet) => <TukZoneScope zone={sheet.header.tukZone}>{form === 'card' ? <CardPrint sheet={cards(sheet)} /> : <AttendancePrint sheet={sheet} />}</TukZoneScope>}
    </LoadView>
  );
}
