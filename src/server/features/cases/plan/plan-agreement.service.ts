import type { Transaction } from 'kysely';
import { ageOn } from '../../../../domain/investigation/household.js';
import type { DB } from '../../../db/schema.js';
import { type FieldProblem, idTaken, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { findPeople } from '../cases.repo.js';
import * as repo from './plan.repo.js';
import type { AgreementInput, ReviewInput } from './plan.schema.js';
import { auditPlan, loadPlanForWork, readPlan } from './plan.service.js';

type Trx = Transaction<DB>;

/** An agreement or review already made with this id answers the plan; another record's id is taken. */
async function retriedOn(ctx: RequestContext, trx: Trx, earlier: { plan_id: string } | undefined, planId: string) {
  if (!earlier) return null;
  if (earlier.plan_id !== planId) throw idTaken();
  return { created: false, plan: await readPlan(ctx, trx, planId) };
}

/** A parent signs as a parent on the case; a child as someone under 18 (their age, where known). */
function checkSignerRole(role: AgreementInput['signerRole'], person: { role: string; date_of_birth: string | null }) {
  const age = ageOn({ dateOfBirth: person.date_of_birth, approximateAge: null }, new Date().toISOString().slice(0, 10));
  const wrong =
    role === 'parent' && person.role !== 'parent'
      ? 'This person is not a parent on the case'
      : role === 'child' && age !== null && age >= 18
        ? 'This person is not a child'
        : null;
  if (wrong) throw new Problem('validation', `${wrong}.`, [{ path: 'signerRole', message: wrong }]);
}

const notOnCase = (path: string) => new Problem('validation', 'That person is not on this case.', [{ path, message: 'Choose a person on the case' }]);

/**
 * PLAN-1: a parent (maternal or paternal, custodial or not), a caregiver or an age-appropriate child
 * agrees or disagrees in their own words, signed typed or drawn — or a parent could not be reached,
 * with the efforts made. It is tied to the version they were shown: an agreement to an older version,
 * or to a version since replaced by a revision, is refused, so nobody appears to agree to words
 * they never saw. Agreements are never changed or removed.
 */
export async function recordAgreement(ctx: RequestContext, trx: Trx, planId: string, input: AgreementInput) {
  const { plan } = await loadPlanForWork(ctx, trx, planId);
  const again = await retriedOn(ctx, trx, await repo.findAgreement(trx, input.id), planId);
  if (again) return again;
  const latest = (await repo.findVersions(trx, plan.case_id))[0]!;
  if (latest.id !== plan.id || input.planVersion !== plan.version) {
    throw new Problem(
      'conflict',
      latest.id !== plan.id
        ? `This is version ${plan.version_no} of the plan; version ${latest.version_no} has replaced it. Show the family the current version.`
        : 'The plan changed after it was shown. Show the family the plan as it reads now, then record their agreement.',
      [{ path: 'planVersion', message: 'Show the current version of the plan' }],
    ).because('case_plan_outdated', { currentPlanId: latest.id, currentVersion: latest.id === plan.id ? plan.version : latest.version });
  }
  const signer = (await findPeople(trx, plan.case_id)).find((p) => p.person_id === input.personId);
  if (!signer) throw notOnCase('personId');
  checkSignerRole(input.signerRole, signer);
  if (!(await repo.insertAgreement(trx, plan, input, ctx.userId))) {
    const late = await retriedOn(ctx, trx, await repo.findAgreement(trx, input.id), planId);
    if (late) return late;
    throw idTaken();
  }
  await auditPlan(
    ctx,
    trx,
    'case_plan.agreement',
    plan.case_id,
    { planId, agreementId: input.id, outcome: input.outcome, method: input.method, planVersion: plan.version },
    [input.personId],
  );
  return { created: true, plan: await readPlan(ctx, trx, planId) };
}

/**
 * PLAN-6: a progress review of the plan in force — per objective, how much behaviour has changed,
 * the evidence and who gave it, and whether the objective goes on, is achieved, is to be revised or
 * dropped — with the family's view, optionally held at one of the case's team meetings. The plan
 * in force never changes: achieved and dropped objectives come so marked into the next version,
 * at once when a revision is already open.
 */
export async function recordReview(ctx: RequestContext, trx: Trx, planId: string, input: ReviewInput) {
  const { plan } = await loadPlanForWork(ctx, trx, planId);
  const again = await retriedOn(ctx, trx, await repo.findReview(trx, input.id), planId);
  if (again) return again;
  const versions = await repo.findVersions(trx, plan.case_id);
  if (plan.status !== 'approved' || versions.find((v) => v.status === 'approved')?.id !== plan.id)
    throw new Problem('conflict', 'Progress is reviewed against the plan in force: the latest approved version.').because('case_plan_not_in_force');
  const objectives = new Set((await repo.findParts(trx, plan.id)).objectives.map((o) => o.objective_key));
  const people = new Set((await findPeople(trx, plan.case_id)).map((p) => p.person_id));
  const problems: FieldProblem[] = [];
  input.ratings.forEach((r, i) => {
    if (!objectives.has(r.objectiveId)) problems.push({ path: `ratings.${i}.objectiveId`, message: 'Choose an objective of this plan' });
    if (r.givenByPersonId && !people.has(r.givenByPersonId)) problems.push({ path: `ratings.${i}.givenByPersonId`, message: 'Choose a person on the case' });
  });
  if (input.meetingId && !(await repo.findMeetingOfCase(trx, input.meetingId, plan.case_id)))
    problems.push({ path: 'meetingId', message: 'Choose a family team meeting of this case' });
  if (problems.length) throw new Problem('validation', 'Some fields need fixing.', problems);
  if (!(await repo.insertReview(trx, plan, input, ctx.userId))) {
    const late = await retriedOn(ctx, trx, await repo.findReview(trx, input.id), planId);
    if (late) return late;
    throw idTaken();
  }
  const revision = versions.find((v) => v.previous_id === plan.id && (v.status === 'draft' || v.status === 'returned'));
  if (revision) {
    await repo.setObjectiveStatus(
      trx,
      revision.id,
      input.ratings.filter((r) => r.outcome === 'achieved').map((r) => r.objectiveId),
      'achieved',
    );
    await repo.setObjectiveStatus(
      trx,
      revision.id,
      input.ratings.filter((r) => r.outcome === 'drop').map((r) => r.objectiveId),
      'dropped',
    );
    // The open draft's content changed: a save from an older reading must not undo it unseen.
    await repo.claimPlan(trx, revision.id, { from: ['draft', 'returned'] }, {});
  }
  await auditPlan(
    ctx,
    trx,
    'case_plan.review',
    plan.case_id,
    {
      planId,
      reviewId: input.id,
      meetingId: input.meetingId,
      achieved: input.ratings.filter((r) => r.outcome === 'achieved').map((r) => r.objectiveId),
      carriedInto: revision?.id ?? null,
    },
    input.ratings.flatMap((r) => (r.givenByPersonId ? [r.givenByPersonId] : [])),
  );
  return { created: true, plan: await readPlan(ctx, trx, planId) };
}
