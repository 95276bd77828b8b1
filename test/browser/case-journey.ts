/**
 * The ongoing case in a real browser (issue 11: ENG-1, ENG-2; PLAT-6), continuing the investigation
 * journey on the case its decision opened: the caseworker adds the children's father (whereabouts
 * unknown) and his mother as a possible placement resource, and Maya's soccer coach, with a double
 * click that must add one person; logs a search for the father; sees the genogram and ecomap. The
 * ongoing unit's supervisor then finds the case in Team cases and transfers it, the history kept,
 * and merges a duplicate record of the mother found along the way (PLAT-4); the case plan and visits
 * follow (plan-visits-journey.ts). axe-core checks every page; screenshots go to docs/screenshots.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { apiSignIn } from './api-session.js';
import { capture, expectNoAxeViolations } from './harness.js';
import { PASSWORD, signIn, signOut, step } from './journey-steps.js';
import { planAndVisitsJourney } from './plan-visits-journey.js';

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
    await form.getByLabel('Who it is about').selectOption({ label: 'Maya Torres' });
    await form.getByRole('button', { name: 'Attach the document' }).click();
    await page.getByText('Maya attendance fall 2026.pdf was attached to the case.').waitFor();
    const table = page.getByRole('table', { name: /^Documents on this case/ });
    await table.getByRole('link', { name: 'Maya attendance fall 2026.pdf' }).waitFor();
    await table.getByText('About Maya Torres').waitFor();
    const loaded = page.waitForResponse((r) => r.url().includes('/content?disposition=inline'));
    await table.getByRole('button', { name: /^Preview/ }).click();
    assert.equal((await loaded).status(), 200);
    const preview = page.locator('iframe[title="Preview of Maya attendance fall 2026.pdf"]');
    await preview.waitFor();
    await expectNoAxeViolations(page, 'case documents');
    await capture(page, '43-case-documents');
  });

  await step('the caseworker strengthens the coach’s tie, then corrects the mother’s record; the earlier version is kept (ENG-1, PLAT-4)', async () => {
    await page.goto(caseUrl);
    await page
      .getByRole('row', { name: /^Sam Okafor/ })
      .getByRole('button', { name: /^Change/ })
      .click();
    const change = page.getByRole('form', { name: 'Change how Sam Okafor is part of the network' });
    await change.getByLabel('Strength of the tie (for the ecomap)').selectOption({ label: 'Strong' });
    await change.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The changes to Sam Okafor are saved.').waitFor();
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    await page
      .getByRole('table', { name: /^Family network/ })
      .getByRole('link', { name: 'Lucia Torres' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Lucia Torres' }).waitFor();
    await page.getByRole('link', { name: /^Case C-/ }).waitFor();
    await page.getByText('The record has not been changed since it was created.').waitFor();
    await page.getByRole('button', { name: 'Edit the record' }).click();
    const form = page.getByRole('form', { name: 'Edit the person’s record' });
    await form.getByLabel('Phone').fill('860-555-0134');
    await form.getByRole('button', { name: 'Add another name' }).click();
    await form.getByRole('group', { name: 'Other name 1' }).getByLabel('First name').fill('Lucy');
    await form.getByRole('group', { name: 'Other name 1' }).getByLabel('Last name').fill('Torres');
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText(/^The changes are saved \(version 2\)/).waitFor();
    await page.getByRole('table', { name: 'History of the record' }).getByText('Priya Natarajan').waitFor();
    await expectNoAxeViolations(page, 'person record');
    await capture(page, '47-person-record');
  });

  await step('the caseworker builds the family team and records a family team meeting with full disclosure (ENG-3..5)', async () => {
    await page.goto(caseUrl);
    await page.getByRole('heading', { name: 'Child and family team' }).waitFor();
    await page.getByRole('button', { name: 'Add to the team' }).click();
    let form = page.getByRole('form', { name: 'Add someone to the team' });
    await form.getByLabel('From the family network').selectOption({ label: 'Lucia Torres (Parent)' });
    await form.getByLabel('Role on the team').selectOption({ label: 'Parent' });
    await form.getByRole('button', { name: 'Add to the team' }).dblclick();
    await page.getByText('Lucia Torres is on the team.').waitFor();
    await page.getByRole('button', { name: 'Add to the team' }).click();
    form = page.getByRole('form', { name: 'Add someone to the team' });
    await form.getByLabel('Name').fill('Dr. Ana Whitlock');
    await form.getByLabel('Role on the team').selectOption({ label: 'Therapist' });
    await form.getByLabel('Organisation').fill('Riverside Family Clinic');
    await form.getByRole('combobox', { name: /^What they may be told/ }).selectOption({ label: 'Only their own part' });
    await form.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('Dr. Ana Whitlock is on the team.').waitFor();
    const team = page.getByRole('table', { name: 'Child and family team' });
    assert.equal(await team.getByRole('rowheader', { name: /^Lucia Torres/ }).count(), 1, 'a double-click adds the mother once');

    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const schedule = page.getByRole('form', { name: 'Schedule a family team meeting' });
    await schedule.getByLabel('Why the team meets').selectOption({ label: 'Asked for by a parent or youth' });
    await schedule.getByLabel('Who asked for it').selectOption({ label: 'Lucia Torres' });
    const hourAgo = new Date(Date.now() - 3_600_000);
    const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/New_York', dateStyle: 'short', timeStyle: 'short' }).format(hourAgo).replace(' ', 'T');
    await schedule.getByLabel('Date and time').fill(wall);
    await schedule.getByLabel('Where').fill('North office, room 2');
    await schedule.getByLabel('The family’s language for the summary').selectOption({ label: 'Spanish' });
    await schedule.getByLabel('Lucia Torres (Parent)').check();
    await schedule.getByLabel('Dr. Ana Whitlock (Therapist)').check();
    await schedule.getByRole('button', { name: 'Schedule a meeting' }).click();
    await page.getByText('The meeting is scheduled.').waitFor();
    await expectNoAxeViolations(page, 'case family team');
    await capture(page, '44-case-family-team');

    await page.getByRole('link', { name: /^Open the meeting of/ }).click();
    await page.getByRole('heading', { name: 'What happened' }).waitFor();
    const record = page.getByRole('form', { name: 'What happened' });
    await record.getByLabel(/^How Lucia Torres/).selectOption({ label: 'In person' });
    await record.getByLabel(/^How Dr. Ana Whitlock/).selectOption({ label: 'By video' });
    await record.getByLabel('What the family said, in their words').fill('Lucia: “I want the kids home with me, and I will go to the parenting group.”');
    await record.getByLabel('What the team decided').fill('The children stay home under the safety plan; Lucia starts the parenting group.');
    // Saving before every disclosure item is answered is refused, field by field.
    await record.getByRole('button', { name: 'Save the meeting record' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    for (const item of ['ASFA time frames', 'Concurrent planning', 'The family’s rights', 'How to ask for a meeting']) {
      await record
        .getByRole('group', { name: `Was “${item}” explained?` })
        .getByLabel('Explained', { exact: true })
        .check();
    }
    await record.getByLabel('How the family responded: Concurrent planning').fill('Lucia was upset but said she understands why.');
    await record.getByRole('button', { name: 'Add a follow-up' }).click();
    await record.getByLabel('What is to be done').fill('Enrol in the parenting group');
    await record.getByLabel('Who is responsible').selectOption({ label: 'Lucia Torres' });
    await record.getByLabel('By when').fill('2026-12-20');
    await record.getByRole('button', { name: 'Save the meeting record' }).click();
    await page.getByText('The meeting record is saved.').waitFor();
    await page.getByRole('heading', { name: 'Follow-ups' }).first().waitFor();
    const summary = await page.request.get(
      await page
        .getByRole('link', { name: 'Meeting summary (PDF)' })
        .getAttribute('href')
        .then((href) => new URL(href!, url).toString()),
    );
    assert.equal(summary.headers()['content-type'], 'application/pdf');
    await expectNoAxeViolations(page, 'family team meeting');
    await capture(page, '45-family-team-meeting');
    // The same record reads in Spanish (PLAT-6), the disclosure items in the profile's own Spanish.
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'Español' }).first().click();
    await page.getByRole('heading', { name: 'Lo que pasó' }).waitFor();
    const closeEs = page.getByRole('button', { name: 'Cerrar menú' });
    if (await closeEs.isVisible()) await closeEs.click();
    await page.getByText('¿Se explicó «Planificación simultánea»?').waitFor();
    await expectNoAxeViolations(page, 'family team meeting (es)');
    const menuEs = page.getByRole('button', { name: 'Menú', exact: true });
    if (await menuEs.isVisible()) await menuEs.click();
    await page.getByRole('button', { name: 'English' }).first().click();
    const close = page.getByRole('button', { name: 'Close menu' });
    if (await close.isVisible()) await close.click();
    await page.getByRole('heading', { name: 'What happened' }).waitFor();
  });

  await step('the caseworker completes the family-centred assessment with the mother (FCA-1, FCA-4)', async () => {
    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Family-centred assessment' }).click();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const mother = page.getByRole('region', { name: /^Lucia Torres/ });
    const safety = mother.getByRole('group', { name: 'Safety' });
    await safety.getByLabel('Strengths').fill('Calls her sister when she is overwhelmed; follows the safety plan.');
    await safety.getByLabel('Needs').fill('Keeping Kyle out of the home when he has been drinking.');
    await safety.getByLabel('Evidence').fill('Safety plan reviews; Rosa’s account at the team meeting.');
    await page.getByRole('button', { name: 'Add a need' }).click();
    const need = page.getByRole('group', { name: 'Priority 1' });
    await need.getByLabel('Lucia Torres').check();
    await need.getByLabel('Domain').selectOption({ label: 'Safety' });
    await need.getByLabel('The need, in the family’s words').fill('“I need help keeping Kyle away when he drinks.”');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByText('The draft is saved.').waitFor();
    await page.getByRole('button', { name: 'Mark completed' }).click();
    await page.getByText('Version 1 is completed.').waitFor();
    await expectNoAxeViolations(page, 'family-centred assessment');
    await capture(page, '46-family-centred-assessment');
  });

  await step('the caseworker assesses Maya’s needs and strengths twice and compares them in a chart and a table (FCA-2)', async () => {
    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Children’s needs and strengths' }).click();
    const maya = page.getByRole('region', { name: 'Maya Torres' });
    // Rates every item shown (answering one can show more): the first time high needs, the second time lower.
    const rateAll = async (choice: number) => {
      for (let pass = 0; pass < 3; pass++) {
        const names = await maya
          .locator('input[type=radio]')
          .evaluateAll((inputs) => [
            ...new Set(
              inputs
                .filter((i) => !(i as HTMLInputElement).form?.querySelector(`input[name="${(i as HTMLInputElement).name}"]:checked`))
                .map((i) => (i as HTMLInputElement).name),
            ),
          ]);
        if (names.length === 0) return;
        for (const name of names) {
          const options = maya.locator(`input[type=radio][name="${name}"]`);
          const count = await options.count();
          await options.nth(Math.min(choice, count - 1)).check({ force: true });
        }
      }
    };
    for (const choice of [2, 0]) {
      await maya.getByRole('button', { name: 'Start the assessment: Maya Torres' }).click();
      await maya.getByRole('button', { name: 'Complete the assessment' }).waitFor();
      await rateAll(choice);
      await maya.getByRole('button', { name: 'Complete the assessment' }).click();
      await maya.getByText('The assessment of Maya Torres is completed.', { exact: false }).waitFor();
    }
    await maya.getByRole('heading', { name: 'How Maya Torres’s ratings changed' }).waitFor();
    await maya
      .getByRole('img', { name: /ratings of Maya Torres in 2 assessments/ })
      .first()
      .waitFor();
    await maya.getByRole('table', { name: /^Maya Torres’s ratings by assessment date/ }).waitFor();
    await expectNoAxeViolations(page, 'children’s needs and strengths');
    await capture(page, '48-child-functional-assessment');
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

  await step('the supervisor merges a duplicate record of the mother, field by field; the search then shows it under her (PLAT-4)', async () => {
    // Found along the way: a colleague recorded the mother again, under her double surname, with a phone number.
    const colleague = await apiSignIn(url, 'caseworker2', PASSWORD);
    await colleague.send('POST', '/api/persons', {
      firstName: 'Lucía',
      lastName: 'Torres Ruiz',
      dateOfBirth: '1991-07-01',
      sex: 'female',
      primaryLanguage: 'es',
      races: ['white'],
      ethnicity: 'hispanic',
    });
    await page.goto(caseUrl);
    await page
      .getByRole('table', { name: /^Family network/ })
      .getByRole('link', { name: 'Lucia Torres' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Lucia Torres' }).waitFor();
    await page.getByRole('link', { name: 'Merge a duplicate record' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merge a duplicate into Lucia Torres' }).waitFor();
    await page.getByRole('button', { name: 'Compare: Lucía Torres Ruiz' }).click();
    await page.getByRole('heading', { name: 'Choose, field by field, what the merged record says' }).waitFor();
    // Where this record knows nothing (race, ethnicity) the duplicate's value is offered; the name stays.
    assert.equal(await page.getByLabel('Keep this record’s Last name').isChecked(), true);
    assert.equal(await page.getByLabel('Take the duplicate’s Ethnicity').isChecked(), true);
    await page.getByLabel('Why are these the same person?').fill('Same date of birth and children; the second record was made during a relative search.');
    await expectNoAxeViolations(page, 'merge comparison');
    await capture(page, '49-person-merge');
    await page.getByRole('button', { name: 'Merge the duplicate into this record' }).dblclick();
    await page.getByText('Lucía Torres Ruiz was merged into this record. Everything recorded under it is now here.').waitFor();
    await page.getByRole('link', { name: 'Open Lucia Torres’s record' }).click();
    await page.getByRole('heading', { name: 'Merged records' }).waitFor();
    await page.getByText(/^Lucía Torres Ruiz was merged into this record/).waitFor();
    await expectNoAxeViolations(page, 'person record after a merge');

    // The person search finds her once, with the merged record under her.
    await page.goto(`${url}/persons/search?firstName=Lucia&lastName=Torres%20Ruiz`);
    await page.getByText('Also recorded as (merged): Lucía Torres Ruiz').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Lucía Torres Ruiz' }).count(), 0);
    await expectNoAxeViolations(page, 'person search after a merge');
  });

  await planAndVisitsJourney(page, url, caseUrl);
}
