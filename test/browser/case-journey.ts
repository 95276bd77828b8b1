/**
 * The ongoing case in a real browser (issue 11: ENG-1, ENG-2; PLAT-6), continuing the investigation
 * journey on the case its decision opened: the caseworker adds the children's father (whereabouts
 * unknown) and his mother as a possible placement resource, and Maya's soccer coach, with a double
 * click that must add one person; logs a search for the father; sees the genogram and ecomap. The
 * ongoing unit's supervisor then finds the case in Team cases and transfers it, the history kept.
 * axe-core checks every page; screenshots go to docs/screenshots.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { capture, expectNoAxeViolations } from './harness.js';
import { signIn, signOut, step } from './journey-steps.js';

async function addMember(
  page: Page,
  fields: {
    first: string;
    last: string;
    sex?: string;
    role: string;
    connection: string;
    side?: string;
    related?: [string, string];
    flags?: string[];
    tie?: string;
  },
  doubleClick = false,
) {
  await page.getByRole('button', { name: 'Add a relative or support' }).click();
  const form = page.getByRole('form', { name: 'Add a relative or natural support' });
  await form.getByLabel('First name').fill(fields.first);
  await form.getByLabel('Last name').fill(fields.last);
  await form.getByLabel('Role in the family’s life').selectOption({ label: fields.role });
  await form.getByLabel('How they are connected, in the family’s words').fill(fields.connection);
  if (fields.sex) await form.getByLabel('Sex').selectOption({ label: fields.sex });
  if (fields.side) await form.getByLabel('Side of the family').selectOption({ label: fields.side });
  if (fields.related) {
    await form.getByLabel('Related to').selectOption({ label: fields.related[0] });
    await form.getByLabel('How related').selectOption({ label: fields.related[1] });
  }
  if (fields.tie) await form.getByLabel('Strength of the tie (for the ecomap)').selectOption({ label: fields.tie });
  for (const flag of fields.flags ?? []) await form.getByLabel(flag).check();
  const save = form.getByRole('button', { name: 'Add to the network' });
  if (doubleClick) await save.dblclick();
  else await save.click();
  await page.getByText(`${fields.first} ${fields.last} was added to the family network.`).waitFor();
}

export async function caseJourney(page: Page, url: string) {
  let caseUrl = '';
  await step('the caseworker adds the father, his mother and Maya’s coach to the family network (ENG-1)', async () => {
    const menu = page.getByRole('button', { name: 'Menú', exact: true });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'English' }).first().click();
    const close = page.getByRole('button', { name: 'Close menu' });
    if (await close.isVisible()) await close.click();
    await page.getByRole('heading', { name: 'Family network' }).waitFor();
    caseUrl = page.url();
    await addMember(
      page,
      {
        first: 'Daniel',
        last: 'Reyes',
        sex: 'Male',
        role: 'Parent',
        connection: 'Maya’s and Leo’s father, lives apart',
        side: 'Paternal side',
        related: ['Maya Torres', 'Parent of'],
        flags: ['Whereabouts unknown'],
      },
      true,
    );
    await addMember(page, {
      first: 'Carmen',
      last: 'Reyes',
      sex: 'Female',
      role: 'Relative',
      connection: 'Paternal grandmother',
      side: 'Paternal side',
      related: ['Daniel Reyes', 'Parent of'],
      flags: ['Possible placement resource'],
      tie: 'Strong',
    });
    await addMember(page, { first: 'Sam', last: 'Okafor', role: 'Natural support', connection: 'Maya’s soccer coach', tie: 'Moderate' });
    const table = page.getByRole('table', { name: /^Family network/ });
    assert.equal(await table.getByRole('rowheader', { name: /^Daniel Reyes/ }).count(), 1, 'a double-click adds the father once');
    await table.getByRole('rowheader', { name: /^Sam Okafor/ }).waitFor();
  });

  await step('the caseworker logs a search for the father (ENG-2) and sees the genogram and ecomap', async () => {
    await page
      .getByRole('row', { name: /^Daniel Reyes/ })
      .getByRole('button', { name: /^Record a search/ })
      .click();
    const form = page.getByRole('form', { name: 'Record a search' });
    await form.getByLabel('Where you looked').selectOption({ label: 'Asked relatives' });
    await form.getByLabel('What the search found').fill('His mother last heard from him in the summer; she thinks he moved to Bristol.');
    await form.getByRole('button', { name: 'Record the search' }).click();
    await page.getByText('The search was recorded.').waitFor();
    await page
      .getByRole('table', { name: /^Searches made for Daniel Reyes/ })
      .getByText('Asked relatives')
      .waitFor();
    await page.getByText('Whereabouts still unknown.').waitFor();
    await page.getByRole('img', { name: /^Genogram/ }).waitFor();
    await page.getByRole('img', { name: /^Ecomap/ }).waitFor();
    await expectNoAxeViolations(page, 'case family network');
    await capture(page, '40-case-family-network');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  });

  await step('the caseworker prints the notice letter for the paternal grandmother and records it (ENG-2)', async () => {
    await page
      .getByRole('row', { name: /^Carmen Reyes/ })
      .getByRole('button', { name: /^Relative notice/ })
      .click();
    const letter = await page.request.get(
      await page
        .getByRole('link', { name: 'Carta de aviso (PDF, español)' })
        .getAttribute('href')
        .then((href) => new URL(href!, url).toString()),
    );
    assert.equal(letter.headers()['content-type'], 'application/pdf');
    const form = page.getByRole('form', { name: 'Record the notice' });
    await form.getByLabel('How it was given').selectOption({ label: 'Mail' });
    await form.getByLabel('Language of the letter').selectOption({ label: 'Español' });
    await form.getByRole('button', { name: 'Record the notice' }).click();
    await page.getByText('The notice was recorded.').waitFor();
    await page.getByText(/^Notified on .* by Mail/).waitFor();
    await expectNoAxeViolations(page, 'relative notice');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  });

  await step('the caseworker attaches Maya’s school record and previews it (PLAT-5)', async () => {
    const form = page.getByRole('form', { name: 'Attach a document' });
    // A spoofed file is refused with a clear error, and nothing is stored.
    await form.getByLabel('File').setInputFiles({ name: 'attendance.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf') });
    await form.getByLabel('What it is').selectOption({ label: 'School record' });
    await form.getByRole('button', { name: 'Attach the document' }).click();
    await page.getByText('The file is not what its name says', { exact: false }).first().waitFor();
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    await form.getByLabel('File').setInputFiles({ name: 'Maya attendance fall 2026.pdf', mimeType: 'application/pdf', buffer: pdf });
    await form.getByLabel('Description').fill('Attendance for the fall term from Hartford Elementary');
    await form.getByRole('button', { name: 'Attach the document' }).click();
    await page.getByText('Maya attendance fall 2026.pdf was attached to the case.').waitFor();
    const table = page.getByRole('table', { name: /^Documents on this case/ });
    await table.getByRole('link', { name: 'Maya attendance fall 2026.pdf' }).waitFor();
    const loaded = page.waitForResponse((r) => r.url().includes('/content?disposition=inline'));
    await table.getByRole('button', { name: /^Preview/ }).click();
    assert.equal((await loaded).status(), 200);
    const preview = page.locator('iframe[title="Preview of Maya attendance fall 2026.pdf"]');
    await preview.waitFor();
    await expectNoAxeViolations(page, 'case documents');
    await capture(page, '43-case-documents');
  });

  await step('the ongoing supervisor finds the case in Team cases and transfers it; the history is kept', async () => {
    await signOut(page);
    await signIn(page, url, 'ong.supervisor');
    await page.goto(`${url}/cases/team`);
    await page.getByRole('heading', { level: 1, name: 'Team cases' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Priya Natarajan' }).first();
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Transfer the case' }).waitFor();
    assert.equal(page.url(), caseUrl);
    await expectNoAxeViolations(page, 'case (supervisor)');
    const form = page.getByRole('form', { name: 'Transfer the case' });
    await form.getByLabel('Caseworker who takes the case').selectOption({ label: 'Theo Walsh (North Ongoing Services Unit)' });
    await form.getByLabel('Why the case is moving').fill('Balancing caseloads after a new assignment.');
    await form.getByRole('button', { name: 'Transfer the case' }).click();
    await page.getByText(/^The case now belongs to Theo Walsh/).waitFor();
    await page.getByRole('heading', { name: 'Who has worked this case' }).waitFor();
    await page.getByText('Balancing caseloads after a new assignment.').waitFor();
    await expectNoAxeViolations(page, 'case transferred');
    await capture(page, '41-case-transferred');
    await page.goto(`${url}/cases/team`);
    await page.getByRole('row').filter({ hasText: 'Theo Walsh' }).first().waitFor();
    await expectNoAxeViolations(page, 'team cases');
    await capture(page, '42-team-cases');
  });
}
