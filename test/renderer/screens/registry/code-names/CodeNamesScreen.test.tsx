import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeNames } from '../../../../../electron/shared/code-names';
import { id } from '../../../../../electron/shared/i18n/id';
import { en } from '../../../../../electron/shared/i18n/en';
import { ok } from '../../../fake-transport';
import { argsOf, invalid, openAt } from '../support';

const none: CodeNames = { education: [], occupation: [], province: [], regency: [] };

afterEach(() => {
  window.location.hash = '';
});

describe('the names of the BNSP and Kemendagri codes', () => {
  it('takes a list pasted from Excel, marks each refused entry beside it, and saves the list once fixed', async () => {
    let attempts = 0;
    const { fake } = openAt('code-names', {
      'registry/codeNames': () => ok({ ...none, education: [{ code: '5', name: 'S1' }] }),
      'registry/setCodeNames': (args) => {
        attempts += 1;
        if (attempts === 1) return invalid([{ field: 'entries.2.code', reason: 'code_format' }]);
        const { entries } = args as { entries: CodeNames['education'] };
        return ok({ ...none, education: entries });
      },
    });
    const education = await screen.findByTestId('code-names-education');
    expect(within(education).getAllByTestId('code-name-row')).toHaveLength(1);
    // A heading line, a code already listed under another name, two new ones, a line without a tab.
    fireEvent.change(within(education).getByTestId('code-names-paste-education'), { target: { value: 'Kode\tNama\n5\tD4/S1\n2\tSMP\nSD 1\tSD\nbaris tanpa tab\n' } });
    fireEvent.click(within(education).getByTestId('code-names-paste-add-education'));
    expect(within(education).getByTestId('code-names-note-education').textContent).toBe('2 kode ditambahkan, 1 diganti namanya. Belum tersimpan: tekan Simpan.');
    expect(within(education).getAllByTestId('code-name-row').map((r) => [...r.querySelectorAll('input')].map((i) => i.value))).toEqual([
      ['5', 'D4/S1'],
      ['2', 'SMP'],
      ['SD 1', 'SD'],
    ]);
    // The same lines again change nothing, and the note says so; a paste without a tab says what it lacks.
    fireEvent.change(within(education).getByTestId('code-names-paste-education'), { target: { value: '5\tD4/S1' } });
    fireEvent.click(within(education).getByTestId('code-names-paste-add-education'));
    expect(within(education).getByTestId('code-names-note-education').textContent).toBe(id.registryScreens.codeNames.pasteSame);
    fireEvent.change(within(education).getByTestId('code-names-paste-education'), { target: { value: '5 D4/S1' } });
    fireEvent.click(within(education).getByTestId('code-names-paste-add-education'));
    expect(within(education).getByTestId('code-names-note-education').textContent).toBe(id.registryScreens.codeNames.pasteNone);
    fireEvent.click(within(education).getByTestId('code-names-save-education'));
    const problem = await within(education).findByText(id.registry.reasons.code_format);
    expect(problem.closest('tr')?.querySelector('input')?.value).toBe('SD 1');
    expect(within(education).getByTestId('code-education-2').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(within(education).getByTestId('code-education-2'), { target: { value: '1' } });
    fireEvent.click(within(education).getByTestId('code-names-save-education'));
    await within(education).findByTestId('code-names-saved-education');
    expect(argsOf(fake.calls, 'registry/setCodeNames')[1]).toEqual({
      list: 'education',
      entries: [
        { code: '5', name: 'D4/S1' },
        { code: '2', name: 'SMP' },
        { code: '1', name: 'SD' },
      ],
    });
    // Each list is saved on its own: the others were not sent.
    expect(argsOf(fake.calls, 'registry/setCodeNames').every((a) => (a as { list: string }).list === 'education')).toBe(true);
  });

  it('offers the named codes on the candidate form and says the typed one’s name, in English too', async () => {
    openAt(
      'candidates/new',
      {
        'registry/codeNames': () => ok({ ...none, province: [{ code: '32', name: 'West Java' }], education: [{ code: '5', name: 'Bachelor' }] }),
      },
      'en',
    );
    const province = await screen.findByTestId('field-provinceCode');
    await waitFor(() => expect(screen.getByTestId('suggestions-provinceCode').querySelectorAll('option')).toHaveLength(1));
    expect(screen.getByTestId('suggestions-educationCode').querySelector('option')?.getAttribute('label')).toBe('Bachelor');
    expect(province.getAttribute('list')).toBe(screen.getByTestId('suggestions-provinceCode').id);
    fireEvent.change(province, { target: { value: '32' } });
    const hint = document.getElementById(province.getAttribute('aria-describedby')!.split(' ')[0]);
    expect(hint?.textContent).toBe(en.registryScreens.codeNames.named.replace('{{name}}', 'West Java'));
    expect(screen.queryByTestId('suggestions-occupationCode')).toBeNull();
    expect(screen.getByTestId('candidate-code-names').getAttribute('href')).toBe('#/code-names');
  });
});
