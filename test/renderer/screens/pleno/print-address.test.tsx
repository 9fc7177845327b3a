import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { printed, printOf } from '../certificates/support';
import { argsOf, openAt } from '../registry/support';
import { SIGNED } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const handlers = {
  'pleno/get': () => ok(SIGNED),
  'certificates/print': () => ok(printOf([printed(1)])),
  'certificates/sessionCodes': () => ok({ scheduleCode: null, fundingCode: null, ministryCode: null }),
};

/** A hash change is announced a task later; this waits for that task (and the render it starts). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

const PRINTS = [
  { button: 'pleno-print-minutes', route: 'pleno/pl-1/minutes', shown: 'print-pleno-minutes' },
  { button: 'pleno-print-sk', route: 'pleno/pl-1/sk', shown: 'print-pleno-sk' },
  { button: 'pleno-certificates-print', route: 'pleno/pl-1/certificates', shown: 'print-certificate-front' },
] as const;

describe("the pleno's prints at their own addresses", () => {
  for (const print of PRINTS) {
    it(`${print.route}: opened from the pleno it has its address, a reload reopens it, Back and its own button return to the pleno`, async () => {
      openAt('pleno/pl-1', handlers);
      await settle();
      fireEvent.click(await screen.findByTestId(print.button));
      await screen.findByTestId(print.shown);
      expect(window.location.hash).toBe(`#/${print.route}`);

      // A reload: the app starts again at the same address and shows the same print.
      cleanup();
      openAt(print.route, handlers);
      await screen.findByTestId(print.shown);
      expect(screen.getByTestId('print-close').textContent).toBe(id.forms.back.pleno);

      // Back leaves the print for the pleno it was opened from, not the page before the pleno.
      history.back();
      await screen.findByTestId('pleno-screen');
      expect(window.location.hash).toBe('#/pleno/pl-1');
      expect(screen.queryByTestId('print-view')).toBeNull();

      fireEvent.click(await screen.findByTestId(print.button));
      await screen.findByTestId(print.shown);
      fireEvent.click(screen.getByTestId('print-close'));
      await screen.findByTestId('pleno-screen');
      expect(window.location.hash).toBe('#/pleno/pl-1');
    });
  }

  it("the pleno's certificates print asks the core for that pleno's certificates", async () => {
    const { fake } = openAt('pleno/pl-1/certificates', handlers);
    await screen.findByTestId('print-certificate-front');
    expect(argsOf(fake.calls, 'certificates/print')).toEqual([{ plenoId: 'pl-1' }]);
  });

  it('a word after the pleno that names no print shows the pleno', async () => {
    openAt('pleno/pl-1/other', handlers);
    await screen.findByTestId('pleno-screen');
    expect(screen.queryByTestId('print-view')).toBeNull();
  });
});
