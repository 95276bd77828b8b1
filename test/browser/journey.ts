/**
 * The foundation journey in a real browser (INT-1..4, INV-1, SUP-1, SUP-3, SUP-5, PLAT-3): a hotline
 * screener records a report, finding a known family instead of duplicating it, and answers the
 * screening instrument; her supervisor, who has recorded time away with a delegate, sees where her
 * decision differs from the instrument and approves; the investigator sees the tasks the practice
 * profile opened on "My work" and their supervisor sees them on "Team"; an administrator tries and
 * imports instruments, and reads and switches the practice profile. axe-core checks every page;
 * screenshots go to docs/screenshots.
 */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { capture, expectNoAxeViolations, launchChromium, startHearth } from './harness.js';
import { finish, signIn, signOut, step, watchPage } from './journey-steps.js';

async function main() {
  const hearth = await startHearth();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // bypassCSP only so axe-core can be injected; the app's own scripts still run under its CSP.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    watchPage(page);
    const url = hearth.url;
    let reportUrl = '';

    await step('sign-in page is accessible', async () => {
      await page.goto(`${url}/sign-in`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await expectNoAxeViolations(page, 'sign in');
      await capture(page, '01-sign-in');
    });

    await step('a supervisor records time away, with a delegate for approvals meanwhile (SUP-3)', async () => {
      await signIn(page, url, 'supervisor');
      await page.getByRole('link', { name: 'Team', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
      await expectNoAxeViolations(page, 'team (hotline supervisor)');
      await page.getByRole('link', { name: 'Record time away' }).click();
      await page.getByRole('heading', { level: 1, name: 'Time away' }).waitFor();
      const today = await page.getByLabel('Last day away').inputValue();
      // Each problem is listed above the form and shown on its field.
      await page.getByLabel('First day away').fill('');
      await page.getByRole('button', { name: 'Record time away' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await page.getByRole('link', { name: 'Enter the first day away' }).waitFor();
      await page.getByRole('link', { name: 'Choose who approves while you are away' }).waitFor();
      assert.equal(await page.locator('.usa-error-message').count(), 2);
      await expectNoAxeViolations(page, 'time away (errors)');
      await page.getByLabel('First day away').fill(today);
      await page.getByLabel('Who approves while you are away').selectOption({ label: 'Gloria Alvarez' });
      await page.getByRole('button', { name: 'Record time away' }).click();
      await page.getByText('Time away recorded.').waitFor();
      const row = page.getByRole('table', { name: 'My recorded time away' }).getByRole('row').filter({ hasText: 'Gloria Alvarez' });
      await row.getByText('Away now').waitFor();
      await expectNoAxeViolations(page, 'time away');
      await capture(page, '16-time-away');
      await signOut(page);
    });

    await step('the screener signs in and sees My work', async () => {
      await signIn(page, url, 'screener');
      await expectNoAxeViolations(page, 'my work (screener)');
      await capture(page, '02-my-work-screener');
    });

    await step('person search finds Jon Smyth when asked for John Smith, with his prior report', async () => {
      await page.getByRole('link', { name: 'Person search' }).first().click();
      await page.getByLabel('First name').fill('John');
      await page.getByLabel('Last name').fill('Smith');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('Jon Smyth').first().waitFor();
      await page.getByRole('table', { name: /Prior reports for Jon Smyth/ }).waitFor();
      await expectNoAxeViolations(page, 'person search');
      await capture(page, '03-person-search');
    });

    await step('intake step 1: report and reporter', async () => {
      await page.getByRole('link', { name: 'New report' }).first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByLabel('Reporter type').selectOption({ label: 'Education personnel' });
      await page.getByLabel('Mandated reporter').check();
      await page.getByLabel('Reporter name').fill('Nora Quinn');
      await page.getByLabel('Reporter phone').fill('555-0142');
      await page.getByLabel('Relationship to family').fill('School nurse');
      await expectNoAxeViolations(page, 'intake step 1');
      await capture(page, '04-intake-reporter');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByLabel('Narrative').waitFor();
    });

    await step('intake step 2: the narrative survives a refresh', async () => {
      const narrative = 'School nurse saw bruises on Jon’s arms; he said his mother’s partner grabbed him yesterday.';
      await page.getByLabel('Narrative').fill(narrative);
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByRole('heading', { name: 'Find a person' }).waitFor();
      await page.goBack();
      await page.reload();
      await page.getByLabel('Narrative').waitFor();
      assert.equal(await page.getByLabel('Narrative').inputValue(), narrative);
      await expectNoAxeViolations(page, 'intake step 2');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.getByRole('heading', { name: 'Find a person' }).waitFor();
    });

    await step('intake step 3: add the known family and a new household member', async () => {
      // Search as the caller spelled it; add the person Hearth already knows.
      const addKnown = async (first: string, last: string, known: string, role: string, parentType?: string) => {
        await page.getByLabel('First name').fill(first);
        await page.getByLabel('Last name').fill(last);
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByLabel(`Role for ${known}`).selectOption({ label: role });
        if (parentType) await page.getByLabel(`Parent type for ${known}`).selectOption({ label: parentType });
        if (parentType === 'Non-custodial') await page.getByLabel(`${known} lives in the household`).uncheck();
        await page.getByRole('button', { name: `Add to report: ${known}` }).click();
        await page.getByRole('table').filter({ hasText: known }).first().waitFor();
      };
      await addKnown('John', 'Smith', 'Jon Smyth', 'Alleged victim');
      await addKnown('Rachel', 'Dunn', 'Rachel Smyth', 'Parent', 'Custodial');
      await addKnown('David', 'Okafor', 'David Okafor', 'Parent', 'Non-custodial');
      await page.getByLabel('First name').fill('Kyle');
      await page.getByLabel('Last name').fill('Benson');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('button', { name: 'Create new person' }).click();
      await page.getByLabel('Approximate age (years)').fill('30');
      await page.getByLabel('Role on this report').selectOption({ label: 'Household member' });
      await page.getByRole('button', { name: 'Create person and add to report' }).click();
      await page
        .getByRole('cell', { name: /Kyle Benson/ })
        .first()
        .waitFor();
      // INT-2: how they are related, in plain words. Rachel is already known as Jon's parent, so
      // adding it again must not list it twice.
      const relate = async (person: string, kind: string, related: string, sentence: string) => {
        await page.getByRole('combobox', { name: 'Person', exact: true }).selectOption({ label: person });
        await page.getByRole('combobox', { name: 'Relationship', exact: true }).selectOption({ label: kind });
        await page.getByRole('combobox', { name: 'Related person', exact: true }).selectOption({ label: related });
        const saved = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/relationships'));
        await page.getByRole('button', { name: 'Add relationship' }).click();
        assert.equal((await saved).status(), 200);
        await page.getByRole('rowheader', { name: sentence, exact: true }).waitFor();
        assert.equal(await page.getByRole('rowheader', { name: sentence, exact: true }).count(), 1);
      };
      await relate('Rachel Smyth', 'Parent of', 'Jon Smyth', 'Rachel Smyth is parent of Jon Smyth');
      await relate('Kyle Benson', 'Partner of', 'Rachel Smyth', 'Kyle Benson is partner of Rachel Smyth');
      await page.getByRole('button', { name: 'Remove relationship: Kyle Benson is partner of Rachel Smyth', exact: true }).waitFor();
      await expectNoAxeViolations(page, 'intake step 3');
      await capture(page, '05-intake-people');
      await page.getByRole('button', { name: 'Save and continue' }).click();
    });

    await step('intake step 4: allegation of physical abuse', async () => {
      await page.getByLabel('Alleged victim').selectOption({ label: 'Jon Smyth' });
      await page.getByLabel('Alleged perpetrator').selectOption({ label: 'Kyle Benson' });
      await page.getByLabel('Maltreatment type').selectOption({ label: 'Physical abuse' });
      await page.getByLabel('What is alleged').fill('Bruises on both arms');
      await page.getByRole('button', { name: 'Add allegation' }).click();
      await page.getByRole('cell', { name: 'Physical abuse' }).waitFor();
      await expectNoAxeViolations(page, 'intake step 4');
      await capture(page, '06-intake-allegations');
      await page.getByRole('button', { name: 'Save and continue' }).click();
    });

    await step('intake step 5: the screener answers the screening instrument and sees its recommendation (INT-4)', async () => {
      await page.getByRole('heading', { name: 'Screening instrument' }).waitFor();
      const question = (text: RegExp) => page.getByRole('group', { name: text });
      // Saving before answering keeps a draft and lists, linked, every question still to answer.
      await page.getByRole('button', { name: 'Save instrument' }).click();
      await page.getByText('Instrument saved as a draft.').waitFor();
      await page.getByRole('link', { name: /^Answer this question: The report describes an injury/ }).waitFor();
      await expectNoAxeViolations(page, 'screening instrument (questions to answer)');
      // The follow-up about the injury shows only once an injury is described.
      assert.equal(await question(/needs medical attention/).count(), 0);
      await question(/describes an injury a caregiver caused/)
        .getByLabel('Yes', { exact: true })
        .check();
      await question(/needs medical attention/)
        .getByLabel('No', { exact: true })
        .check();
      for (const text of [
        /threatened to badly hurt/,
        /without food, shelter/,
        /cannot look after themselves/,
        /urgently needs/,
        /described sexual contact/,
        /serious distress/,
      ]) {
        await question(text).getByLabel('No', { exact: true }).check();
      }
      await question(/Age of the youngest child/)
        .getByLabel('6 to 12')
        .check();
      await question(/at least once a week/)
        .getByLabel('Yes', { exact: true })
        .check();
      await question(/family-assessment response/)
        .getByLabel('No', { exact: true })
        .check();
      // Scored as she answers, by the same engine the server uses.
      const result = page.getByRole('region', { name: 'Result' });
      await result.getByText('Every required question is answered.').waitFor();
      await result.getByText('Screen in for investigation: respond within 24 hours').waitFor();
      await page.getByRole('button', { name: 'Save instrument' }).click();
      await page.getByText('The instrument recommends: Screen in for investigation: respond within 24 hours').waitFor();
      await expectNoAxeViolations(page, 'screening instrument (completed)');
      await capture(page, '07b-intake-screening-instrument');
    });

    await step('intake step 5: screen in, same day, submit for approval', async () => {
      await page.getByLabel('Screen in: investigation').check();
      await page.getByLabel(/Same day/).check();
      // Same day where the instrument said 24 hours: the supervisor will see the difference.
      await page.getByRole('heading', { name: 'Your decision differs from the instrument' }).waitFor();
      await page.getByLabel('Decision rationale').fill('Physical injury by a household member who still lives with the child.');
      await expectNoAxeViolations(page, 'intake step 5');
      await capture(page, '07-intake-decision');
      await page.getByRole('button', { name: 'Submit for supervisor approval' }).click();
      await page.getByText('Report submitted for supervisor approval.').waitFor();
      await page.getByRole('heading', { name: 'Screening instrument' }).waitFor();
      await page.getByText('Screen in for investigation: respond within 24 hours').waitFor();
      await page.getByRole('heading', { name: 'Relationships' }).waitFor();
      await page.getByText('Kyle Benson is partner of Rachel Smyth').waitFor();
      reportUrl = page.url();
      await expectNoAxeViolations(page, 'report view (submitted)');
      await capture(page, '08-report-submitted');
      await signOut(page);
    });

    await step('the supervisor finds it in the approval queue, routed to the delegate, and approves it', async () => {
      await signIn(page, url, 'supervisor');
      await page.getByRole('link', { name: 'Approvals' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Approval queue' }).waitFor();
      await page.getByRole('cell', { name: /Jon Smyth/ }).waitFor();
      const request = page.getByRole('row').filter({ hasText: 'Jon Smyth' });
      assert.match(await request.innerText(), /Screening decision/);
      // The response priority reads as the practice profile names it.
      await request.getByText('Response priority: Same day (within 2 hours)').waitFor();
      // The instrument said 24 hours; the screener chose the same day (INT-4).
      await request
        .getByText(/^Instrument recommended: Screen in: investigation, Within 24 hours/)
        .getByText('differs from the screener’s choice')
        .waitFor();
      // Routed to the delegate while the supervisor is away; he can still decide, being over the unit.
      await request.getByRole('cell', { name: 'Gloria Alvarez Delegated' }).waitFor();
      await request.getByText(/Show history/).click();
      await request.getByText('Routed to Gloria Alvarez, the delegate, while the supervisor is away').waitFor();
      await expectNoAxeViolations(page, 'approval queue');
      await capture(page, '09-approval-queue');
      await page.getByRole('table').getByRole('link').first().click();
      await page.getByRole('heading', { name: 'Supervisor approval' }).waitFor();
      assert.ok(await page.getByText('Nora Quinn').isVisible(), 'the supervisor sees the reporter');
      const ivy = await page.getByLabel('Assign investigator (optional)').locator('option', { hasText: 'Ivy Chen' }).getAttribute('value');
      await page.getByLabel('Assign investigator (optional)').selectOption(ivy!);
      await page.getByLabel('Approval comment (optional)').fill('Agree: same-day response.');
      await expectNoAxeViolations(page, 'report view (supervisor)');
      await capture(page, '10-report-approval');
      await page.getByRole('button', { name: 'Approve report' }).click();
      await page.getByText('Report approved.').waitFor();
      await page.getByRole('heading', { name: 'Investigation' }).waitFor();
      await capture(page, '11-report-approved');
      // Back from time away: cancelling it sends new requests to the supervisor again.
      await page.getByRole('link', { name: 'Team', exact: true }).first().click();
      await page.getByRole('link', { name: 'Record time away' }).click();
      await page.getByRole('button', { name: /^Cancel: time away/ }).click();
      await page.getByText('Time away cancelled.').waitFor();
      await page.getByText('You have not recorded any time away.').waitFor();
      await signOut(page);
    });

    await step('the investigator sees the tasks the practice profile opened, and a reminder, on My work (SUP-5)', async () => {
      await signIn(page, url, 'investigator');
      const tasks = page.getByRole('table', { name: 'My tasks, most urgent first' });
      const faceToFace = tasks.getByRole('row').filter({ hasText: 'See the child face to face' });
      await faceToFace.first().waitFor();
      // One task per alleged victim; this report has one, Jon.
      assert.equal(await faceToFace.count(), 1);
      const text = await faceToFace.innerText();
      assert.match(text, /Jon Smyth/);
      assert.match(text, /I-\d{4}-\d+/);
      assert.match(text, /due in|overdue by/);
      assert.match(text, /First face-to-face contact with each alleged victim/);
      await tasks.getByRole('row').filter({ hasText: 'Complete the investigation' }).getByText('No time limit set by the agency').waitFor();
      // The work engine reminds the investigator a day before a task is due: at once, for a same-day response.
      const markRead = page.getByRole('button', { name: /^Mark read: Reminder: See the child face to face/ });
      for (let tries = 0; (await markRead.count()) === 0; tries += 1) {
        assert.ok(tries < 30, 'a reminder arrives within 30 s');
        await page.waitForTimeout(1000);
        await page.reload();
        await tasks.waitFor();
      }
      await page
        .getByRole('heading', { name: /Reminders/ })
        .getByText('1 unread')
        .waitFor();
      await expectNoAxeViolations(page, 'my work (investigator)');
      await capture(page, '12-my-work-investigator');
      await markRead.click();
      await page
        .getByRole('heading', { name: /Reminders/ })
        .getByText('1 unread')
        .waitFor({ state: 'detached' });
      assert.equal(await markRead.count(), 0, 'a read reminder has no Mark read button');
      await page.getByText(/^Reminder: See the child face to face/).waitFor();
    });

    await step('the investigator opens the investigation from My work', async () => {
      const row = page.getByRole('table', { name: 'My investigations, most urgent first' }).getByRole('row').filter({ hasText: 'Jon Smyth' });
      await row.first().waitFor();
      assert.match(await row.first().innerText(), /due in|overdue by/);
      await row.first().getByRole('link').first().click();
      await page.getByRole('heading', { name: 'Children' }).waitFor();
      const clocks = page.getByRole('table', { name: 'The tasks on this investigation, open ones first' });
      await clocks.getByRole('row').filter({ hasText: 'See the child face to face' }).filter({ hasText: 'Jon Smyth' }).waitFor();
      await clocks.getByRole('row').filter({ hasText: 'Document the safety assessment' }).waitFor();
      await expectNoAxeViolations(page, 'investigation');
      await capture(page, '13-investigation');
      await signOut(page);
    });

    await step('the investigators’ supervisor sees the tasks on Team, by person (SUP-1)', async () => {
      await signIn(page, url, 'inv.supervisor');
      await page.getByRole('link', { name: 'Team', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Ivy Chen' }).waitFor();
      const ivy = page.getByRole('table', { name: 'Tasks for Ivy Chen' });
      const faceToFace = ivy.getByRole('row').filter({ hasText: 'See the child face to face' });
      assert.match(await faceToFace.innerText(), /Jon Smyth/);
      assert.match(await faceToFace.innerText(), /due in|overdue by/);
      await page.getByRole('link', { name: 'Open the approval queue' }).waitFor();
      await expectNoAxeViolations(page, 'team');
      await capture(page, '17-team');
      await signOut(page);
    });

    await step('a South office screener cannot open the North report', async () => {
      await signIn(page, url, 'south.screener');
      await page.goto(reportUrl);
      await page.getByRole('heading', { name: 'Not found' }).waitFor();
      await signOut(page);
    });

    await step('the administrator tries an instrument, exports it, and imports definitions checked field by field (PLAT-3)', async () => {
      await signIn(page, url, 'admin');
      await page.getByRole('link', { name: 'Instruments' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Instruments' }).waitFor();
      const catalog = page.getByRole('table', { name: 'Instrument definitions' });
      assert.match(await catalog.getByRole('row').filter({ hasText: 'family-risk' }).innerText(), /Hearth demonstration/);
      await expectNoAxeViolations(page, 'instruments');
      await capture(page, '30-instruments');
      // A broken definition is refused with the bad field named: points on an index never declared.
      const exported = await page.evaluate(async () => (await fetch('/api/instruments/family-risk/1/export')).text());
      const broken = { ...JSON.parse(exported), version: 2 };
      broken.sections[0].items[0].options[0].points = { not_an_index: 2 };
      await page.getByLabel('Definition (JSON)').fill(JSON.stringify(broken, null, 2));
      await page.getByRole('button', { name: 'Import definition' }).click();
      await page.getByRole('heading', { name: 'The definition was not imported' }).waitFor();
      await page.getByText('sections[0].items[0].options[0].points.not_an_index').waitFor();
      await expectNoAxeViolations(page, 'instruments (import error)');
      await capture(page, '31-instrument-import-error');
      // The same version again is refused too: a change is always a new version.
      await page.getByLabel('Definition (JSON)').fill(exported);
      await page.getByRole('button', { name: 'Import definition' }).click();
      await page.getByRole('heading', { name: 'This version already exists' }).waitFor();
      await page.getByLabel('Definition (JSON)').fill(JSON.stringify({ ...JSON.parse(exported), version: 2 }));
      await page.getByRole('button', { name: 'Import definition' }).click();
      await page.getByText('Imported Family risk assessment (demonstration), version 2.').waitFor();
      await catalog.getByRole('row').filter({ hasText: 'Imported by Alex Morgan' }).waitFor();
      // Try it: scored as the administrator answers; nothing is saved.
      await page.getByRole('link', { name: 'Family risk assessment (demonstration), version 1', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Family risk assessment (demonstration)' }).waitFor();
      const href = await page.getByRole('link', { name: 'Export JSON' }).getAttribute('href');
      assert.equal(JSON.parse(await page.evaluate(async (link) => (await fetch(link!)).text(), href)).key, 'family-risk');
      const question = (text: RegExp) => page.getByRole('group', { name: text });
      await question(/Earlier reports about this household/)
        .getByLabel('Two or more')
        .check();
      await question(/moved often/)
        .getByLabel('Yes', { exact: true })
        .check();
      await question(/alcohol or drug use/)
        .getByLabel('Now')
        .check();
      const result = page.getByRole('region', { name: 'Result' });
      await result.getByText('High', { exact: true }).waitFor();
      await result.getByText('Open the case for ongoing services').waitFor();
      assert.match(await result.innerText(), /Neglect index\s*5/);
      await page.getByRole('button', { name: 'Check answers' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await expectNoAxeViolations(page, 'instrument preview');
      await capture(page, '32-instrument-preview');
      await signOut(page);
    });

    await step('the administrator searches the audit trail', async () => {
      await signIn(page, url, 'admin');
      await page.getByRole('link', { name: 'Audit' }).first().click();
      await page.getByRole('button', { name: 'Search audit log' }).click();
      await page.getByRole('table', { name: /Audit events/ }).waitFor();
      await expectNoAxeViolations(page, 'audit search');
      await capture(page, '14-audit-search');
    });

    await step('the same pages work in Spanish', async () => {
      await page.getByRole('button', { name: 'Español' }).first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      await expectNoAxeViolations(page, 'audit search (es)');
      await capture(page, '15-audit-search-es');
    });

    await step('the practice profile reads in the user’s language (PLAT-3, PLAT-6)', async () => {
      await page.getByRole('link', { name: 'Perfil de práctica' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Perfil de práctica' }).waitFor();
      await page.getByRole('heading', { name: 'Plazos y reuniones' }).first().waitFor();
      await page.getByText('La agencia lo fija').first().waitFor();
      await expectNoAxeViolations(page, 'practice profile (es)');
      await capture(page, '19-practice-profile-es');
      await page.getByRole('button', { name: 'English' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Practice profile' }).waitFor();
    });

    await step('the administrator reads the practice profile, previews another and switches to it (PLAT-3)', async () => {
      await page.getByRole('heading', { name: 'Deadlines and meetings' }).first().waitFor();
      const investigation = page.getByRole('listitem').filter({ hasText: /\bInvestigation: / });
      await investigation.getByText('Agency to set').waitFor();
      await investigation.getByText(/^Source: /).waitFor();
      await page
        .getByText(/^First face-to-face contact with each alleged victim/)
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'practice profile');
      await capture(page, '18-practice-profile');
      await page.getByLabel('Profile to preview').selectOption({ label: 'Georgia DFCS' });
      await page.getByRole('heading', { name: /^Preview: Georgia DFCS/ }).waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: /\bInitial assessment: / })
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'practice profile (preview)');
      await page.getByLabel('New profile').selectOption({ label: 'Georgia DFCS' });
      await page.getByLabel('Note (optional)').fill('Pilot of the Georgia practice model');
      await page.getByRole('button', { name: 'Switch profile' }).click();
      await page.getByRole('heading', { name: 'Switch to Georgia DFCS?' }).waitFor();
      await expectNoAxeViolations(page, 'practice profile (confirm switch)');
      await page.getByRole('button', { name: 'Yes, switch to Georgia DFCS' }).click();
      await page.getByText('The agency now uses Georgia DFCS.').waitFor();
      const choice = page
        .getByRole('table', { name: /Who chose the agency’s profile/ })
        .getByRole('row')
        .filter({ hasText: 'Alex Morgan' });
      assert.match(await choice.innerText(), /Georgia DFCS/);
      assert.match(await choice.innerText(), /Pilot of the Georgia practice model/);
    });
  } finally {
    await browser?.close();
    await hearth.stop();
  }
}

finish(main());
