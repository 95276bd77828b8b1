import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../../test/support/open-investigation-factory.js';
import { createPerson } from '../../../../../test/support/journey.js';
import { asUser, tasksOf, userIdOf } from '../../../../../test/support/work.js';

/** INV-1, INV-2: contacts with their safety check, and the first face-to-face clock of each alleged victim. */
let h: Harness;
let south: Client;

beforeAll(async () => {
  h = await createHarness();
  south = await h.signIn('south.investigator');
});
afterAll(() => h?.close());

type Opened = Awaited<ReturnType<typeof openInvestigationFast>>;
const contactsUrl = (id: string) => `/api/investigations/${id}/contacts`;
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

function visit(people: Opened['people'], overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    occurredAt: minutesFromNow(0),
    outcome: 'completed',
    method: 'face_to_face',
    location: 'home',
    purpose: 'Initial home visit',
    notes: 'Saw Maya and Leo at home with their mother.',
    participants: [
      { personId: people.maya.id, seen: true, interviewedPrivately: true },
      { personId: people.leo.id, seen: true, interviewedPrivately: false },
      { personId: people.mother.id, seen: true, interviewedPrivately: false },
    ],
    safetyCheck: { childrenSafe: 'yes', concerns: '' },
    ...overrides,
  };
}

const faceToFaceTasks = async (investigationId: string) => (await tasksOf(h, investigationId)).filter((t) => t.rule_key === 'first_face_to_face');

describe('INV-1 seeing each alleged victim face to face stops their response clock', () => {
  it('a completed home visit seeing Maya completes her task once; a retried request makes no second contact', async () => {
    const { investigationId, investigator, people } = await openInvestigationFast(h);
    const before = (await investigator.get(contactsUrl(investigationId))).json();
    expect(before.items).toEqual([]);
    // Only Maya is an alleged victim; her brother has no face-to-face clock of his own.
    expect(before.children).toEqual([{ personId: people.maya.id, name: 'Maya Torres', firstFaceToFaceAt: null, responseDueAt: expect.any(String) }]);

    const body = visit(people);
    const created = await investigator.post(contactsUrl(investigationId), body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: body.id, outcome: 'completed', createdByName: 'Ivy Chen', version: 1 });
    expect(created.json().participants[0]).toEqual({ personId: people.maya.id, name: 'Maya Torres', seen: true, interviewedPrivately: true });
    expect((await faceToFaceTasks(investigationId)).map((t) => t.status)).toEqual(['done']);

    const retried = await investigator.post(contactsUrl(investigationId), body);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().id).toBe(body.id);

    const after = (await investigator.get(contactsUrl(investigationId))).json();
    expect(after.items).toHaveLength(1);
    expect(Date.parse(after.children[0].firstFaceToFaceAt)).toBe(Date.parse(body.occurredAt));
    expect(Date.parse(after.children[0].firstFaceToFaceAt)).toBeLessThan(Date.parse(after.children[0].responseDueAt));
  });

  it('an attempted visit or a phone call does not stop the clock; a later second visit changes nothing', async () => {
    const { investigationId, investigator, people } = await openInvestigationFast(h);
    const attempted = await investigator.post(
      contactsUrl(investigationId),
      visit(people, { outcome: 'attempted', participants: [], notes: 'No one answered the door.' }),
    );
    expect(attempted.statusCode, attempted.body).toBe(201);
    const phone = await investigator.post(
      contactsUrl(investigationId),
      visit(people, { method: 'phone', location: 'other', locationNote: 'By phone from the office' }),
    );
    expect(phone.statusCode, phone.body).toBe(201);
    expect((await faceToFaceTasks(investigationId)).map((t) => t.status)).toEqual(['open']);

    const first = visit(people, { occurredAt: minutesFromNow(1) });
    expect((await investigator.post(contactsUrl(investigationId), first)).statusCode).toBe(201);
    const second = await investigator.post(contactsUrl(investigationId), visit(people, { occurredAt: minutesFromNow(2), location: 'school' }));
    expect(second.statusCode, second.body).toBe(201);
    expect((await faceToFaceTasks(investigationId)).map((t) => t.status)).toEqual(['done']);
    const list = (await investigator.get(contactsUrl(investigationId))).json();
    expect(list.items.map((c: { location: string }) => c.location)).toEqual(['school', 'home', 'other', 'home']);
    expect(Date.parse(list.children[0].firstFaceToFaceAt)).toBe(Date.parse(first.occurredAt));
  });
});

describe('INV-2 what a contact must say', () => {
  it('names who is not on the report (422) and asks for concerns when a child is not safe (400)', async () => {
    const { investigationId, investigator, people } = await openInvestigationFast(h);
    const stranger = await createPerson(await h.signIn('screener'), { firstName: 'Ned', lastName: 'Stranger', approximateAge: 40, sex: 'male' });
    const refused = await investigator.post(
      contactsUrl(investigationId),
      visit(people, {
        participants: [
          { personId: people.maya.id, seen: true },
          { personId: stranger.id, seen: true },
        ],
      }),
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([{ path: 'participants.1.personId', message: expect.stringContaining(stranger.id), code: 'not_on_report' }]);

    const unsafe = await investigator.post(contactsUrl(investigationId), visit(people, { safetyCheck: { childrenSafe: 'no', concerns: ' ' } }));
    expect(unsafe.statusCode).toBe(400);
    expect(JSON.stringify(unsafe.json().errors)).toContain('concerns');
    const noCheck = await investigator.post(contactsUrl(investigationId), { ...visit(people), safetyCheck: undefined });
    expect(noCheck.statusCode).toBe(400);
    const future = await investigator.post(contactsUrl(investigationId), visit(people, { occurredAt: minutesFromNow(120) }));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'occurredAt' })]);
    // Times are recorded to the minute: the minute before the report arrived is refused.
    const investigation = (await investigator.get(`/api/investigations/${investigationId}`)).json();
    const minuteBefore = new Date(Math.floor(Date.parse(investigation.report.receivedAt) / 60_000) * 60_000 - 60_000).toISOString();
    const early = await investigator.post(contactsUrl(investigationId), visit(people, { occurredAt: minuteBefore }));
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'occurredAt' })]);

    // None of the refused contacts was stored, and Maya's clock still runs.
    expect((await investigator.get(contactsUrl(investigationId))).json().items).toEqual([]);
    expect((await faceToFaceTasks(investigationId)).map((t) => t.status)).toEqual(['open']);
    // …but the minute it arrived in is fine, though the exact instant was a few seconds later.
    const sameMinute = await investigator.post(
      contactsUrl(investigationId),
      visit(people, { occurredAt: new Date(Date.parse(minuteBefore) + 60_000).toISOString() }),
    );
    expect(sameMinute.statusCode, sameMinute.body).toBe(201);
  });

  it('a contact can be corrected with its version; what stopped a clock stays', async () => {
    const { investigationId, investigator, people } = await openInvestigationFast(h);
    const body = visit(people);
    const { version } = (await investigator.post(contactsUrl(investigationId), body)).json();
    const { id, ...fields } = body;
    const put = (changes: Record<string, unknown>, v = version) =>
      investigator.put(`${contactsUrl(investigationId)}/${id}`, { ...fields, ...changes, version: v });

    const corrected = await put({
      notes: 'Saw Maya and Leo at home; their mother was present throughout.',
      safetyCheck: { childrenSafe: 'no', concerns: 'The partner may return tonight.' },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ version: version + 1, safetyCheck: { childrenSafe: 'no', concerns: 'The partner may return tonight.' } });
    expect((await put({ notes: 'A stale edit' })).statusCode).toBe(409);

    const unseen = await put({ participants: [{ personId: people.mother.id, seen: true, interviewedPrivately: false }] }, version + 1);
    expect(unseen.statusCode).toBe(422);
    expect(unseen.json().detail).toMatch(/Maya Torres face to face/);
    const attempted = await put({ outcome: 'attempted' }, version + 1);
    expect(attempted.statusCode).toBe(422);

    const elsewhere = await investigator.put(`${contactsUrl(investigationId)}/${randomUUID()}`, { ...fields, version: 1 });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('an attempted contact corrected to a completed visit stops the clock then', async () => {
    const { investigationId, investigator, people } = await openInvestigationFast(h);
    const body = visit(people, { outcome: 'attempted' });
    const created = (await investigator.post(contactsUrl(investigationId), body)).json();
    expect((await faceToFaceTasks(investigationId)).map((t) => t.status)).toEqual(['open']);
    const { id, ...fields } = body;
    const completed = await investigator.put(`${contactsUrl(investigationId)}/${id}`, { ...fields, outcome: 'completed', version: created.version });
    expect(completed.statusCode, completed.body).toBe(200);
    expect((await faceToFaceTasks(investigationId)).map((t) => t.status)).toEqual(['done']);
  });
});

describe('PLAT-1 need to know', () => {
  it('another office gets 404 for the list, a new contact and a correction, and sees no rows at the database', async () => {
    const { investigationId, investigator, people } = await openInvestigationFast(h);
    const body = visit(people);
    expect((await investigator.post(contactsUrl(investigationId), body)).statusCode).toBe(201);
    expect((await south.get(contactsUrl(investigationId))).statusCode).toBe(404);
    expect((await south.post(contactsUrl(investigationId), visit(people))).statusCode).toBe(404);
    const { id, ...fields } = body;
    expect((await south.put(`${contactsUrl(investigationId)}/${id}`, { ...fields, version: 1 })).statusCode).toBe(404);
    const rows = await asUser(h, await userIdOf(h, 'south.investigator'), (trx) =>
      trx.selectFrom('investigation_contact').select('id').where('investigation_id', '=', investigationId).execute(),
    );
    expect(rows).toEqual([]);
    const own = await asUser(h, investigator.userId, (trx) =>
      trx.selectFrom('investigation_contact').select('id').where('investigation_id', '=', investigationId).execute(),
    );
    expect(own).toEqual([{ id }]);
  });

  it('the screener who took the report and a colleague without the case both get 404 (PLAT-1)', async () => {
    const { investigationId, people } = await openInvestigationFast(h);
    const screener = await h.signIn('screener');
    expect((await screener.get(contactsUrl(investigationId))).statusCode).toBe(404);
    expect((await screener.post(contactsUrl(investigationId), visit(people))).statusCode).toBe(404);
    const colleague = await h.signIn('investigator2');
    expect((await colleague.get(contactsUrl(investigationId))).statusCode).toBe(404);
  });
});
