import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { detail, printed, printOf } from './support';

afterEach(() => {
  window.location.hash = '';
});

const handlers = { 'certificates/get': () => ok(detail()), 'certificates/print': () => ok(printOf([printed(1)])) };

/** A hash change is announced a task later; this waits for that task (and the render it starts). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('the certificate print at its own address', () => {
  it('opened from the certificate it has its address, a reload reopens it, Back and its own button return to the certificate', async () => {
    openAt('certificates/cert-1', handlers);
    await settle();
    fireEvent.click(await screen.findByTestId('certificate-print'));
    await screen.findByTestId('print-certificate-front');
    expect(window.location.hash).toBe('#/certificates/cert-1/print');

    cleanup();
    const { fake } = openAt('certificates/cert-1/print', handlers);
    await screen.findByTestId('print-certificate-front');
    expect(argsOf(fake.calls, 'certificates/print')).toEqual([{ certificateId: 'cert-1' }]);
    expect(screen.getByTestId('print-close').textContent).toBe(id.forms.back.certificate);

    history.back();
    await screen.findByTestId('certificate-screen');
    expect(window.location.hash).toBe('#/certificates/cert-1');
    expect(screen.queryByTestId('print-view')).toBeNull();

    fireEvent.click(await screen.findByTestId('certificate-print'));
    await screen.findByTestId('print-certificate-front');
    fireEvent.click(screen.getByTestId('print-close'));
    await screen.findByTestId('certificate-screen');
    expect(window.location.hash).toBe('#/certificates/cert-1');
  });
});
