import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { openInvestigation } from './investigation.js';
import { openInvestigationFast } from './open-investigation-factory.js';
import { testDatabaseKind } from './test-database.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const NUMBER = /^[RI]-\d{4}-\d{6}$/;

/**
 * Ids become labels in the order they are first met (so the same id in two places keeps one label
 * and a document of the same shape gets the same labels), record numbers and moments placeholders.
 * Moments that come from the report's receipt (the clocks) are compared exactly, apart from this.
 */
function normalise(value: unknown, labels = new Map<string, string>()): unknown {
  if (typeof value === 'string') {
    const labelled = value.replace(UUID, (id) => {
      if (!labels.has(id)) labels.set(id, `<id ${labels.size + 1}>`);
      return labels.get(id)!;
    });
    if (labelled !== value) return labelled;
    if (MOMENT.test(value)) return '<moment>';
    if (NUMBER.test(value)) return '<number>';
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v, labels));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, labels)]));
  return value;
}

describe(`the open-investigation factory builds what the HTTP walk-through builds (${testDatabaseKind})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('the investigator, her supervisor and the careline supervisor see the same investigation, clocks and tasks', async () => {
    const walked = await openInvestigation(h);
    const receivedAt = await h.database.asOwner((owner) =>
      owner.selectFrom('report').select('received_at').where('id', '=', walked.reportId).executeTakeFirstOrThrow(),
    );
    const built = await openInvestigationFast(h, { receivedAt: new Date(receivedAt.received_at) });
    expect(built.investigationId).not.toBe(walked.investigationId);
    expect(Object.keys(built.people)).toEqual(Object.keys(walked.people));
    for (const key of Object.keys(walked.people) as (keyof typeof walked.people)[]) {
      expect({ firstName: built.people[key].firstName, lastName: built.people[key].lastName }).toEqual({
        firstName: walked.people[key].firstName,
        lastName: walked.people[key].lastName,
      });
    }

    const readers = {
      investigator: walked.investigator,
      unitSupervisor: await h.signIn('inv.supervisor'),
      careline: await h.signIn('supervisor'),
      screener: await h.signIn('screener'),
    };
    const views = (id: string, reportId: string) =>
      [
        ['investigator', `/api/investigations/${id}`],
        ['investigator', `/api/investigations/${id}/contacts`],
        ['investigator', `/api/investigations/${id}/decision`],
        ['investigator', `/api/investigations/${id}/findings`],
        ['investigator', `/api/investigations/${id}/assessments/safety`],
        ['investigator', `/api/investigations/${id}/assessments/risk`],
        ['investigator', `/api/reports/${reportId}`],
        ['unitSupervisor', `/api/investigations/${id}`],
        ['careline', `/api/investigations/${id}`],
        ['careline', `/api/reports/${reportId}`],
        ['screener', `/api/reports/${reportId}`],
        ['screener', `/api/reports/${reportId}/screening-instrument`],
      ] as const;
    const read = async (id: string, reportId: string) => {
      const out: Record<string, unknown> = {};
      for (const [who, url] of views(id, reportId)) {
        const response = await readers[who].get(url);
        out[`${who} ${url.replace(id, ':id').replace(reportId, ':report')}`] = { status: response.statusCode, body: normalise(response.json()) };
      }
      return out;
    };
    expect(await read(built.investigationId, built.reportId)).toEqual(await read(walked.investigationId, walked.reportId));

    // The clocks are the real ones: the same response due time and the same tasks, due at the same moments.
    const clocks = async (id: string) => {
      const investigation = (await walked.investigator.get(`/api/investigations/${id}`)).json();
      const mine = (await walked.investigator.get('/api/tasks/mine')).json();
      const team = (await readers.unitSupervisor.get('/api/tasks/team')).json();
      const rows = await h.database.asOwner(async (owner) => ({
        tasks: await owner
          .selectFrom('task as t')
          .innerJoin('staff_user as u', 'u.id', 't.assignee_id')
          .select(['t.rule_key', 't.status', 't.anchor_at', 't.due_at', 't.child_person_id', 'u.username', 't.profile_code', 't.profile_version'])
          .where('t.subject_id', '=', id)
          .orderBy('t.rule_key')
          .execute(),
        events: await owner.selectFrom('domain_event').select(['type', 'occurred_at', 'payload']).where('subject_id', '=', id).execute(),
        audit: (
          await sql<{ action: string }>`select action from audit_event where record_type = 'investigation' and record_id = ${id} order by seq`.execute(owner)
        ).rows.map((r) => r.action),
      }));
      const onThis = (list: { items: { subjectId: string }[] }) => normalise(list.items.filter((t) => t.subjectId === id));
      return {
        responseDueAt: investigation.responseDueAt,
        completionDueAt: investigation.completionDueAt,
        tasks: rows.tasks.map((t) => ({
          ...t,
          anchor_at: new Date(t.anchor_at).toISOString(),
          due_at: t.due_at && new Date(t.due_at).toISOString(),
          child_person_id: t.child_person_id && 'child',
        })),
        events: rows.events.map((e) => ({
          type: e.type,
          occurredAt: new Date(e.occurred_at).toISOString(),
          children: (e.payload as { children?: string[] }).children?.length,
          responsePriority: (e.payload as { responsePriority?: string }).responsePriority,
        })),
        audit: rows.audit,
        mine: onThis(mine),
        team: onThis(team),
      };
    };
    const walkedClocks = await clocks(walked.investigationId);
    expect(walkedClocks.tasks.length).toBeGreaterThan(0);
    expect(walkedClocks.responseDueAt).toBeTruthy();
    expect((walkedClocks.mine as unknown[]).length).toBe(walkedClocks.tasks.length);
    expect(await clocks(built.investigationId)).toEqual(walkedClocks);
  });
});
