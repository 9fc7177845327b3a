import { describe, expect, it } from 'vitest';
import { say } from '../../electron/cli/language';

describe('the command line counts in each language', () => {
  it('says one and many in English, and the one Indonesian form for both', () => {
    expect(say('en', 'cli.registry.exportedCandidates', { count: 1, file: 'a.xlsx' })).toBe('1 candidate written to a.xlsx');
    expect(say('en', 'cli.registry.exportedCandidates', { count: 20, file: 'a.xlsx' })).toBe('20 candidates written to a.xlsx');
    expect(say('id', 'cli.registry.exportedCandidates', { count: 1, file: 'a.xlsx' })).toBe('1 asesi ditulis ke a.xlsx');
    expect(say('en', 'cli.registry.exportedRows', { count: 1, file: 's.xlsx' })).toBe('1 row written to s.xlsx');
    expect(say('en', 'cli.bundle.applied', { count: 1 })).toBe('applied; 1 conflict listed');
    expect(say('en', 'cli.bundle.appliedPinned', { count: 0 })).toBe('applied, signer pinned; 0 conflicts listed');
    expect(say('id', 'cli.bundle.applied', { count: 1 })).toBe('diterapkan; 1 konflik dicatat');
    const counts = { source: 'xlsx', add: 1, unchanged: 0, refused: 0, sha256: 'ab' };
    expect(say('en', 'cli.bank.counts', { ...counts, count: 1 })).toBe('xlsx: 1 to add, 0 unchanged, 0 refused (1 question; sha256 ab)');
    expect(say('id', 'cli.bank.counts', { ...counts, count: 2 })).toBe('xlsx: 1 akan ditambahkan, 0 tidak berubah, 0 ditolak (2 soal; sha256 ab)');
  });
});
