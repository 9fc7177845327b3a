import type { BankFieldIssue, BankItem, BankItemSummary } from '../../../../electron/shared/bank';
import { apiError } from '../../../../electron/shared/errors';
import type { Page, SchemeDetail, SchemeSummary } from '../../../../electron/shared/registry';
import type { TransportReply } from '../../../../renderer/src/api/transport';

/** A scheme version with two units, three KUK in all. */
export const scheme: SchemeDetail = {
  id: 's-1',
  code: 'SKM-JWP',
  version: 2,
  kind: 'kkni',
  level: 3,
  skkni: 'SKKNI 282-2016',
  titleId: 'Junior Web Programmer',
  titleEn: 'Junior Web Programmer',
  approvedOn: null,
  active: true,
  frozen: false,
  latest: true,
  unitCount: 2,
  units: [
    {
      id: 'u-1',
      code: 'J.620100.004.02',
      titleId: 'Menggunakan struktur data',
      titleEn: 'Use data structures',
      elements: [
        {
          id: 'e-1',
          titleId: 'Mengidentifikasi konsep data',
          titleEn: null,
          kuk: [
            { id: 'k-1', number: '1.1', textId: 'Konsep data diidentifikasi', textEn: 'Data concepts are identified', dimensions: [] },
            { id: 'k-2', number: '1.2', textId: 'Struktur data dijelaskan', textEn: null, dimensions: [] },
          ],
        },
      ],
    },
    {
      id: 'u-2',
      code: 'J.620100.005.02',
      titleId: 'Mengimplementasikan user interface',
      titleEn: null,
      elements: [{ id: 'e-2', titleId: 'Membuat rancangan', titleEn: null, kuk: [{ id: 'k-3', number: '1.1', textId: 'Rancangan dibuat', textEn: null, dimensions: [] }] }],
    },
  ],
  versions: [{ id: 's-1', version: 2, active: true }],
  revision: 'rev-1',
} satisfies SchemeDetail;

export const schemes: Page<SchemeSummary> = { rows: [scheme], total: 1, totalAtLeast: null, nextCursor: null };

const kuk1 = { kukId: 'k-1', unitId: 'u-1', unitCode: 'J.620100.004.02', number: '1.1', text: { id: 'Konsep data diidentifikasi', en: 'Data concepts are identified' } };

export function summary(n: number, over: Partial<BankItemSummary> = {}): BankItemSummary {
  return {
    id: `i-${n}`,
    schemeId: 's-1',
    kind: 'multiple_choice',
    ref: `PG-${String(n).padStart(2, '0')}`,
    ordinal: n,
    status: 'draft',
    prompt: { id: `Soal nomor ${n}`, en: null },
    kuks: [kuk1],
    dimensions: ['TS'],
    tags: [],
    missingEnglish: true,
    imageCount: 0,
    used: false,
    replacesId: null,
    ...over,
  };
}

export function item(over: Partial<BankItem> = {}): BankItem {
  return {
    ...summary(1),
    prompt: { id: 'Manakah tipe data bilangan bulat?', en: 'Which is an integer type?' },
    expected: null,
    guide: null,
    scoring: 'yes_no',
    options: [
      { text: { id: 'float', en: null }, correct: false, images: [] },
      { text: { id: 'int', en: null }, correct: true, images: [] },
      { text: { id: 'string', en: null }, correct: false, images: [] },
    ],
    optionsInOrder: false,
    stemImages: [],
    created: { accountId: 'acc-1', name: 'Rina Kartikasari', at: '2026-03-02T01:00:00.000Z' },
    updated: { accountId: 'acc-1', name: 'Rina Kartikasari', at: '2026-03-02T01:00:00.000Z' },
    approved: null,
    retired: null,
    source: null,
    replacedById: null,
    ...over,
  };
}

/** The core's field-by-field refusal of an entry. */
export function bankInvalid(fields: BankFieldIssue[]): TransportReply {
  return { ok: false, error: { ...apiError('BANK_INVALID', { count: fields.length, field: fields[0]?.field ?? '' }), fields } };
}
