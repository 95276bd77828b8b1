import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSafetyAssessment } from '../../../../../test/support/assessments.js';
import { seeChildren } from '../../../../../test/support/decision.js';
import { type Client, createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../../test/support/open-investigation-factory.js';
import { tasksOf, userIdOf } from '../../../../../test/support/work.js';
import { approvePlan, createPlan, dayFromToday, rosaAction, sign } from '../../safety-plans/safety-plan.fixtures.js';

/** INV-2: "children not safe" at a contact alerts the investigator's supervisor until it is answered. */
let h: Harness;
let supervisor: Client;

beforeAll(async () => {
  h = await createHarness();
  supervisor = await h.signIn('inv.supervisor');
});
afterAll(() => h?.close());

const concernOf = async (investigationId: string) => (await tasksOf(h, investigationId)).filter((t) => t.rule_key === 'answer_safety_concern');
const urgentMessages = (taskId: string) =>
  h.database.asOwner((owner) =>
    owner.selectFrom('outbox_message').select(['kind', 'recipient_id']).where('dedupe_key', '=', `task.urgent:${taskId}`).execute(),
  );

describe('a contact that finds the children not safe (INV-2)', () => {
  it('opens an urgent task and notification for the supervisor, shown on the team view, until the safety assessment answers it', async () => {
    const family = await openInvestigationFast(h);
    await seeChildren(family.investigator, family.investigationId, [family.people.maya.id], 'no');
    const [task] = await concernOf(family.investigationId);
    const supervisorId = await userIdOf(h, 'inv.supervisor');
    expect(task).toMatchObject({ status: 'open', assignee_id: supervisorId });
    // Due within two hours of the contact, by the v2 profile's Hearth default.
    expect(task!.due_at!.getTime() - Date.now()).toBeLessThanOrEqual(2 * 3_600_000);
    expect(await urgentMessages(task!.id)).toEqual([{ kind: 'task.urgent', recipient_id: supervisorId }]);
    const team = (await supervisor.get('/api/tasks/team')).json().items as Array<{ id: string; ruleKey: string }>;
    expect(team.find((t) => t.id === task!.id)?.ruleKey).toBe('answer_safety_concern');

    // A second "not safe" contact while one is open adds no second alert.
    await seeChildren(family.investigator, family.investigationId, [family.people.leo.id], 'no');
    expect(await concernOf(family.investigationId)).toHaveLength(1);

    await completeSafetyAssessment(family.investigator, family.investigationId, 'unsafe');
    expect((await concernOf(family.investigationId))[0]?.status).toBe('done');
  });

  it('an approved safety plan answers one raised after the assessment; a safe contact raises nothing', async () => {
    const family = await openInvestigationFast(h);
    await seeChildren(family.investigator, family.investigationId, [family.people.maya.id, family.people.leo.id], 'yes');
    expect(await concernOf(family.investigationId)).toEqual([]);
    await completeSafetyAssessment(family.investigator, family.investigationId, 'safe_with_plan');
    await seeChildren(family.investigator, family.investigationId, [family.people.maya.id], 'no');
    expect((await concernOf(family.investigationId))[0]?.status).toBe('open');
    const created = await createPlan(family.investigator, family.investigationId, {
      actions: [rosaAction(family.people.grandmother.id)],
      nextReviewOn: dayFromToday(7),
    });
    const signed = await sign(family.investigator, created.id, { signerName: 'Lucia Torres', signerRole: 'parent', personId: family.people.mother.id });
    await approvePlan(family.investigator, supervisor, signed);
    expect((await concernOf(family.investigationId))[0]?.status).toBe('done');
  });

  it('another office sees nothing of the alert (PLAT-1)', async () => {
    const family = await openInvestigationFast(h);
    await seeChildren(family.investigator, family.investigationId, [family.people.maya.id], 'no');
    const south = await h.signIn('south.supervisor');
    const team = (await south.get('/api/tasks/team')).json().items as Array<{ subjectId: string }>;
    expect(team.some((t) => t.subjectId === family.investigationId)).toBe(false);
  });
});
