import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificatePrint, PrintedCertificate } from '../../../../electron/shared/certificates';
import type { TranslationKey } from '../../i18n/keys';
import { formatDate } from '../../i18n/format';

type Lsp = CertificatePrint['lsp'];
type Signatory = CertificatePrint['signatory'];

/** The certificate's own labels (certificateScreens.print.*). */
type Label = Extract<TranslationKey, `certificateScreens.print.${string}`>;

/**
 * BNSP certificates are bilingual whatever the reader's language: each label in Indonesian with the
 * English beneath in italics, from the two languages' texts.
 */
function useBilingual() {
  const { i18n } = useTranslation();
  const id = i18n.getFixedT('id');
  const en = i18n.getFixedT('en');
  return { b: (key: Label) => ({ id: id(key), en: en(key) }), id, en };
}

function Both({ id, en, className }: { id: ReactNode; en: ReactNode | null; className?: string }) {
  return (
    <span className={className}>
      <span lang="id" className="print-certificate__id">
        {id}
      </span>
      {/* No English beneath when there is none, or when it is the same words (a scheme titled in English by the LSP). */}
      {en !== null && en !== '' && en !== id && (
        <span lang="en" className="print-certificate__en">
          {en}
        </span>
      )}
    </span>
  );
}

/** One certificate as two A4 pages: the front (what it certifies) and the back (its scheme version's units). */
export function CertificatePages({ lsp, signatory, certificate: c }: { lsp: Lsp; signatory: Signatory; certificate: PrintedCertificate }) {
  return (
    <>
      <div className="print-bundle__part" data-testid="print-bundle-part" data-form="certificate-front" data-certificate={c.id}>
        <CertificateFront lsp={lsp} signatory={signatory} certificate={c} />
      </div>
      <div className="print-bundle__part" data-testid="print-bundle-part" data-form="certificate-back" data-certificate={c.id}>
        <CertificateBack certificate={c} />
      </div>
    </>
  );
}

function CertificateFront({ lsp, signatory, certificate: c }: { lsp: Lsp; signatory: Signatory; certificate: PrintedCertificate }) {
  const { b, id, en } = useBilingual();
  const title = b('certificateScreens.print.title');
  const licence = { number: lsp.licenceNo ?? '' };
  const row = (key: Label, value: ReactNode, testId: string) => {
    const label = b(key);
    return (
      <tr>
        <th scope="row">
          <Both id={label.id} en={label.en} />
        </th>
        <td data-testid={testId}>{value}</td>
      </tr>
    );
  };
  const certify = b('certificateScreens.print.certify');
  const competent = b('certificateScreens.print.competent');
  return (
    <article className="print-certificate print-certificate--front" data-testid="print-certificate-front">
      <header className="print-certificate__lsp">
        <p className="print-certificate__lsp-name" data-testid="print-certificate-lsp">
          {lsp.name}
        </p>
        {/* The licence is printed only when the LSP recorded it: no placeholder number on a certificate. */}
        {lsp.licenceNo && (
          <Both id={id('certificateScreens.print.licence', licence)} en={en('certificateScreens.print.licence', licence)} className="print-certificate__licence" />
        )}
      </header>
      <h1 className="print-certificate__title">
        <Both id={title.id} en={title.en} />
      </h1>
      <table className="print-certificate__numbers">
        <tbody>
          {row('certificateScreens.print.number', <span className="print-mono">{c.number}</span>, 'print-certificate-number')}
          {row('certificateScreens.print.registration', <span className="print-mono">{c.registrationNumber}</span>, 'print-certificate-registration')}
        </tbody>
      </table>
      <p className="print-certificate__statement">
        <Both id={certify.id} en={certify.en} />
      </p>
      <p className="print-certificate__holder" data-testid="print-certificate-holder">
        {c.holderName}
      </p>
      <p className="print-certificate__statement">
        <Both id={competent.id} en={competent.en} />
      </p>
      <p className="print-certificate__scheme" data-testid="print-certificate-scheme">
        <Both id={c.scheme.titleId} en={c.scheme.titleEn} />
      </p>
      <table className="print-certificate__numbers">
        <tbody>
          {row('certificateScreens.print.schemeNumber', c.scheme.code, 'print-certificate-scheme-code')}
          {row('certificateScreens.print.issuedOn', <Both id={formatDate(c.issuedOn, 'id', 'written')} en={formatDate(c.issuedOn, 'en', 'written')} />, 'print-certificate-issued')}
          {row('certificateScreens.print.validUntil', <Both id={formatDate(c.validUntil, 'id', 'written')} en={formatDate(c.validUntil, 'en', 'written')} />, 'print-certificate-valid')}
        </tbody>
      </table>
      {/*
        The signatory signs the blanko by hand: the space is left empty, with the title above it and the name
        below it only as the LSP set them (numbering settings); nothing is printed that the data does not hold.
      */}
      <div className="print-certificate__sign" data-testid="print-certificate-sign">
        {signatory.title && (
          <p className="print-certificate__sign-title" data-testid="print-certificate-signatory-title">
            {signatory.title}
          </p>
        )}
        <div className="print-certificate__sign-space" />
        {signatory.name && (
          <p className="print-certificate__sign-name" data-testid="print-certificate-signatory-name">
            {signatory.name}
          </p>
        )}
      </div>
    </article>
  );
}

function CertificateBack({ certificate: c }: { certificate: PrintedCertificate }) {
  const { b, id, en } = useBilingual();
  const title = b('certificateScreens.print.unitsTitle');
  const whose = { number: c.number, name: c.holderName };
  const of = { id: id('certificateScreens.print.unitsOf', whose), en: en('certificateScreens.print.unitsOf', whose) };
  const head = (key: Label) => {
    const label = b(key);
    return (
      <th scope="col">
        <Both id={label.id} en={label.en} />
      </th>
    );
  };
  const none = b('certificateScreens.print.noUnits');
  return (
    <article className="print-certificate print-certificate--back" data-testid="print-certificate-back">
      <h1 className="print-certificate__units-title">
        <Both id={title.id} en={title.en} />
      </h1>
      <p className="print-certificate__of">
        <Both id={of.id} en={of.en} />
      </p>
      {c.units.length === 0 ? (
        <p>
          <Both id={none.id} en={none.en} />
        </p>
      ) : (
        <table className="print-table" data-testid="print-certificate-units">
          <thead>
            <tr>
              {head('certificateScreens.print.no')}
              {head('certificateScreens.print.unitCode')}
              {head('certificateScreens.print.unitTitle')}
            </tr>
          </thead>
          <tbody>
            {c.units.map((u, i) => (
              <tr key={u.code}>
                <td>{i + 1}</td>
                <td className="print-mono print-nowrap">{u.code}</td>
                <td>
                  <Both id={u.titleId} en={u.titleEn} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
