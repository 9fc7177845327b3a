import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import { ClockInput, DayInput } from '../../../renderer/src/components/DayInputs';
import type { Language } from '../../../renderer/src/i18n/languages';
import { createI18n } from '../../../renderer/src/i18n/setup';

afterEach(cleanup);

const inLanguage = (language: Language, node: ReactNode) => <I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>;

/** A form holding one value, showing what it holds, with a button that sets it from outside (a record loaded). */
function Form({ initial, kind = 'day', completeOnly = false, quiet = false }: { initial: string; kind?: 'day' | 'clock'; completeOnly?: boolean; quiet?: boolean }) {
  const [value, setValue] = useState(initial);
  const Input = kind === 'day' ? DayInput : ClockInput;
  return (
    <>
      <Input aria-label="when" data-testid="when" value={value} onChange={setValue} completeOnly={completeOnly} quiet={quiet} />
      <output data-testid="held">{value}</output>
      <button type="button" onClick={() => setValue(kind === 'day' ? '2027-01-31' : '07:15')}>
        load
      </button>
    </>
  );
}

const input = () => screen.getByTestId('when') as HTMLInputElement;
const held = () => screen.getByTestId('held').textContent;
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

describe('DayInput', () => {
  it('shows the form’s ISO day day-first and hands on what is typed day-first as ISO, whatever the browser’s locale', () => {
    render(inLanguage('en', <Form initial="2026-03-02" />));
    expect(input().type).toBe('text');
    expect(input().value).toBe('02/03/2026');
    expect(input().placeholder).toBe(en.common.dayInput.placeholder);
    type('5/8/2026');
    expect(held()).toBe('2026-08-05');
    // The text stays as typed while the form holds what it means, and is written out in full once left.
    expect(input().value).toBe('5/8/2026');
    fireEvent.blur(input());
    expect(input().value).toBe('05/08/2026');
    type('2026-08-06');
    fireEvent.blur(input());
    expect(input().value).toBe('06/08/2026');
    expect(held()).toBe('2026-08-06');
    type('');
    expect(held()).toBe('');
  });

  it('hands on a half-typed day as it is, and says how to write it once the field is left', () => {
    render(inLanguage('id', <Form initial="" />));
    expect(input().placeholder).toBe('HH/BB/TTTT');
    type('31/02');
    expect(held()).toBe('31/02');
    expect(screen.queryByTestId('when-problem')).toBeNull();
    fireEvent.blur(input());
    expect(screen.getByTestId('when-problem').textContent).toBe(id.common.dayInput.problem);
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe(screen.getByTestId('when-problem').id);
    type('28/02/2026');
    expect(held()).toBe('2026-02-28');
    expect(screen.queryByTestId('when-problem')).toBeNull();
  });

  it('says a day written day/month/year that the calendar lacks does not exist, not how to write it', () => {
    render(inLanguage('id', <Form initial="" />));
    for (const text of ['31/02/1995', '29/02/1995', '1/13/2026', '31-02-1995', '31.02.1995', '31 Februari 1995']) {
      type(text);
      fireEvent.blur(input());
      expect(screen.getByTestId('when-problem').textContent, text).toBe(id.common.dayInput.notACalendarDay);
      expect(input().getAttribute('aria-invalid')).toBe('true');
    }
    type('31.02.1995x');
    expect(screen.getByTestId('when-problem').textContent).toBe(id.common.dayInput.problem);
    cleanup();
    render(inLanguage('en', <Form initial="" />));
    type('31/02/1995');
    fireEvent.blur(input());
    expect(screen.getByTestId('when-problem').textContent).toBe(en.common.dayInput.notACalendarDay);
    type('31/02/95');
    expect(screen.getByTestId('when-problem').textContent).toBe(en.common.dayInput.problem);
  });

  it('completeOnly: a filter gets only a whole day or nothing, and the text typed so far stays', () => {
    render(inLanguage('id', <Form initial="2026-03-02" completeOnly />));
    type('1/4');
    expect(held()).toBe('2026-03-02');
    expect(input().value).toBe('1/4');
    type('1/4/2026');
    expect(held()).toBe('2026-04-01');
  });

  it('shows a value the form sets itself anew, and says nothing of its own when quiet', () => {
    render(inLanguage('id', <Form initial="" quiet />));
    type('besok');
    fireEvent.blur(input());
    expect(screen.queryByTestId('when-problem')).toBeNull();
    expect(input().getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByText('load'));
    expect(input().value).toBe('31/01/2027');
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });
});

describe('ClockInput', () => {
  it('writes the time the way each language does, reads either, on a 24-hour clock', () => {
    render(inLanguage('id', <Form initial="08:00" kind="clock" />));
    expect(input().value).toBe('08.00');
    type('13.30');
    expect(held()).toBe('13:30');
    type('1 siang');
    fireEvent.blur(input());
    expect(screen.getByTestId('when-problem').textContent).toBe(id.common.clockInput.problem);
    cleanup();
    render(inLanguage('en', <Form initial="08:00" kind="clock" />));
    expect(input().value).toBe('08:00');
    expect(input().placeholder).toBe(en.common.clockInput.placeholder);
  });
});
