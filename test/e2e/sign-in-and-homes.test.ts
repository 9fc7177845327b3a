import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import type { Role } from '../../electron/shared/roles';
import { demo } from '../support/core';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';

let room: Room;
let browser: Browser;
/** Candidates sign in with the session token, so the proctor's start of today's session comes first. */
let token = '';

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  ({ token } = await releaseToken(room));
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

const candidate = demo.people.candidates[0];
const mine = (key: string) => demo.people.candidates.filter((c) => c.assessor === key).length;

type Login = { role: Role; username: string; password: string; candidate?: boolean };
const LOGINS: Login[] = [
  { role: 'lsp_admin', username: 'admin', password: 'admin123!' },
  { role: 'proctor', username: 'proktor', password: 'proktor123!' },
  { role: 'assessor', username: 'asesor1', password: 'asesor123!' },
  { role: 'candidate', username: candidate.participantNo, password: candidate.password, candidate: true },
];

async function openApp(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const { problems } = watchPage(page, room.origin);
  await page.goto(room.url);
  await page.getByTestId('signin-form').waitFor();
  return { page, problems };
}

async function signIn(page: Page, login: Login): Promise<void> {
  await page.getByTestId(login.candidate ? 'signin-mode-candidate' : 'signin-mode-staff').click();
  await page.getByTestId('signin-username').fill(login.username);
  await page.getByTestId('signin-password').fill(login.password);
  if (login.candidate) await page.getByTestId('signin-token').fill(token);
  await page.getByTestId('signin-submit').click();
}

/** What each home must show from the core's demo data. */
async function checkHome(page: Page, role: Role): Promise<void> {
  const home = page.getByTestId(`home-${role}`);
  await home.waitFor();
  if (role === 'lsp_admin') {
    await expect.poll(() => home.textContent()).toContain('SS.JWP/LSPP/005/2022');
    expect(await page.getByTestId('scheme-card').count()).toBe(1);
    expect(await page.getByTestId('sessions-table').locator('tbody tr').count()).toBe(1);
  } else if (role === 'proctor') {
    await expect.poll(() => page.getByTestId('proctor-candidate').count()).toBe(demo.people.candidates.length);
    await expect.poll(() => home.textContent()).toContain(candidate.nik);
  } else if (role === 'assessor') {
    // Polled: the home frame can be there a moment before its data on a loaded machine.
    await expect.poll(() => page.getByTestId('assessor-candidates').locator('tbody tr').count()).toBe(mine('asesor1'));
    await expect.poll(() => home.textContent()).toContain(demo.people.assessors[0].metNumber);
  } else {
    // A candidate's home is the written test, starting with the FR.AK.01 agreement.
    await page.getByTestId('cbt-agreement').waitFor();
    const text = (await home.textContent()) ?? '';
    expect(text).toContain(candidate.name);
    expect(text).toContain(candidate.participantNo);
    // Nobody else's identity on a candidate's screen.
    for (const other of demo.people.candidates.slice(1)) expect(text).not.toContain(other.name);
  }
}

describe('browser mode through the room server', () => {
  it('opens in Indonesian with the demo logins, and switches to English', async () => {
    const { page, problems } = await openApp();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.getByTestId('demo-logins').waitFor();
    expect(await page.getByTestId('demo-login').count()).toBe(4 + demo.people.candidates.length);
    expect(await page.getByTestId('signin-form').textContent()).toContain(id.signIn.submit);
    await screenshot(page, 'sign-in.id');

    await page.getByTestId('lang-en').click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('signin-form').textContent()).toContain(en.signIn.submit);
    await screenshot(page, 'sign-in.en');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fills the form from a demo login', async () => {
    const { page } = await openApp();
    await page.locator('[data-testid="demo-login"][data-username="proktor"]').click();
    // The form takes the login in an effect after the click's render: polled, not read once.
    await expect.poll(() => page.getByTestId('signin-username').inputValue()).toBe('proktor');
    expect(await page.getByTestId('signin-password').inputValue()).toBe('proktor123!');
    await page.context().close();
  });

  it('shows a wrong password in the chosen language and stays signed out', async () => {
    const { page, problems } = await openApp();
    await signIn(page, { role: 'lsp_admin', username: 'admin', password: 'salah-sekali' });
    const error = page.getByTestId('error-message');
    await error.waitFor();
    expect(await error.getAttribute('data-error-code')).toBe('BAD_CREDENTIALS');
    expect(await error.textContent()).toContain(id.errors.BAD_CREDENTIALS);
    await screenshot(page, 'sign-in-error.id');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => error.textContent()).toContain(en.errors.BAD_CREDENTIALS);
    expect(await page.getByTestId('app-header').count()).toBe(0);
    // Failed sign-ins are audited and logged to the console as a 401; that is the only expected noise.
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
    await page.context().close();
  });

  for (const login of LOGINS) {
    it(`signs in as ${login.role}, shows its home in both languages, and signs out`, async () => {
      const { page, problems } = await openApp();
      await signIn(page, login);
      await checkHome(page, login.role);
      const roleLabel = page.getByTestId('signed-in-role');
      expect((await roleLabel.textContent())?.trim()).toBe(id.roles[login.role]);
      await screenshot(page, `home-${login.role}.id`);

      await page.getByTestId('lang-en').click();
      await expect.poll(async () => (await roleLabel.textContent())?.trim()).toBe(en.roles[login.role]);
      await checkHome(page, login.role);
      await screenshot(page, `home-${login.role}.en`);

      // A reload keeps the session (token in sessionStorage, checked with auth/whoami).
      await page.reload();
      await page.getByTestId(`home-${login.role}`).waitFor();

      await page.getByTestId('signout').click();
      await page.getByTestId('signin-form').waitFor();
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
