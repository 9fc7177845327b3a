import type { SessionSheet } from '../../../../electron/shared/assessment';

type Row = SessionSheet['rows'][number];
type Header = SessionSheet['header'];

/** One candidate of a session sheet, not yet at the door, with no card password. */
export const sheetRow = (n: number, over: Partial<Row> = {}): Row => ({
  candidateId: `c${n}`,
  participantNo: `P-${n}`,
  name: `Asesi ${n}`,
  seat: null,
  nik: '3276010000000000',
  institution: null,
  assessorName: 'Asesor',
  attendance: 'not_recorded',
  cardPassword: null,
  ...over,
});

/** A session sheet of a TUK Mandiri with one assessor; the attendance counts follow the rows given. */
export function sessionSheet(rows: Row[] = [], header: Partial<Header> = {}): SessionSheet {
  return {
    header: {
      lspName: 'LSP Uji',
      lspLicenceNo: 'BNSP-LSP-UJI-0001',
      schemeCode: 'SKM-01',
      schemeTitle: { id: 'Skema', en: 'Scheme' },
      sessionId: 's1',
      sessionCode: 'JDW-20261201-001',
      sessionTitle: { id: 'Sesi', en: 'Session' },
      tukName: 'TUK Uji',
      tukType: 'mandiri',
      tukZone: null,
      date: '2026-12-01',
      startTime: '08:00',
      assessorNames: ['Asesor'],
      assessors: [{ name: 'Asesor', metNumber: 'MET.000.001' }],
      ...header,
    },
    attendance: { registered: rows.length, present: 0, absent: 0, notRecorded: rows.length },
    rows,
  };
}
