import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import type { SchemeDetail, SchemeInput } from '../../../../electron/shared/registry';
import { ok } from '../../fake-transport';
import { argsOf, invalid, openAt } from './support';

afterEach(() => {
  window.location.hash = '';
});

const scheme = (over: Partial<SchemeDetail> = {}): SchemeDetail => ({
  id: 'sch-1',
  code: 'SKM-JWP-2016',
  version: 1,
  kind: 'kkni',
  level: 2,
  skkni: 'SKKNI No. 282 Tahun 2016',
  titleId: 'Junior Web Programmer',
  titleEn: 'Junior Web Programmer',
  approvedOn: '2024-01-15',
  active: true,
  frozen: false,
  latest: true,
  unitCount: 1,
  units: [
    {
      id: 'u-1',
      code: 'J.620100.004.02',
      titleId: 'Menggunakan Struktur Data',
      titleEn: 'Using Data Structures',
      elements: [
        {
          id: 'e-1',
          titleId: 'Mengidentifikasi konsep data dan struktur data',
          titleEn: null,
          kuk: [
            { id: 'k-1', number: '1.1', textId: 'Konsep data diidentifikasi', textEn: null, dimensions: [] },
            { id: 'k-2', number: '1.2', textId: 'Alternatif struktur data dibandingkan', textEn: null, dimensions: [] },
          ],
        },
      ],
    },
  ],
  versions: [{ id: 'sch-1', version: 1, active: true }],
  revision: 'rev-1',
  ...over,
});

const sentScheme = (calls: { method: string; args: unknown }[], method: 'schemes/create' | 'schemes/update', index = 0) =>
  (argsOf(calls, method)[index] as { scheme: SchemeInput }).scheme;

describe('scheme tree editor', () => {
  it('adds a unit with an element and KUK, reorders and removes with the keyboard-reachable buttons, and sends the tree in order', async () => {
    const { fake } = openAt('schemes/new', { 'schemes/create': () => ok(scheme({ id: 'sch-9' })), 'schemes/get': () => ok(scheme({ id: 'sch-9' })) });
    fireEvent.change(await screen.findByTestId('field-code'), { target: { value: 'SKM-01' } });
    fireEvent.change(screen.getByTestId('field-titleId'), { target: { value: 'Skema Uji' } });
    fireEvent.change(screen.getByTestId('field-skkni'), { target: { value: 'SKKNI 1/2020' } });
    fireEvent.click(screen.getByTestId('tree-add-unit'));
    fireEvent.click(screen.getByTestId('tree-add-unit'));
    const units = () => screen.getAllByTestId('tree-unit');
    expect(units()).toHaveLength(2);
    fireEvent.change(within(units()[0]).getByTestId('field-units.0.code'), { target: { value: 'J.620100.001.01' } });
    fireEvent.change(within(units()[1]).getByTestId('field-units.1.code'), { target: { value: 'J.620100.002.01' } });
    // A new element starts with KUK 1.1; another KUK is numbered after it.
    fireEvent.click(within(units()[0]).getByTestId('tree-add-kuk'));
    expect((within(units()[0]).getByTestId('field-units.0.elements.0.kuk.1.number') as HTMLInputElement).value).toBe('1.2');
    fireEvent.click(within(units()[0]).getByTestId('tree-add-element'));
    expect((within(units()[0]).getByTestId('field-units.0.elements.1.kuk.0.number') as HTMLInputElement).value).toBe('2.1');

    // Unit 2 moves above unit 1 by its "up" button, named for a screen reader.
    const up = within(units()[1]).getByRole('button', { name: id.registryScreens.schemes.moveUnitUp.replace('{{number}}', '2') });
    up.focus();
    fireEvent.click(up);
    expect((within(units()[0]).getByTestId('field-units.0.code') as HTMLInputElement).value).toBe('J.620100.002.01');
    // The moved unit keeps the focus on its buttons: now first, its "up" is disabled, so "down" has it.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(id.registryScreens.schemes.moveUnitDown.replace('{{number}}', '1')));
    // The first element of the (now second) unit goes.
    fireEvent.click(within(units()[1]).getByRole('button', { name: id.registryScreens.schemes.removeElement.replace('{{number}}', '1') }));
    // The focus goes to that unit's "add element" rather than back to the page's start.
    await waitFor(() => expect(document.activeElement).toBe(within(units()[1]).getByTestId('tree-add-element')));

    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/schemes/sch-9'));
    const sent = sentScheme(fake.calls, 'schemes/create');
    expect(sent.units.map((u) => u.code)).toEqual(['J.620100.002.01', 'J.620100.001.01']);
    expect(sent.units[1].elements.map((e) => e.kuk.map((k) => k.number))).toEqual([['2.1']]);
    expect(sent).toMatchObject({ code: 'SKM-01', kind: 'kkni', level: null, titleId: 'Skema Uji', titleEn: null, skkni: 'SKKNI 1/2020', approvedOn: null });
  });

  it('shows a KUK refused by the core beside that KUK, and keeps the ids of the nodes it edits', async () => {
    const { fake } = openAt('schemes/sch-1', {
      'schemes/get': () => ok(scheme()),
      'schemes/update': () => invalid([{ field: 'units.0.elements.0.kuk.1.number', reason: 'duplicate' }]),
    });
    const kuk2 = await screen.findByTestId('field-units.0.elements.0.kuk.1.number');
    fireEvent.change(kuk2, { target: { value: '1.1' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-units.0.elements.0.kuk.1.number')).textContent).toBe(id.registry.reasons.duplicate);
    expect(screen.queryByTestId('problem-units.0.elements.0.kuk.0.number')).toBeNull();
    const sent = sentScheme(fake.calls, 'schemes/update');
    expect(sent.units[0]).toMatchObject({ id: 'u-1', elements: [{ id: 'e-1', kuk: [{ id: 'k-1', number: '1.1' }, { id: 'k-2', number: '1.1' }] }] });
    // With the revision it opened: a save over another admin's later edit is refused rather than undoing it.
    expect(fake.calls.find((c) => c.method === 'schemes/update')?.args).toMatchObject({ schemeId: 'sch-1', revision: 'rev-1' });
  });

  it('after a save that added a KUK, the editor holds the saved tree, so the next save names the new KUK by its id', async () => {
    const added = scheme({ titleId: 'Junior Web Programmer (revisi)' });
    added.units[0].elements[0].kuk.push({ id: 'k-3', number: '1.3', textId: 'Struktur data dipilih', textEn: null, dimensions: [] });
    let current = scheme();
    const { fake } = openAt('schemes/sch-1', {
      'schemes/get': () => ok(current),
      'schemes/update': () => {
        current = added;
        return ok({ scheme: added, newVersion: false });
      },
    });
    fireEvent.click(await screen.findByTestId('tree-add-kuk'));
    fireEvent.change(screen.getByTestId('field-units.0.elements.0.kuk.2.textId'), { target: { value: 'Struktur data dipilih' } });
    fireEvent.click(screen.getByTestId('record-save'));
    // The page reads the saved scheme again (its title changed on the core): the editor restarts from it.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Junior Web Programmer (revisi)'));
    expect(screen.getByTestId('record-saved')).toBeTruthy();
    expect(sentScheme(fake.calls, 'schemes/update').units[0].elements[0].kuk[2]).toEqual({ number: '1.3', textId: 'Struktur data dipilih', textEn: null });
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'schemes/update')).toHaveLength(2));
    expect(sentScheme(fake.calls, 'schemes/update', 1).units[0].elements[0].kuk[2]).toMatchObject({ id: 'k-3', number: '1.3' });
  });

  it('a frozen scheme says saving makes a new version, and after saving opens that version and says so', async () => {
    const v2 = scheme({ id: 'sch-2', version: 2, frozen: false, versions: [{ id: 'sch-1', version: 1, active: true }, { id: 'sch-2', version: 2, active: true }] });
    openAt('schemes/sch-1', {
      'schemes/get': (args) => ok((args as { schemeId: string }).schemeId === 'sch-2' ? v2 : scheme({ frozen: true, latest: true })),
      'schemes/update': () => ok({ scheme: v2, newVersion: true }),
    });
    expect((await screen.findByTestId('scheme-frozen')).textContent).toBe(id.registryScreens.schemes.frozen);
    // The button says it too, with the version the save will make.
    expect(screen.getByTestId('record-save').textContent).toBe(id.registryScreens.schemes.saveNewVersion.replace('{{version}}', '2'));
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/schemes/sch-2'));
    expect((await screen.findByTestId('scheme-new-version')).textContent).toBe(id.registryScreens.schemes.newVersion.replace('{{version}}', '2'));
    expect(screen.getByTestId('scheme-version').textContent).toBe('2');
    const versions = screen.getAllByTestId('scheme-version-row');
    expect(versions).toHaveLength(2);
    // Newest first; the older one is a link to its own page.
    expect(within(versions[1]).getByRole('link').getAttribute('href')).toBe('#/schemes/sch-1');
  });

  it('an older version is read-only: no save button, every input disabled, and a link to the latest version', async () => {
    const versions = [{ id: 'sch-1', version: 1, active: true }, { id: 'sch-3', version: 3, active: true }, { id: 'sch-2', version: 2, active: true }];
    const { fake } = openAt('schemes/sch-1', { 'schemes/get': () => ok(scheme({ frozen: true, latest: false, versions })) });
    const notice = await screen.findByTestId('scheme-older');
    expect(notice.textContent).toContain(id.registryScreens.schemes.olderVersion);
    expect(within(notice).getByTestId('scheme-open-latest').getAttribute('href')).toBe('#/schemes/sch-3');
    expect(within(notice).getByTestId('scheme-open-latest').textContent).toBe(id.registryScreens.schemes.openLatest.replace('{{version}}', '3'));
    // The frozen notice promises a save into a new version: not on an older one.
    expect(screen.queryByTestId('scheme-frozen')).toBeNull();
    expect(screen.queryByTestId('record-save')).toBeNull();
    expect(screen.getByTestId('field-skkni').matches(':disabled')).toBe(true);
    expect(screen.getByTestId('tree-add-unit').matches(':disabled')).toBe(true);
    // Enter in a field submits nothing either.
    fireEvent.submit(screen.getByTestId('scheme-form'));
    expect(argsOf(fake.calls, 'schemes/update')).toHaveLength(0);
  });
});

describe("a scheme's page in English", () => {
  it('is headed by the English title where the LSP wrote one, and by the Indonesian one where it did not', async () => {
    const solar = scheme({ titleId: 'Teknisi Pemasangan PLTS Atap', titleEn: 'Rooftop Solar PV Installer' });
    const { unmount } = openAt('schemes/sch-1', { 'schemes/get': () => ok(solar) }, 'en');
    await screen.findByTestId('scheme-code');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Rooftop Solar PV Installer');
    expect(screen.getAllByRole('heading', { name: 'Rooftop Solar PV Installer' }).length).toBeGreaterThan(1);
    expect(screen.queryByRole('heading', { name: 'Teknisi Pemasangan PLTS Atap' })).toBeNull();
    unmount();

    openAt('schemes/sch-1', { 'schemes/get': () => ok({ ...solar, titleEn: null }) }, 'en');
    await screen.findByTestId('scheme-code');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Teknisi Pemasangan PLTS Atap');
  });
});
