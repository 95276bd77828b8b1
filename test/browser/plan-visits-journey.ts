/**
 * The case plan and visits in a real browser (issue 12: PLAN-1, PLAN-2, PLAN-5, PLAN-6, VIS-2..4,
 * SUP-3), continuing the case journey on the transferred case: the caseworker makes the plan with
 * the mother from the prioritised need, the supervisor approves it, a visit is planned from it and
 * recorded, a progress review marks an objective achieved and the plan is revised; the supervisor
 * reads the unit's visit compliance. axe-core checks every page; screenshots go to docs/screenshots.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { capture, expectNoAxeViolations } from './harness.js';
import { approveFromQueue, signIn, signOut, step } from './journey-steps.js';

export async function planAndVisitsJourney(page: Page, url: string, caseUrl: string) {
  await step(
    'the caseworker makes the case plan with the family from the prioritised need; the mother agrees, the father is recorded as not reached; the supervisor approves (PLAN-1, PLAN-2, SUP-3)',
    async () => {
      const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      await signOut(page);
      await signIn(page, url, 'caseworker2');
      await page.goto(caseUrl);
      await page.getByRole('heading', { name: 'Case plan' }).waitFor();
      await page.getByRole('button', { name: 'Start the case plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Case plan, version 1' }).waitFor();
      await page.getByRole('button', { name: 'Add a goal' }).click();
      await page.getByLabel('Goal 1, in the family’s words').fill('“Our children are safe at home and Kyle does not scare us.”');
      const objectives: Array<{ part: string; text: string; measure: string; step: string; who: 'person' | 'agency' }> = [
        {
          part: 'Safety',
          text: 'Lucia asks Kyle to leave and calls Rosa whenever he comes home after drinking.',
          measure: 'No night with Kyle drinking at home, by Lucia’s and Rosa’s account and the monthly visits.',
          step: 'Call Rosa and keep the children with her when Kyle has been drinking.',
          who: 'person',
        },
        {
          part: 'Child needs',
          text: 'Maya goes to school every day and tells an adult at school when she feels afraid.',
          measure: 'School attendance above 95% this term; the school counsellor sees her weekly.',
          step: 'Set up weekly sessions with the school counsellor.',
          who: 'agency',
        },
        {
          part: 'Well-being',
          text: 'Leo keeps his bedtime routine and sees the paediatrician for his check-up.',
          measure: 'Bedtime by 8 pm most nights; the check-up is done.',
          step: 'Book the check-up and help with transport.',
          who: 'agency',
        },
      ];
      for (const [i, o] of objectives.entries()) {
        await page.getByRole('button', { name: 'Add an objective to goal 1' }).click();
        const objective = page.getByRole('group', { name: `Objective ${i + 1}` });
        await objective.getByLabel('Part of the plan').selectOption({ label: o.part });
        await objective.getByLabel('What will be done differently').fill(o.text);
        await objective.getByLabel('How we will know it has changed').fill(o.measure);
        await objective.getByLabel('Target date').fill(inDays(90));
        if (i === 0) await objective.getByRole('group', { name: 'Needs this objective answers' }).getByRole('checkbox').first().check();
        await objective.getByRole('button', { name: `Add an action step to objective ${i + 1}` }).click();
        const actionStep = objective.getByRole('group', { name: 'Action step 1' });
        await actionStep.getByLabel('What will be done').fill(o.step);
        if (o.who === 'person') {
          await actionStep.getByLabel('Who is responsible').selectOption({ label: 'A person on the case' });
          await actionStep.getByLabel('Person on the case').selectOption({ label: 'Lucia Torres' });
        } else {
          await actionStep.getByLabel('Who is responsible').selectOption({ label: 'The agency' });
          await actionStep.getByLabel('Name of the provider or agency').fill('Theo Walsh, North Ongoing Services');
        }
        await actionStep.getByLabel('Due date').fill(inDays(30));
      }
      await page.getByRole('button', { name: 'Save the plan' }).click();
      await page.getByText('The plan is saved.').waitFor();
      await page.getByText('Nothing is missing. The plan can be sent for approval.').waitFor();
      await expectNoAxeViolations(page, 'case plan draft');
      await capture(page, '50-case-plan-draft');

      const agreement = page.getByRole('form', { name: 'Record a parent’s or child’s answer' });
      await agreement.getByLabel(/^Person/).selectOption({ label: 'Lucia Torres' });
      await agreement.getByLabel('Signs as').selectOption({ label: 'Parent' });
      await agreement.getByLabel('Agrees with the plan').check();
      await agreement.getByLabel('What they said, in their own words').fill('I want Kyle to get help, and I will call my mother.');
      await agreement.getByLabel('Type their name').check();
      await agreement.getByLabel('Name of the person signing').fill('Lucia Torres');
      await agreement.getByRole('button', { name: 'Record the answer' }).click();
      await page.getByText('The answer of Lucia Torres is recorded.').waitFor();
      // The children's father, whose whereabouts are unknown, is recorded as not reached, with the efforts made.
      await agreement.getByLabel(/^Person/).selectOption({ label: 'Daniel Reyes' });
      await agreement.getByLabel('Could not be reached').check();
      await agreement.getByLabel(/^What was done to reach them/).fill('Letters to his last address; calls to his last number; asked his mother Carmen.');
      await agreement.getByRole('button', { name: 'Record the answer' }).click();
      await page.getByText('The answer of Daniel Reyes is recorded.').waitFor();
      await page.getByText('Every parent has given their answer to this version.').waitFor();
      await page.getByRole('button', { name: 'Save and send for approval' }).click();
      await page.getByText('The plan was sent to the supervisor for approval.').waitFor();
      await expectNoAxeViolations(page, 'case plan sent');

      await signOut(page);
      await signIn(page, url, 'ong.supervisor');
      // Supervisors decide at a desk.
      const tablet = page.viewportSize();
      await page.setViewportSize({ width: 1280, height: 900 });
      await approveFromQueue(page, /Case plan/);
      if (tablet) await page.setViewportSize(tablet);
      await page.goto(caseUrl);
      await page.getByRole('table', { name: 'Case plan' }).getByText('Approved').waitFor();
      await expectNoAxeViolations(page, 'case with an approved plan');
    },
  );

  await step(
    'the caseworker plans a visit from the plan’s objectives and records it: both children seen, time alone with each, progress on one objective (VIS-2, VIS-3)',
    async () => {
      await signOut(page);
      await signIn(page, url, 'caseworker2');
      await page.goto(caseUrl);
      await page.getByRole('heading', { name: 'Caseworker visits' }).waitFor();
      await page.getByRole('button', { name: 'Plan a visit' }).click();
      const plan = page.getByRole('form', { name: 'Plan a visit' });
      await plan.getByLabel('Day of the visit').fill(new Date().toISOString().slice(0, 10));
      await plan.getByLabel(/^Purpose/).fill('Monthly visit: how the safety steps are working at home.');
      await plan.getByLabel(/^Lucia asks Kyle to leave/).check();
      await plan.getByRole('button', { name: 'Plan a visit' }).dblclick();
      await page.getByText('The visit is planned.').waitFor();
      // The list refreshes after the answer: wait for it, and for the second tap's request to settle.
      await page
        .getByRole('link', { name: /^Open the visit of/ })
        .first()
        .waitFor();
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByRole('link', { name: /^Open the visit of/ }).count(), 1, 'a double tap plans one visit');
      await page.getByRole('link', { name: /^Open the visit of/ }).click();
      await page.getByRole('heading', { name: 'The plan for this visit' }).waitFor();
      await expectNoAxeViolations(page, 'visit plan');

      const record = page.getByRole('form', { name: 'Record of the visit' });
      const anHourAgo = new Date(Date.now() - 3_600_000);
      const local = new Date(anHourAgo.getTime() - 5 * 3_600_000).toISOString().slice(0, 16); // the agency's zone, EST
      await record.getByLabel(/^Date and time of the visit/).fill(local);
      await record
        .getByRole('group', { name: /^Where the visit took place/ })
        .getByLabel('The child’s home')
        .check();
      for (const [name, minutes] of [
        ['Maya Torres', '15'],
        ['Leo Torres', '10'],
      ]) {
        await record
          .getByRole('group', { name: new RegExp(`^Was ${name} seen`) })
          .getByLabel('Seen', { exact: true })
          .check();
        await record.getByLabel(`Minutes alone with ${name}`).fill(minutes);
      }
      await record
        .getByRole('group', { name: /^Are there new safety concerns/ })
        .getByLabel('No', { exact: true })
        .check();
      await record
        .getByRole('group', { name: /^Are the children safe/ })
        .getByLabel('Yes', { exact: true })
        .check();
      await record.getByLabel('Discussed at this visit').check();
      await record.getByLabel(/^Progress: what changed/).fill('Lucia called Rosa twice when Kyle came home drinking; the children stayed with Rosa.');
      await record.getByLabel('Which person').selectOption({ label: 'Lucia Torres' });
      await record.getByLabel(/^What the family said/).fill('“It is hard, but the plan works when I use it.”');
      await record.getByLabel(/^Next steps/).fill('Check in with the school counsellor about Maya.');
      await record.getByRole('button', { name: 'Save the visit record' }).click();
      await page.getByText('The visit record is saved.').waitFor();
      await expectNoAxeViolations(page, 'visit recorded');
      await capture(page, '51-visit-recorded');
    },
  );

  await step(
    'the caseworker holds a progress review that marks the safety objective achieved, prints the plan in Spanish, then revises it; the changes are shown (PLAN-6, PLAN-7, PLAN-5)',
    async () => {
      await page.goto(caseUrl);
      await page.getByRole('link', { name: 'Open version 1 of the case plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Case plan, version 1' }).waitFor();
      const review = page.getByRole('form', { name: 'Review progress with the family' });
      const safety = review.getByRole('group', { name: /^Lucia asks Kyle to leave/ });
      await safety.getByLabel('How much the behaviour has changed').selectOption({ label: 'Sustained change' });
      await safety.getByLabel('What was seen or heard that shows it').fill('Three months without Kyle drinking at home; Rosa confirms.');
      await safety.getByLabel('From whom').selectOption({ label: 'A parent' });
      await safety.getByLabel('Who gave it').selectOption({ label: 'Lucia Torres' });
      await safety.getByLabel('What happens next').selectOption({ label: 'Achieved' });
      await review.getByLabel(/^The family’s view/).fill('“We feel safer. Now we want to work on Maya’s school.”');
      await review.getByRole('button', { name: 'Record the review' }).click();
      await page.getByText('The progress review is recorded.').waitFor();
      // PLAN-7: the approved plan prints in the family's language.
      const print = page.getByRole('link', { name: 'Imprimir el plan (español)' });
      const pdf = await page.request.get(new URL((await print.getAttribute('href'))!, page.url()).toString());
      assert.equal(pdf.status(), 200);
      assert.equal(pdf.headers()['content-type'], 'application/pdf');
      assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
      await page.getByRole('button', { name: 'Revise the plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Case plan, version 2' }).waitFor();
      const changes = page.getByRole('region', { name: 'Changes from the previous version' });
      await changes
        .getByText(/^Lucia asks Kyle to leave/)
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'case plan revised');
      await capture(page, '53-case-plan-revised');
    },
  );

  await step('the ongoing supervisor reads the unit’s visit compliance by calendar month (VIS-4)', async () => {
    await signOut(page);
    await signIn(page, url, 'ong.supervisor');
    await page.goto(`${url}/visit-compliance`);
    await page.getByRole('heading', { level: 1, name: 'Visit compliance' }).waitFor();
    await page.getByRole('link', { name: 'Download as CSV' }).waitFor();
    await expectNoAxeViolations(page, 'visit compliance');
    await capture(page, '52-visit-compliance');
  });
}
