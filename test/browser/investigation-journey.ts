/**
 * The investigation journey in a real browser, on a tablet-sized screen (INV-1..8, SUP-1, SUP-3):
 * the investigator records a home visit seeing both children, completes the safety assessment
 * finding one threat, builds a safety plan with the grandmother as monitor that the mother signs
 * (typed) and the grandmother signs (drawn), scores risk high and asks for a discretionary
 * override, records a finding for each allegation and decides to open an in-home case. The
 * investigations supervisor approves the plan, the override and the decision and reads the unit
 * report; the case then appears for the caseworker it was assigned to. axe-core checks every page;
 * screenshots go to docs/screenshots.
 */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { safetyAssessment } from '../../src/profiles/instruments/safety-assessment.js';
import { familyRisk } from '../../src/profiles/instruments/family-risk.js';
import { riskAnswers, safetyAnswers } from '../support/assessment-answers.js';
import { screenedInTorresFamily } from './api-session.js';
import { capture, expectNoAxeViolations, launchChromium, startHearth } from './harness.js';
import { caseJourney } from './case-journey.js';
import { answerInstrument } from './instrument-filler.js';
import { approveFromQueue, finish, PASSWORD, signIn, signOut, step, watchPage } from './journey-steps.js';

const tablet = { viewport: { width: 820, height: 1180 }, hasTouch: true };
const desk = { width: 1280, height: 900 };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const hearth = await startHearth();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ ...tablet, bypassCSP: true });
    const url = hearth.url;
    const { investigationId, number } = await screenedInTorresFamily(url, PASSWORD);
    const workspace = `${url}/investigations/${investigationId}`;
    let childIds: string[] = [];

    watchPage(page);
    await step('the investigator opens the new investigation from My work and sees each child’s clock (INV-1, INV-8)', async () => {
      await signIn(page, url, 'investigator');
      await page
        .getByRole('link', { name: new RegExp(number) })
        .first()
        .click();
      await page.getByRole('navigation', { name: 'Investigation sections' }).waitFor();
      await page.getByText('Not yet seen face to face', { exact: false }).first().waitFor();
      const household = page.getByRole('table', { name: /Household/ });
      assert.equal(await household.getByText('Child in the home').count(), 2);
      await expectNoAxeViolations(page, 'investigation overview (tablet)');
      await capture(page, '30-investigation-overview');
    });

    await step('a home visit seeing Maya and Leo, with the safety check, stops both response clocks (INV-1, INV-2)', async () => {
      await page.getByRole('link', { name: 'Contacts', exact: true }).first().click();
      await page.getByRole('button', { name: 'Record a contact' }).click();
      await page.getByRole('heading', { name: 'New contact' }).waitFor();
      await page.getByLabel('Completed', { exact: true }).check();
      await page.getByRole('combobox', { name: /^How/ }).selectOption({ label: 'Face to face' });
      await page.getByRole('combobox', { name: /^Where/ }).selectOption({ label: 'The family’s home' });
      for (const name of ['Maya Torres', 'Leo Torres', 'Lucia Torres']) {
        const person = page.getByRole('group', { name: new RegExp(`^${name}`) });
        await person.getByLabel('Took part').check();
        await person.getByLabel('Seen in person').check();
        if (name === 'Maya Torres') await person.getByLabel('Interviewed privately').check();
      }
      await page.getByLabel('Purpose').fill('First response: see both children and talk with Maya alone.');
      const check = page.getByRole('group', { name: /^Are the children safe right now\?/ });
      await check.getByLabel('No', { exact: true }).check();
      await page.getByLabel('Safety concerns').fill('Kyle is still in the home; Lucia says she cannot make him leave.');
      await expectNoAxeViolations(page, 'new contact (tablet)');
      await capture(page, '31-contact-form');
      const save = page.getByRole('button', { name: 'Save contact' });
      await save.dblclick();
      await page.getByText('Contact saved.').waitFor();
      await page.getByRole('heading', { name: 'Contacts so far (1)' }).waitFor();
      assert.equal(await page.getByRole('button', { name: /^Correct the contact of/ }).count(), 1, 'a double click saved one contact');
      await page.getByRole('link', { name: 'Overview', exact: true }).first().click();
      await page.getByText('First seen face to face', { exact: false }).nth(1).waitFor();
    });

    await step('the safety assessment covers both children and finds one threat: safe with a plan (INV-3, INV-8)', async () => {
      await page.getByRole('link', { name: 'Safety assessment', exact: true }).first().click();
      const investigation = await page.evaluate(async (id) => (await fetch(`/api/investigations/${id}/assessments/safety`)).json(), investigationId);
      childIds = investigation.childIds;
      assert.equal(childIds.length, 2);
      await answerInstrument(page, safetyAssessment, 'safety-assessment', safetyAnswers('safe_with_plan', childIds));
      await page.getByRole('button', { name: 'Complete the assessment' }).click();
      await page.getByText('Safe with a safety plan').first().waitFor();
      await expectNoAxeViolations(page, 'safety assessment completed (tablet)');
      await capture(page, '32-safety-assessment');
    });

    await step('a safety plan with the grandmother as monitor, signed by the mother (typed) and the grandmother (drawn) (INV-4)', async () => {
      await page.getByRole('link', { name: 'Build the safety plan' }).click();
      await page.getByRole('button', { name: 'Build a safety plan' }).click();
      await page.getByRole('heading', { name: 'Threats and actions' }).waitFor();
      await page.getByLabel('What will be done to keep the children safe').fill('Kyle moves out; Rosa stays at the home every evening and night until he has.');
      await page.getByLabel('Who is responsible').selectOption({ label: 'Rosa Torres (Other family member)' });
      await page.getByLabel('Their part in the plan').selectOption({ label: 'Family network' });
      await page.getByLabel('How it will be monitored').fill('Unannounced home visits; Rosa calls the investigator each morning.');
      await page.getByLabel('How often', { exact: true }).fill('Every day');
      // Lucia and Rosa read Spanish: the plan they sign and take home is in Spanish.
      await page.getByLabel('Spanish', { exact: true }).check();
      await page.getByLabel('Next review date').fill(inDays(7));
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByText('Draft saved.').waitFor();

      await page.getByRole('combobox', { name: /^Who is signing/ }).selectOption({ label: 'Lucia Torres (Parent)' });
      await page.getByRole('combobox', { name: /^Signs as/ }).selectOption({ label: 'Parent' });
      await page.getByLabel('Type their name').check();
      await page.getByLabel(/Lucia Torres has gone through this plan/).check();
      await page.getByRole('button', { name: 'Add signature' }).click();
      await page.getByText('Signature added: Lucia Torres.').waitFor();

      await page.getByRole('combobox', { name: /^Who is signing/ }).selectOption({ label: 'Rosa Torres (Other family member)' });
      await page.getByRole('combobox', { name: /^Signs as/ }).selectOption({ label: 'Family network' });
      await page.getByLabel('Draw the signature on this screen').check();
      const pad = page.getByRole('img', { name: 'Signature of Rosa Torres' });
      const box = (await pad.boundingBox())!;
      await page.mouse.move(box.x + 20, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 12; i += 1) await page.mouse.move(box.x + 20 + i * 15, box.y + box.height / 2 + (i % 2 ? -18 : 18));
      await page.mouse.up();
      await page.getByRole('button', { name: 'Add signature' }).click();
      await page.getByText('Signature added: Rosa Torres.').waitFor();

      await page.getByRole('button', { name: 'Submit for supervisor approval' }).click();
      await page.getByText('Safety plan submitted for supervisor approval.').waitFor();
      const pdfLink = page.getByRole('link', { name: /Print for the family \(PDF, Spanish\)/ });
      const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, url).toString());
      assert.equal(pdf.headers()['content-type'], 'application/pdf');
      assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
      await expectNoAxeViolations(page, 'safety plan (tablet)');
      await capture(page, '33-safety-plan');
    });

    await step('risk scores high; a discretionary override to very high goes to the supervisor (INV-5)', async () => {
      await page.getByRole('link', { name: 'Risk assessment', exact: true }).first().click();
      await answerInstrument(page, familyRisk, 'risk-assessment', riskAnswers('high'));
      await page.getByRole('button', { name: 'Complete the assessment' }).click();
      await page.getByRole('button', { name: 'Override the risk level' }).click();
      await page.getByLabel('My professional judgement').check();
      await page.getByLabel('Very high', { exact: true }).check();
      await page.getByLabel('Reason for the override').fill('Kyle has hurt Maya twice this month and Leo is four; the score understates the danger.');
      await page.getByRole('button', { name: 'Send for supervisor approval' }).click();
      await page.getByText('Waiting for supervisor approval').first().waitFor();
      await expectNoAxeViolations(page, 'risk assessment with override (tablet)');
      await capture(page, '34-risk-override');
    });

    await step('a finding for each allegation (INV-6)', async () => {
      await page.getByRole('link', { name: 'Findings', exact: true }).first().click();
      for (const [child, finding] of [
        ['Maya Torres', 'Substantiated'],
        ['Leo Torres', 'Indicated'],
      ] as const) {
        const form = page.getByRole('form', { name: new RegExp(`^${child}`) });
        await form.getByRole('radio', { name: new RegExp(`^${finding}`) }).check();
        await form.getByLabel('Reason for the finding').fill(`${child.split(' ')[0]} described being grabbed by Kyle; bruises were seen at the visit.`);
        await form.getByRole('button', { name: /^Save finding/ }).click();
        await form.getByText(/saved/i).first().waitFor();
      }
      await expectNoAxeViolations(page, 'findings (tablet)');
      await signOut(page);
    });

    await step('the investigations supervisor approves the safety plan and the override and reads the unit report (SUP-1, SUP-3)', async () => {
      // Supervisors decide at a desk; the investigator and caseworker work on a tablet.
      await page.setViewportSize(desk);
      await signIn(page, url, 'inv.supervisor');
      await page.getByRole('link', { name: 'Approvals', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Approval queue' }).waitFor();
      await page.getByText('Family agreement: Lucia Torres').waitFor();
      await expectNoAxeViolations(page, 'approvals with investigation requests');
      await capture(page, '35-approvals-investigation');
      await approveFromQueue(page, /Safety plan/);
      await approveFromQueue(page, /Risk level override/);
      await page.getByRole('link', { name: 'Unit report', exact: true }).first().click();
      await page.getByRole('heading', { name: 'Investigations and their clocks' }).waitFor();
      await page
        .getByRole('cell', { name: number })
        .or(page.getByRole('link', { name: new RegExp(number) }))
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'unit report');
      await capture(page, '36-unit-report');
      await signOut(page);
    });

    await step('the investigator decides to open an in-home case, as the guide recommends (INV-7)', async () => {
      await page.setViewportSize(tablet.viewport);
      await signIn(page, url, 'investigator');
      await page.goto(`${workspace}/decision`);
      await page.getByRole('heading', { name: 'What the guide recommends' }).waitFor();
      await page.getByLabel(/^Open an in-home case/).check();
      await page.getByLabel('Reason for the decision').fill('High risk with substantiated abuse; the family agreed to a safety plan and services at home.');
      await page.getByRole('button', { name: 'Submit for approval' }).click();
      await page.getByText('Waiting for supervisor approval').first().waitFor();
      await expectNoAxeViolations(page, 'decision submitted (tablet)');
      await capture(page, '37-decision');
      await signOut(page);
    });

    await step('the supervisor approves the decision; the case opens (INV-7)', async () => {
      await page.setViewportSize(desk);
      await signIn(page, url, 'inv.supervisor');
      await approveFromQueue(page, /Investigation decision/);
      await page.goto(`${workspace}/decision`);
      await page.getByRole('link', { name: /Case C-.* opened/ }).waitFor();
      await signOut(page);
    });

    await step('the case appears for the caseworker it was assigned to, with the family and the safety plan', async () => {
      await page.setViewportSize(tablet.viewport);
      await signIn(page, url, 'caseworker');
      await page.getByRole('heading', { name: 'My cases' }).waitFor();
      await page
        .getByRole('link', { name: /^Open case C-/ })
        .first()
        .click();
      await page.getByRole('heading', { name: 'Family network' }).waitFor();
      await page.getByText('Rosa Torres').first().waitFor();
      await page
        .getByRole('link', { name: /^Safety plan/ })
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'case (caseworker)');
      await capture(page, '38-case');
    });

    await step('the case reads in Spanish for a Spanish-speaking caseworker (PLAT-6)', async () => {
      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      if (await menu.isVisible()) await menu.click();
      await page.getByRole('button', { name: 'Español' }).first().click();
      await page.getByRole('heading', { name: 'Red familiar' }).waitFor();
      const close = page.getByRole('button', { name: 'Cerrar menú' });
      if (await close.isVisible()) await close.click();
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      await expectNoAxeViolations(page, 'case (es)');
      await capture(page, '39-case-es');
    });

    await caseJourney(page, url);
  } finally {
    await browser?.close();
    await hearth.stop();
  }
}

finish(main());
