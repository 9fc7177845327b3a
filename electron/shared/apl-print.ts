import type { AplDetail } from './scheduling';
import type { Sex } from './registry';
import type { CodeList } from './code-names';

/**
 * apl/print: what FR.APL.01 and FR.APL.02 print. Bagian 1 of FR.APL.01 is the candidate's personal data as
 * the registry holds it (codes as stored: the registry keeps Kemendagri and education/occupation codes, each
 * printed with the name the LSP gave it, if any); the rest is the APL record itself.
 */
export type AplPrintSheet = {
  lspName: string;
  /** The LSP's BNSP licence number, under its name; null where none was recorded. */
  lspLicenceNo: string | null;
  personal: {
    name: string;
    nik: string;
    participantNo: string;
    birthPlace: string | null;
    birthDate: string | null;
    sex: Sex | null;
    address: string | null;
    provinceCode: string | null;
    regencyCode: string | null;
    phone: string | null;
    email: string | null;
    educationCode: string | null;
    occupationCode: string | null;
    institution: string | null;
    /** The names the LSP gave those codes (registry/codeNames), null for a code it gave none. */
    codeNames: Record<CodeList, string | null>;
  };
  detail: AplDetail;
};
