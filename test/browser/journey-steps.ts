/** What every browser journey shares: named steps that report and screenshot a failure, signing in and out. */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const PASSWORD = 'Hearth-demo-2026';
const counts = { passed: 0, failed: 0 };
let currentPage: Page | undefined;

/** The page a failing step photographs. */
export const watchPage = (page: Page) => {
  currentPage = page;
};
export const stepCounts = () => ({ ...counts });

export async function step(name: string, work: () => Promise<void>) {
  try {
    await work();
    counts.passed += 1;
    console.log(`✓ ${name}`);
  } catch (error) {
    counts.failed += 1;
    console.error(`✗ ${name}\n${(error as Error).stack ?? error}`);
    // What the page showed when the step failed, outside docs/screenshots.
    const shot = path.join(tmpdir(), 'hearth-journey-failure.png');
    await currentPage?.screenshot({ path: shot, fullPage: true }).then(
      () => console.error(`  page at failure: ${shot}`),
      () => undefined,
    );
    throw error;
  }
}

export async function signIn(page: Page, url: string, username: string) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
}

export async function signOut(page: Page) {
  // On a tablet or phone the header's links and the sign-out button sit behind the menu button.
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
}

/** Ends a journey's process: a failed step has already been reported; anything else is said here. */
export function finish(run: Promise<void>) {
  run.then(
    () => console.log(`\n${counts.passed} passed, ${counts.failed} failed`),
    (error) => {
      console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
      if (counts.failed === 0) console.error(error);
      process.exitCode = 1;
    },
  );
}

/** A supervisor decides the first request of this kind in the approval queue (SUP-3). */
export async function approveFromQueue(page: Page, kind: RegExp) {
  await page.getByRole('link', { name: 'Approvals', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Approval queue' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: kind });
  await row
    .locator('summary')
    .filter({ hasText: /^Decide/ })
    .click();
  await row.getByRole('button', { name: /^Approve/ }).click();
  await page
    .getByText(/approved\.$/)
    .first()
    .waitFor();
}
