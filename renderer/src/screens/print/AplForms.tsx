import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AplPrintSheet } from '../../../../electron/shared/apl-print';
import { APL_PURPOSES, EVIDENCE_KINDS, EVIDENCE_STATUSES, type EvidenceKind } from '../../../../electron/shared/scheduling';
import { BilingualText } from '../../components/BilingualText';
import type { TranslationKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/use-format';
import { EVIDENCE_STATUS_LABEL, PURPOSE_LABEL } from '../scheduling/labels';
import { CandidateRecord, FormTitle, RunningFrame, SchemeRows } from './FormFrame';

type Props = { sheet: AplPrintSheet };

const mark = (on: boolean) => (on ? '☑' : '☐');

const KIND_HEADING = { basic: 'aplPrint.basic', administrative: 'aplPrint.administrative' } as const satisfies Record<EvidenceKind, TranslationKey>;

/** The form number and title, and the scheme it is for: FR.APL.* carry no TUK or session date. */
function AplFrame({ form, sheet, children }: { form: 'apl01' | 'apl02'; sheet: AplPrintSheet; children: ReactNode }) {
  const { t } = useTranslation();
  const { scheme } = sheet.detail;
  const code = form === 'apl01' ? 'FR.APL.01' : 'FR.APL.02';
  const title = t(form === 'apl01' ? 'aplPrint.titleApl01' : 'aplPrint.titleApl02');
  return (
    <article className="print-form" data-testid={`print-${form}`}>
      <RunningFrame
        code={code}
        title={title}
        record={<CandidateRecord name={sheet.personal.name} participantNo={sheet.personal.participantNo} />}
      >
        <FormTitle code={code} title={title} lspName={sheet.lspName} lspLicenceNo={sheet.lspLicenceNo} />
        {form === 'apl02' && (
          <table className="print-table print-header">
            <tbody>
              <SchemeRows title={{ id: scheme.titleId, en: scheme.titleEn }} code={scheme.code} />
              <tr>
                <th colSpan={2} scope="row">
                  {t('forms.candidate')}
                </th>
                <td>{sheet.personal.name}</td>
              </tr>
            </tbody>
          </table>
        )}
        {children}
      </RunningFrame>
    </article>
  );
}

type Signer = { role: string; name: string; lines?: ReactNode; signed: string | null; testId: string };

/**
 * Two signers side by side. An electronic mark (its words and time) only where that person gave one on
 * this system; everyone else gets an empty line to sign on paper.
 */
function Signatures({ signers }: { signers: Signer[] }) {
  const { t } = useTranslation();
  return (
    <table className="print-table print-signatures">
      <tbody>
        <tr>
          {signers.map((s) => (
            <th key={s.testId} scope="col">
              {s.role}
            </th>
          ))}
        </tr>
        <tr>
          {signers.map((s) => (
            <td key={s.testId}>
              {t('forms.name')}: {s.name}
              <br />
              {s.lines}
              {t('forms.signatureDate')}:{' '}
              {s.signed ? (
                <span className="print-signed" data-testid={`signature-${s.testId}`} data-how="electronic">
                  {s.signed}
                </span>
              ) : (
                <span className="print-signature-line" data-testid={`signature-${s.testId}`} data-how="wet" />
              )}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * FR.APL.01: Bagian 1 the applicant's data from the registry, Bagian 2 the scheme and the purpose ticked,
 * Bagian 3 each piece of evidence as memenuhi syarat / tidak memenuhi syarat / tidak ada, then the LSP's
 * recommendation. Staff enter the form from paper, so the applicant always signs by hand.
 */
export function Apl01Print({ sheet }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const p = sheet.personal;
  const apl01 = sheet.detail.apl01;
  const verification = apl01?.verification ?? null;
  // The scheme's units as FR.APL.02 lists them (its rows are the scheme's elements, answered or not).
  const units = [...new Map(sheet.detail.apl02.rows.map((r) => [r.unitId, r])).values()];
  const row = (label: string, value: ReactNode, key: string) => (
    <tr key={key} data-field={key}>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  const sex = p.sex ? t(p.sex === 'L' ? 'registryScreens.sexes.L' : 'registryScreens.sexes.P') : '';
  const birth = [p.birthPlace, p.birthDate ? f.date(p.birthDate) : null].filter(Boolean).join(', ');
  return (
    <AplFrame form="apl01" sheet={sheet}>
      <h2 className="print-subtitle">{t('aplPrint.part1')}</h2>
      <p>{t('aplPrint.part1Intro')}</p>
      <h3 className="print-subtitle">{t('aplPrint.personal')}</h3>
      <table className="print-table" data-testid="apl01-personal">
        <tbody>
          {row(t('aplPrint.fullName'), p.name, 'name')}
          {row(t('aplPrint.nik'), <span className="print-mono">{p.nik}</span>, 'nik')}
          {row(t('aplPrint.participantNo'), <span className="print-mono">{p.participantNo}</span>, 'participantNo')}
          {row(t('aplPrint.birth'), birth, 'birth')}
          {row(t('aplPrint.sex'), sex, 'sex')}
          {row(t('aplPrint.address'), p.address ?? '', 'address')}
          {row(t('aplPrint.region'), [named(p.provinceCode, p.codeNames.province), named(p.regencyCode, p.codeNames.regency)].filter(Boolean).join(' / '), 'region')}
          {row(t('aplPrint.phone'), p.phone ?? '', 'phone')}
          {row(t('aplPrint.email'), p.email ?? '', 'email')}
          {row(t('aplPrint.education'), named(p.educationCode, p.codeNames.education), 'education')}
        </tbody>
      </table>
      <h3 className="print-subtitle">{t('aplPrint.work')}</h3>
      <table className="print-table">
        <tbody>
          {row(t('aplPrint.institution'), p.institution ?? '', 'institution')}
          {row(t('aplPrint.occupation'), named(p.occupationCode, p.codeNames.occupation), 'occupation')}
        </tbody>
      </table>
      <h2 className="print-subtitle">{t('aplPrint.part2')}</h2>
      <p>{t('aplPrint.part2Intro')}</p>
      <table className="print-table" data-testid="apl01-scheme">
        <tbody>
          {row(t('forms.schemeTitle'), <BilingualText value={{ id: sheet.detail.scheme.titleId, en: sheet.detail.scheme.titleEn }} />, 'schemeTitle')}
          {row(t('forms.schemeNumber'), sheet.detail.scheme.code, 'schemeNumber')}
          {row(
            t('aplPrint.purpose'),
            <ul className="print-checklist" data-testid="apl01-purpose">
              {APL_PURPOSES.map((purpose) => (
                <li key={purpose} data-purpose={purpose} data-checked={apl01?.purpose === purpose}>
                  {mark(apl01?.purpose === purpose)} {t(PURPOSE_LABEL[purpose])}
                  {purpose === 'lainnya' && apl01?.purpose === 'lainnya' && apl01.purposeNote ? `: ${apl01.purposeNote}` : ''}
                </li>
              ))}
            </ul>,
            'purpose',
          )}
        </tbody>
      </table>
      <h3 className="print-subtitle">{t('aplPrint.unitList')}</h3>
      <table className="print-table" data-testid="apl01-units">
        <thead>
          <tr>
            <th>{t('aplPrint.no')}</th>
            <th>{t('aplPrint.unitCode')}</th>
            <th>{t('aplPrint.unitTitle')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => (
            <tr key={u.unitId}>
              <td>{i + 1}</td>
              <td className="print-nowrap">{u.unitCode}</td>
              <td>
                <BilingualText value={{ id: u.unitTitleId, en: u.unitTitleEn }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="print-subtitle">{t('aplPrint.part3')}</h2>
      {EVIDENCE_KINDS.map((kind) => {
        const rows = (apl01?.evidence ?? []).filter((e) => e.kind === kind);
        return (
          <section key={kind} className="print-form__section">
            <h3 className="print-subtitle">{t(KIND_HEADING[kind])}</h3>
            <table className="print-table" data-testid={`apl01-evidence-${kind}`}>
              <thead>
                <tr>
                  <th>{t('aplPrint.no')}</th>
                  <th>{t('aplPrint.evidence')}</th>
                  {EVIDENCE_STATUSES.map((s) => (
                    <th key={s}>{t(EVIDENCE_STATUS_LABEL[s])}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={2 + EVIDENCE_STATUSES.length}>{t('aplPrint.none')}</td>
                  </tr>
                ) : (
                  rows.map((e, i) => (
                    <tr key={e.id} data-status={e.status}>
                      <td>{i + 1}</td>
                      <td>
                        {e.description}
                        {e.attachment && ` (${t('aplPrint.attached', { name: e.attachment.name })})`}
                      </td>
                      {EVIDENCE_STATUSES.map((s) => (
                        <td key={s}>{mark(e.status === s)}</td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </section>
        );
      })}
      <h2 className="print-subtitle">{t('aplPrint.recommendation')}</h2>
      <p>{t('aplPrint.recommendationIntro')}</p>
      <ul className="print-checklist" data-testid="apl01-recommendation">
        <li data-checked={verification?.result === 'accepted'}>
          {mark(verification?.result === 'accepted')} {t('aplPrint.accepted')}
        </li>
        <li data-checked={verification?.result === 'rejected'}>
          {mark(verification?.result === 'rejected')} {t('aplPrint.rejected')}
        </li>
      </ul>
      <p>
        {t('aplPrint.note')}: {verification?.note ?? ''}
      </p>
      <Signatures
        signers={[
          { role: t('aplPrint.applicant'), name: p.name, signed: null, testId: 'applicant' },
          {
            role: t('aplPrint.lspAdmin'),
            name: verification?.by ?? '',
            signed: verification ? t('aplPrint.verifiedOn', { at: f.dateTime(verification.at) }) : null,
            testId: 'lsp',
          },
        ]}
      />
    </AplFrame>
  );
}

/**
 * FR.APL.02: per unit, per element (with its KUK) the candidate's K / BK and the evidence they point to; then
 * the assessor's recommendation. The candidate's mark is electronic only when they entered it themselves and sent it.
 */
export function Apl02Print({ sheet }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { apl02 } = sheet.detail;
  const units = [...new Map(apl02.rows.map((r) => [r.unitId, r])).values()];
  const review = apl02.review;
  // Only answers the candidate sent: a draft they saved on their PC and never sent carries no mark of theirs.
  const candidateSigned = apl02.submittedAt ? t('forms.enteredOn', { at: f.dateTime(apl02.submittedAt) }) : null;
  return (
    <AplFrame form="apl02" sheet={sheet}>
      {units.map((u) => (
        <section key={u.unitId} className="print-form__section" data-unit={u.unitCode}>
          <table className="print-table">
            <tbody>
              <tr>
                <th scope="row">{t('aplPrint.unitCode')}</th>
                <td>{u.unitCode}</td>
              </tr>
              <tr>
                <th scope="row">{t('aplPrint.unitTitle')}</th>
                <td>
                  <BilingualText value={{ id: u.unitTitleId, en: u.unitTitleEn }} />
                </td>
              </tr>
            </tbody>
          </table>
          <table className="print-table" data-testid="apl02-unit">
            <thead>
              <tr>
                <th>{t('aplPrint.canI')}</th>
                <th>{t('aplPrint.k')}</th>
                <th>{t('aplPrint.bk')}</th>
                <th>{t('aplPrint.selfEvidence')}</th>
              </tr>
            </thead>
            <tbody>
              {apl02.rows
                .filter((r) => r.unitId === u.unitId)
                .map((r) => (
                  <tr key={r.elementId} data-element={r.elementNo} data-answer={r.answer ?? ''}>
                    <td>
                      <strong>
                        {t('aplPrint.element', { n: r.elementNo })}{' '}
                        <BilingualText value={{ id: r.elementTitleId, en: r.elementTitleEn }} />
                      </strong>
                      {r.kuk.length > 0 && (
                        <>
                          <br />
                          {t('aplPrint.kuk')}:
                          <ul>
                            {r.kuk.map((k) => (
                              <li key={k.number}>
                                {k.number} <BilingualText value={{ id: k.textId, en: k.textEn }} />
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                    <td>{mark(r.answer === 'K')}</td>
                    <td>{mark(r.answer === 'BK')}</td>
                    <td>{r.evidence ?? ''}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      {apl02.enteredBy === 'staff' && <p data-testid="apl02-entered-by-staff">{t('aplPrint.enteredByStaff')}</p>}
      <h2 className="print-subtitle">{t('aplPrint.assessorRecommendation')}</h2>
      <ul className="print-checklist" data-testid="apl02-recommendation">
        <li data-checked={review?.recommendation === 'proceed'}>
          {mark(review?.recommendation === 'proceed')} {t('aplPrint.proceed')}
        </li>
        <li data-checked={review?.recommendation === 'not_proceed'}>
          {mark(review?.recommendation === 'not_proceed')} {t('aplPrint.notProceed')}
        </li>
      </ul>
      {review ? (
        <p>
          {t('aplPrint.note')}: {review.note ?? ''}
        </p>
      ) : (
        <p>{t('aplPrint.notReviewed')}</p>
      )}
      <Signatures
        signers={[
          { role: t('forms.signatureCandidate'), name: sheet.personal.name, signed: candidateSigned, testId: 'candidate' },
          {
            role: t('forms.signatureAssessor'),
            name: review?.assessorName ?? '',
            lines: (
              <>
                {t('forms.met')}: {review?.metNumber ?? ''}
                <br />
              </>
            ),
            signed: review ? t('forms.signedOn', { at: f.dateTime(review.at) }) : null,
            testId: 'assessor',
          },
        ]}
      />
    </AplFrame>
  );
}

/** "Jawa Barat (32)": a code with the name the LSP gave it (registry/codeNames), or the code alone. */
function named(code: string | null, name: string | null): string {
  if (code === null) return '';
  return name ? `${name} (${code})` : code;
}
