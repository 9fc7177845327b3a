import type { Core } from '../../../electron/core';
import type { Clock } from '../../../electron/core/clock';
import type { AssessorInput, CandidateInput, SchemeInput, TukInput } from '../../../electron/shared/registry';
import { tempCore } from '../../support/core';

/**
 * 09:00 on 20 Nov 2026 at a TUK in WIB, the demo's ("today" never depends on the day the suite runs): an instant,
 * as the core compares a session's start and end on its TUK's clock with it, whatever zone this computer is in.
 */
export const NOW = new Date('2026-11-20T09:00:00+07:00');
export const fixedClock: Clock = { now: () => NOW };

export const registryCore = (): Promise<Core> => tempCore({ clock: fixedClock });

/** A plausible NIK, distinct per n (n < 980,000): Depok (3276), district 01–99, born 14 March 2005, serial. */
export function nikFor(n: number): string {
  const district = String(1 + Math.floor(n / 9999)).padStart(2, '0');
  const serial = String(1 + (n % 9999)).padStart(4, '0');
  return `3276${district}140305${serial}`;
}

export function candidateInput(n: number, over: Partial<CandidateInput> = {}): CandidateInput {
  return {
    name: `Asesi ${String(n).padStart(6, '0')}`,
    nik: nikFor(n),
    birthPlace: 'Depok',
    birthDate: '2005-03-14',
    sex: 'L',
    address: 'Jl. Margonda Raya No. 1',
    regencyCode: '3276',
    provinceCode: '32',
    phone: '0812-3456-7890',
    email: `asesi${n}@contoh.id`,
    educationCode: '5',
    occupationCode: '2',
    institution: 'SMK Nusantara',
    photoSha256: null,
    ...over,
  };
}

export function assessorInput(n: number, over: Partial<AssessorInput> = {}): AssessorInput {
  return {
    name: `Asesor ${String(n).padStart(4, '0')}`,
    nik: null,
    birthPlace: null,
    birthDate: null,
    sex: 'P',
    address: null,
    city: 'Depok',
    province: 'Jawa Barat',
    phone: null,
    email: null,
    metNumber: `MET.000.${String(n).padStart(6, '0')} 2024`,
    metExpiresOn: '2028-01-31',
    techCertNumber: null,
    techCertExpiresOn: null,
    homeLsp: null,
    loanLetterNo: null,
    loanLetterDate: null,
    schemeCodes: [],
    ...over,
  };
}

export function tukInput(n: number, over: Partial<TukInput> = {}): TukInput {
  return { code: `TUK-${String(n).padStart(3, '0')}`, name: `TUK ${n}`, type: 'sewaktu', address: null, capacity: 40, contactName: null, contactPhone: null, timeZone: 'WIB', ...over };
}

export function schemeInput(over: Partial<SchemeInput> = {}): SchemeInput {
  return {
    code: 'SKM-TST-01',
    kind: 'okupasi',
    level: null,
    skkni: 'SKKNI 282 Tahun 2016',
    titleId: 'Skema Uji',
    titleEn: 'Test Scheme',
    approvedOn: '2025-01-10',
    units: [
      {
        code: 'J.620100.004.02',
        titleId: 'Menggunakan Struktur Data',
        titleEn: null,
        elements: [
          {
            titleId: 'Mengidentifikasi konsep data',
            titleEn: null,
            kuk: [
              { number: '1.1', textId: 'Konsep data diidentifikasi', textEn: null },
              { number: '1.2', textId: 'Struktur data dijelaskan', textEn: null },
            ],
          },
        ],
      },
      {
        code: 'J.620100.005.02',
        titleId: 'Mengimplementasikan User Interface',
        titleEn: null,
        elements: [{ titleId: 'Mengidentifikasi rancangan', titleEn: null, kuk: [{ number: '1.1', textId: 'Rancangan diidentifikasi', textEn: null }] }],
      },
    ],
    ...over,
  };
}

export function auditCount(core: Core, action: string, entityId?: string): number {
  const q = entityId === undefined ? 'SELECT count(*) FROM audit_log WHERE action = ?' : 'SELECT count(*) FROM audit_log WHERE action = ? AND entity_id = ?';
  return core.db.prepare(q).pluck().get(...(entityId === undefined ? [action] : [action, entityId])) as number;
}

export function lastAuditDetails(core: Core, action: string): unknown {
  const text = core.db.prepare('SELECT details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1').pluck().get(action) as string;
  return JSON.parse(text);
}
