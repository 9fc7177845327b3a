import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormHeader, SeatCandidate, SignatureMark } from '../../../../electron/shared/assessment';
import type { Bilingual } from '../../../../electron/shared/types';
import type { TranslationKey } from '../../i18n/keys';
import { BilingualText } from '../../components/BilingualText';
import { useFormat } from '../../i18n/use-format';
import { FORM_CODES, FORM_TITLE, type PrintForm } from './forms';
import { TUK_TYPE_LABEL } from '../../i18n/domain-labels';

type Props = {
  form: PrintForm;
  header: Pick<FormHeader, 'lspName' | 'lspLicenceNo' | 'schemeCode' | 'schemeTitle' | 'sessionCode' | 'tukName' | 'tukType' | 'date'> & { assessorName?: string };
  /** The candidate a form is about; a form without one is about the session (FR.AK.05, the daftar hadir). */
  candidate?: Pick<SeatCandidate, 'name' | 'participantNo'>;
  /** The schedule code and start time, where one TUK may hold several sessions a day (the daftar hadir). */
  session?: { code: string; startTime: string };
  children: ReactNode;
};

/** One A4 form: the form number and title, then the common header every BNSP form carries; atop every sheet, its running header. */
export function FormFrame({ form, header, candidate, session, children }: Props) {
  const { t } = useTranslation();
  const code = FORM_CODES[form];
  return (
    <article className="print-form" data-testid={`print-${form}`}>
      <RunningFrame
        code={code}
        title={t(FORM_TITLE[form])}
        record={candidate ? <CandidateRecord name={candidate.name} participantNo={candidate.participantNo} /> : t('forms.running.session', { code: header.sessionCode })}
      >
        <FormHead form={form} header={header} candidateName={candidate?.name} session={session} />
        {children}
      </RunningFrame>
    </article>
  );
}

/**
 * A printed form laid out as one cell of a layout table whose head, a line naming the form (its code and title)
 * and whom or what it is about, Chromium repeats atop every sheet the form runs to: a loose sheet 2 still says
 * what it belongs to. (position: fixed would repeat on every sheet of a PDF of several forms, each form's line
 * over the others.)
 */
export function RunningFrame({ code, title, record, children }: { code: string | null; title: string; record: ReactNode; children: ReactNode }) {
  return (
    <table className="print-form__frame" role="presentation">
      <thead className="print-running">
        <tr>
          <td>
            <div className="print-running__line" data-testid="form-running-header">
              <span className="print-running__form">
                {code && <span className="print-form__code">{code} · </span>}
                {title}
              </span>
              <span className="print-running__record" data-testid="form-running-record">
                {record}
              </span>
            </div>
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** Stands in for the participant number in the running header's words, to set the number apart (never a form's text). */
const NUMBER_SLOT = '\u0000';

/**
 * "Nama (No. peserta JWP-2026-001)" atop a candidate's sheets. A long name wraps (print.css), the participant number
 * never: Chromium broke it at a hyphen ("JWP-2026-" and "001" on two lines).
 */
export function CandidateRecord({ name, participantNo }: { name: string; participantNo: string }) {
  const { t } = useTranslation();
  const [before, after = ''] = t('forms.running.candidate', { name, number: NUMBER_SLOT }).split(NUMBER_SLOT);
  return (
    <>
      {before}
      <span className="print-nowrap">{participantNo}</span>
      {after}
    </>
  );
}

/** Sheet 1's head: the LSP, the form's number and title, and the common header table. */
function FormHead({ form, header, candidateName, session }: Omit<Props, 'children' | 'candidate'> & { candidateName: string | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <FormTitle code={FORM_CODES[form]} title={t(FORM_TITLE[form])} lspName={header.lspName} lspLicenceNo={header.lspLicenceNo} />
      <table className="print-table print-header">
        <tbody>
          <SchemeRows title={header.schemeTitle} code={header.schemeCode} />
          <tr>
            <th colSpan={2} scope="row">
              {t('forms.tuk')}
            </th>
            <td>
              {t(TUK_TYPE_LABEL[header.tukType])} — {header.tukName}
              {/* Its zone named where the form's times name it (inside the TUK's zone scope), so the row and the times agree. */}
              {f.zone && ` (${f.zone})`}
            </td>
          </tr>
          {header.assessorName !== undefined && (
            <tr>
              <th colSpan={2} scope="row">
                {t('forms.assessor')}
              </th>
              <td>{header.assessorName}</td>
            </tr>
          )}
          {candidateName !== undefined && (
            <tr>
              <th colSpan={2} scope="row">
                {t('forms.candidate')}
              </th>
              <td>{candidateName}</td>
            </tr>
          )}
          <tr>
            <th colSpan={2} scope="row">
              {t('forms.date')}
            </th>
            <td>{f.longDate(header.date)}</td>
          </tr>
          {session && (
            <tr>
              <th colSpan={2} scope="row">
                {t('forms.session')}
              </th>
              <td data-testid="form-session">{t('forms.sessionAt', { code: session.code, time: f.time(session.startTime) })}</td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}

/** Sheet 1's title block: the LSP and its licence, then the form's number and title. */
export function FormTitle({ code, title, lspName, lspLicenceNo }: { code: string | null; title: string; lspName: string; lspLicenceNo: string | null }) {
  return (
    <header className="print-form__title">
      <LspLines name={lspName} licenceNo={lspLicenceNo} />
      <h1>
        {code && <span className="print-form__code">{code}</span>} {title.toUpperCase()}
      </h1>
    </header>
  );
}

/** The scheme's two rows of a form's header table (Skema Sertifikasi: Judul, Nomor). */
export function SchemeRows({ title, code }: { title: Bilingual; code: string }) {
  const { t } = useTranslation();
  return (
    <>
      <tr>
        <th rowSpan={2} scope="rowgroup">
          {t('forms.scheme')}
        </th>
        <th scope="row">{t('forms.schemeTitle')}</th>
        <td>
          <BilingualText value={title} />
        </td>
      </tr>
      <tr>
        <th scope="row">{t('forms.schemeNumber')}</th>
        <td>{code}</td>
      </tr>
    </>
  );
}

type Signer = { name: string; mark: SignatureMark };

type AssessorSigner = Signer & { met: string };

type SignatureProps = {
  candidate: Signer | null;
  /** Several where several sign one form (the daftar hadir of a session with two assessors): a column each. */
  assessor: AssessorSigner | readonly AssessorSigner[];
};

const MARK_LABEL = {
  agreed: 'forms.agreedOn',
  signed: 'forms.signedOn',
  acknowledged: 'forms.acknowledgedOn',
  entered: 'forms.enteredOn',
} as const satisfies Record<NonNullable<SignatureMark>['how'], TranslationKey>;

/**
 * The common signature block: the candidate (name) and the assessor (name, No. Reg. MET). An
 * electronic mark is printed only for the person who gave it, with the time they gave it (the core
 * says who, per form); everyone else gets an empty line to sign by hand.
 */
export function SignatureBlock({ candidate, assessor }: SignatureProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const signature = (who: 'candidate' | 'assessor', mark: SignatureMark) =>
    mark ? (
      <span className="print-signed" data-testid={`signature-${who}`} data-how={mark.how}>
        {t(MARK_LABEL[mark.how], { at: f.dateTime(mark.at) })}
      </span>
    ) : (
      <span className="print-signature-line" data-testid={`signature-${who}`} data-how="wet" />
    );
  const assessors: readonly AssessorSigner[] = [assessor].flat();
  return (
    <table className="print-table print-signatures">
      <tbody>
        <tr>
          {candidate && <th scope="col">{t('forms.signatureCandidate')}</th>}
          {assessors.map((_, i) => (
            <th key={i} scope="col">
              {t('forms.signatureAssessor')}
            </th>
          ))}
        </tr>
        <tr>
          {candidate && (
            <td>
              {t('forms.name')}: {candidate.name}
              <br />
              {t('forms.signatureDate')}: {signature('candidate', candidate.mark)}
            </td>
          )}
          {assessors.map((a, i) => (
            <td key={i}>
              {t('forms.name')}: {a.name}
              <br />
              {t('forms.met')}: {a.met}
              <br />
              {t('forms.signatureDate')}: {signature('assessor', a.mark)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** The LSP's name over its BNSP licence number, atop every printed form; the licence only where the LSP recorded one: no placeholder number on a BNSP form. */
export function LspLines({ name, licenceNo }: { name: string; licenceNo: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="print-form__lsp" data-testid="form-lsp">
        {name}
      </p>
      {licenceNo && (
        <p className="print-form__licence" data-testid="form-lsp-licence">
          {t('forms.lspLicence', { number: licenceNo })}
        </p>
      )}
    </>
  );
}
