import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { reasonText } from '../../../electron/shared/i18n/import-problem-text';

describe("a refused row's reason cell", () => {
  it('reads as sentences one after another, each ending once, in the language asked', () => {
    const problems = [
      { column: 'Tanggal Lahir', key: 'birthDate', code: 'date_format', params: {} },
      { column: 'L/P', key: 'sex', code: 'choice', params: {} },
      { column: 'NIK', key: 'nik', code: 'SOMETHING_UNKNOWN', params: {} },
    ];
    expect(reasonText(problems, 'id')).toBe(`Tanggal Lahir: ${id.registry.reasons.date_format} L/P: ${id.registry.reasons.choice} NIK: SOMETHING_UNKNOWN.`);
    expect(reasonText(problems.slice(0, 2), 'en')).toBe(`Tanggal Lahir: ${en.registry.reasons.date_format} L/P: ${en.registry.reasons.choice}`);
    expect(reasonText(problems, 'id')).not.toContain('.;');
  });
});
