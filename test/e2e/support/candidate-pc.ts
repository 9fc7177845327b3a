import type { Page } from 'playwright-core';

export type CandidateLogin = { participantNo: string; password: string };

/** A candidate signs in on the Peserta tab of the page's sign-in screen, with the session's exam token. */
export async function signInCandidate(page: Page, who: CandidateLogin, token: string): Promise<void> {
  await page.getByTestId('signin-mode-candidate').click();
  await page.getByTestId('signin-username').fill(who.participantNo);
  await page.getByTestId('signin-password').fill(who.password);
  await page.getByTestId('signin-token').fill(token);
  await page.getByTestId('signin-submit').click();
}

/** From the FR.AK.01 agreement to the test screen: accept, start, wait for the first question. */
export async function acceptAndStart(page: Page): Promise<void> {
  await page.getByTestId('cbt-agreement').waitFor();
  await page.getByTestId('agreement-accept').check();
  await page.getByTestId('agreement-start').click();
  await page.getByTestId('cbt-test').waitFor();
}
