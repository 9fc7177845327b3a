import type { Apl01Result, Apl02Recommendation } from '../../../../electron/shared/scheduling';
import { INSTRUMENT_KIND_LABEL, ROLE_LABEL } from '../../i18n/domain-labels';
import type { TranslationKey } from '../../i18n/keys';

const ACTIVE_LABEL = { true: 'registryScreens.status.active', false: 'registryScreens.status.inactive' } as const satisfies Record<string, TranslationKey>;

const BANK_STATUS_LABEL = {
  draft: 'bankScreens.status.draft',
  approved: 'bankScreens.status.approved',
  retired: 'bankScreens.status.retired',
} as const satisfies Record<string, TranslationKey>;

/**
 * An edit's fields in the words of the form they were typed into (the record's own labels), for the audit
 * log's changes line: "Telepon: 0811 → 0812" rather than the stored name "phone". A field not here (another
 * kind of record, a field added later) shows its stored name.
 */
const FIELD_LABEL: Readonly<Record<string, Readonly<Record<string, TranslationKey>>>> = {
  candidate: {
    name: 'registryScreens.candidates.name',
    nik: 'registryScreens.candidates.nik',
    birthPlace: 'registryScreens.candidates.birthPlace',
    birthDate: 'registryScreens.candidates.birthDate',
    sex: 'registryScreens.candidates.sex',
    address: 'registryScreens.candidates.address',
    regencyCode: 'registryScreens.candidates.regencyCode',
    provinceCode: 'registryScreens.candidates.provinceCode',
    phone: 'registryScreens.candidates.phone',
    email: 'registryScreens.candidates.email',
    educationCode: 'registryScreens.candidates.educationCode',
    occupationCode: 'registryScreens.candidates.occupationCode',
    institution: 'registryScreens.candidates.institution',
    photoSha256: 'registryScreens.candidates.photo.title',
    active: 'registryScreens.list.active',
  },
  assessor: {
    name: 'registryScreens.assessors.name',
    nik: 'registryScreens.assessors.nik',
    birthPlace: 'registryScreens.assessors.birthPlace',
    birthDate: 'registryScreens.assessors.birthDate',
    sex: 'registryScreens.assessors.sex',
    address: 'registryScreens.assessors.address',
    city: 'registryScreens.assessors.city',
    province: 'registryScreens.assessors.province',
    phone: 'registryScreens.assessors.phone',
    email: 'registryScreens.assessors.email',
    metNumber: 'registryScreens.assessors.metNumber',
    metExpiresOn: 'registryScreens.assessors.metExpiresOn',
    techCertNumber: 'registryScreens.assessors.techCertNumber',
    techCertExpiresOn: 'registryScreens.assessors.techCertExpiresOn',
    homeLsp: 'registryScreens.assessors.homeLsp',
    loanLetterNo: 'registryScreens.assessors.loanLetterNo',
    loanLetterDate: 'registryScreens.assessors.loanLetterDate',
    schemeCodes: 'registryScreens.assessors.schemes',
    active: 'registryScreens.list.active',
  },
  tuk: {
    code: 'registryScreens.tuks.code',
    name: 'registryScreens.tuks.name',
    type: 'registryScreens.tuks.type',
    address: 'registryScreens.tuks.address',
    capacity: 'registryScreens.tuks.capacity',
    contactName: 'registryScreens.tuks.contactName',
    contactPhone: 'registryScreens.tuks.contactPhone',
    timeZone: 'registryScreens.tuks.timeZone',
    active: 'registryScreens.list.active',
  },
  // A scheme's own edits are its tree (shown in the entry); its deactivation is the one field line.
  scheme: {
    active: 'registryScreens.list.active',
  },
  session: {
    code: 'schedulingScreens.planner.code',
    titleId: 'schedulingScreens.planner.titleId',
    date: 'schedulingScreens.planner.date',
    startTime: 'schedulingScreens.planner.startTime',
    durationMinutes: 'schedulingScreens.planner.duration',
    mode: 'schedulingScreens.planner.mode',
    assessorIds: 'schedulingScreens.planner.assessors',
    candidates: 'audit.session.candidates',
    schemeId: 'schedulingScreens.scheme',
    tukId: 'schedulingScreens.tuk',
  },
  // The LSP's own details, by the labels of its page.
  lsp: {
    name: 'setup.lspName',
    licenceNo: 'setup.licenceNo',
    address: 'lspProfile.address',
  },
  // A staff account's edit, by the labels of its row and the new-account form.
  account: {
    role: 'accounts.role',
    displayName: 'setup.adminName',
    assessorId: 'accounts.assessorPick',
  },
  // A question of the bank and an observation benchmark, by the labels of the question's form.
  item: {
    kind: 'bankScreens.item.kind',
    ref: 'bankScreens.item.ref',
    kukIds: 'bankScreens.item.kuks',
    dimensions: 'bankScreens.item.dimensions',
    prompt: 'bankScreens.item.prompt',
    expected: 'bankScreens.item.expected',
    guide: 'bankScreens.item.guide',
    scoring: 'bankScreens.item.scoring',
    options: 'bankScreens.item.options',
    tags: 'bankScreens.item.tags',
    status: 'bankScreens.list.status',
    images: 'bankScreens.images.title',
  },
  observation_item: {
    text: 'bankScreens.item.benchmark',
    status: 'bankScreens.list.status',
  },
  // FR.APL.01's verification and FR.APL.02's review, by the labels of the application's page.
  apl_application: {
    result: 'schedulingScreens.apl01.result',
    recommendation: 'schedulingScreens.apl02.recommendation',
    note: 'schedulingScreens.note',
    assessorId: 'schedulingScreens.planner.assessor',
  },
};

/**
 * A coded value of an edited field in the words its form shows it in ("Diterima", not "accepted"); a value
 * not here shows as stored.
 */
const VALUE_LABEL: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, TranslationKey>>>>>> = {
  apl_application: {
    result: { accepted: 'schedulingScreens.apl01.accepted', rejected: 'schedulingScreens.apl01.rejected' } satisfies Record<Apl01Result, TranslationKey>,
    recommendation: { proceed: 'schedulingScreens.apl02.proceed', not_proceed: 'schedulingScreens.apl02.notProceed' } satisfies Record<Apl02Recommendation, TranslationKey>,
  },
  account: { role: ROLE_LABEL },
  // A question's life (draft, approved, retired) and kind, in the bank's words.
  item: { status: BANK_STATUS_LABEL, kind: INSTRUMENT_KIND_LABEL },
  observation_item: { status: BANK_STATUS_LABEL },
  // A registry record (de)activated: "Status: Aktif → Nonaktif", where it read "active: true → false".
  candidate: { active: ACTIVE_LABEL },
  assessor: { active: ACTIVE_LABEL },
  tuk: { active: ACTIVE_LABEL },
  scheme: { active: ACTIVE_LABEL },
};

/** The label key of a coded value of an edited field of that kind of record, if it has one. */
export function auditValueLabel(entity: string | null, field: string, value: unknown): TranslationKey | undefined {
  // A flag is looked up by its word ("true", "false").
  const coded = typeof value === 'boolean' ? String(value) : value;
  if (entity === null || typeof coded !== 'string' || !Object.hasOwn(VALUE_LABEL, entity) || !Object.hasOwn(VALUE_LABEL[entity], field)) return undefined;
  const words = VALUE_LABEL[entity][field];
  return Object.hasOwn(words, coded) ? words[coded] : undefined;
}

/** The label key of an edited field of that kind of record, if it has one. */
export const auditFieldLabel = (entity: string | null, field: string): TranslationKey | undefined =>
  entity !== null && Object.hasOwn(FIELD_LABEL, entity) && Object.hasOwn(FIELD_LABEL[entity], field) ? FIELD_LABEL[entity][field] : undefined;
