import { describe, expect, it } from 'vitest';
import { allowedRecommendation, suggestUnit, type ItemEvidence, type KukEvidence } from '../../../electron/core/assessment/suggestion';

const text = { id: 'KUK', en: null };
const kuk = (number: string, observation: KukEvidence['observation'], items: ItemEvidence[] = []): KukEvidence => ({
  kukNumber: number,
  elementNo: Number(number.split('.')[0]),
  text,
  observation,
  items,
});
const mc = (ref: string, state: ItemEvidence['state']): ItemEvidence => ({ ref, instrument: 'multiple_choice', state });
const essay = (ref: string, state: ItemEvidence['state']): ItemEvidence => ({ ref, instrument: 'essay', state });
const oral = (ref: string, state: ItemEvidence['state']): ItemEvidence => ({ ref, instrument: 'oral', state });
const supporting = (ref: string, state: ItemEvidence['state']): ItemEvidence => ({ ref, instrument: 'supporting', state });

type Row = { name: string; kuks: KukEvidence[]; suggestion: 'K' | 'BK'; reasons: [string, string, string[]][] };

const TABLE: Row[] = [
  {
    name: 'all K: every observation K and every question achieved',
    kuks: [kuk('1.1', 'k', [mc('PG-01', 'achieved')]), kuk('1.2', 'k', [essay('ES-01', 'achieved'), oral('LS-01', 'achieved')])],
    suggestion: 'K',
    reasons: [],
  },
  {
    name: 'an oral or supporting question not asked is not missing evidence',
    kuks: [kuk('1.1', 'k', [oral('LS-01', 'pending'), supporting('PP-01', 'pending')])],
    suggestion: 'K',
    reasons: [],
  },
  {
    name: 'one KUK observed BK',
    kuks: [kuk('1.1', 'k'), kuk('1.2', 'bk', [mc('PG-02', 'achieved')])],
    suggestion: 'BK',
    reasons: [['bk', '1.2', ['FR.IA.01']]],
  },
  {
    name: 'a KUK whose observation is not recorded yet',
    kuks: [kuk('1.1', 'k'), kuk('1.2', null)],
    suggestion: 'BK',
    reasons: [['missing', '1.2', ['FR.IA.01']]],
  },
  {
    name: 'a written question not scored yet (essay unmarked, test not submitted)',
    kuks: [kuk('1.1', 'k', [essay('ES-02', 'pending'), mc('PG-03', 'pending')])],
    suggestion: 'BK',
    reasons: [['missing', '1.1', ['ES-02', 'PG-03']]],
  },
  {
    name: 'a KUK nothing in the scheme covers',
    kuks: [kuk('1.1', 'k'), kuk('2.1', 'none')],
    suggestion: 'BK',
    reasons: [['no_evidence', '2.1', []]],
  },
  {
    name: 'a KUK with no benchmark is covered by an achieved question',
    kuks: [kuk('2.1', 'none', [mc('PG-04', 'achieved')])],
    suggestion: 'K',
    reasons: [],
  },
  {
    name: 'open penilaian lanjut',
    kuks: [kuk('1.1', 'further', [mc('PG-01', 'achieved')])],
    suggestion: 'BK',
    reasons: [['further', '1.1', ['FR.IA.01']]],
  },
  {
    name: 'a wrong multiple-choice answer with no oral follow-up',
    kuks: [kuk('1.1', 'k', [mc('PG-01', 'not_achieved')])],
    suggestion: 'BK',
    reasons: [['not_achieved', '1.1', ['PG-01']]],
  },
  {
    name: 'a wrong answer confirmed by an oral question answered Ya',
    kuks: [kuk('1.1', 'k', [mc('PG-01', 'not_achieved'), oral('LS-01', 'achieved')])],
    suggestion: 'K',
    reasons: [],
  },
  {
    name: 'an oral question answered Tidak, not confirmed otherwise',
    kuks: [kuk('1.1', 'k', [oral('LS-01', 'not_achieved')])],
    suggestion: 'BK',
    reasons: [['not_achieved', '1.1', ['LS-01']]],
  },
  {
    name: 'BK outranks missing evidence on the same KUK, and each KUK gets its own reason',
    kuks: [kuk('1.1', 'bk', [essay('ES-01', 'pending')]), kuk('1.2', null), kuk('1.3', 'further')],
    suggestion: 'BK',
    reasons: [
      ['bk', '1.1', ['FR.IA.01']],
      ['missing', '1.2', ['FR.IA.01']],
      ['further', '1.3', ['FR.IA.01']],
    ],
  },
  { name: 'a unit without KUK is never K', kuks: [], suggestion: 'BK', reasons: [] },
];

describe('per-unit suggestion (a unit is K only when every KUK is covered by sufficient evidence)', () => {
  it.each(TABLE)('$name → $suggestion', ({ kuks, suggestion, reasons }) => {
    const result = suggestUnit(kuks);
    expect(result.suggestion).toBe(suggestion);
    expect(result.reasons.map((r) => [r.kind, r.kukNumber, r.refs])).toEqual(reasons);
  });
});

describe('overall recommendation', () => {
  it.each([
    { decisions: ['K', 'K', 'K'] as const, allowed: 'K' },
    { decisions: ['K', 'BK', 'K'] as const, allowed: 'BK' },
    { decisions: ['K', null] as const, allowed: null },
    { decisions: [] as const, allowed: null },
  ])('$decisions → $allowed', ({ decisions, allowed }) => {
    expect(allowedRecommendation(decisions)).toBe(allowed);
  });
});
