import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { recordEvent } from '../../work/work.engine.js';
import * as repo from './contacts.repo.js';
import type { ContactInput, ContactParticipant, CreateContactInput, UpdateContactInput } from './contacts.schema.js';
import { type InvestigationRow, loadInvestigation } from '../investigation-access.js';

type Trx = Transaction<DB>;
type People = Awaited<ReturnType<typeof repo.findReportPeople>>;
type ContactRow = NonNullable<Awaited<ReturnType<typeof repo.findContact>>>;

const nameOf = (people: People, personId: string) => {
  const person = people.find((p) => p.id === personId);
  return person ? `${person.first_name} ${person.last_name}` : null;
};

function present(row: ContactRow, people: People) {
  return {
    id: row.id,
    investigationId: row.investigation_id,
    occurredAt: row.occurred_at,
    outcome: row.outcome,
    method: row.method,
    location: row.location,
    locationNote: row.location_note,
    purpose: row.purpose,
    notes: row.notes,
    participants: row.participants.map((p) => ({ ...p, name: nameOf(people, p.personId) })),
    safetyCheck: row.safety_check,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The alleged victims this contact saw face to face: the facts that stop their response clocks (INV-1). */
function victimsSeenFaceToFace(contact: Pick<ContactInput, 'outcome' | 'method'> & { participants: ContactParticipant[] }, people: People): string[] {
  if (contact.outcome !== 'completed' || contact.method !== 'face_to_face') return [];
  const victims = new Set(people.filter((p) => p.role === 'alleged_victim').map((p) => p.id));
  return contact.participants.filter((p) => p.seen && victims.has(p.personId)).map((p) => p.personId);
}

/** Only people on the report, and a moment between the report and now (INV-2). */
function checkContact(input: ContactInput, investigation: InvestigationRow, people: People) {
  const ids = new Set(people.map((p) => p.id));
  const strangers = input.participants.map((p, index) => ({ ...p, index })).filter((p) => !ids.has(p.personId));
  if (strangers.length) {
    throw new Problem(
      'incomplete',
      `Only people on the investigation’s report can take part in a contact; ${strangers.length === 1 ? 'one person is' : `${strangers.length} people are`} not on it.`,
      strangers.map((p) => ({
        path: `participants.${p.index}.personId`,
        message: `${p.personId} is not on this investigation’s report; add them to the report first`,
        code: 'not_on_report',
      })),
    );
  }
  const at = Date.parse(input.occurredAt);
  // A few minutes' grace for a device clock running ahead of the server's.
  if (at > Date.now() + 5 * 60_000)
    throw new Problem('validation', 'A contact cannot be in the future.', [
      { path: 'occurredAt', message: 'Use the time the contact took place', code: 'in_future' },
    ]);
  // Workers record times to the minute, so a contact in the minute the report arrived is allowed.
  const receivedMinute = Math.floor(new Date(investigation.received_at).getTime() / 60_000) * 60_000;
  if (at < receivedMinute) {
    throw new Problem('validation', 'A contact for this investigation cannot be before the report was received.', [
      { path: 'occurredAt', message: 'Use a time after the report was received', code: 'before_report' },
    ]);
  }
}

/** Tells the work engine each alleged victim was seen; a later contact finds no open task and changes nothing. */
async function recordFaceToFace(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, occurredAt: string, children: string[]) {
  for (const childPersonId of children) {
    await recordEvent(ctx, trx, config, {
      type: 'contact.completed',
      subjectType: 'investigation',
      subjectId: investigationId,
      childPersonId,
      occurredAt: new Date(occurredAt),
      payload: { faceToFace: true },
    });
  }
}

/**
 * INV-2: "the children are not safe" at a contact is a present danger; the work engine opens an
 * urgent task for the investigator's supervisor until an assessment or approved plan answers it.
 */
async function raiseSafetyConcern(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, occurredAt: string) {
  await recordEvent(ctx, trx, config, { type: 'contact.unsafe', subjectType: 'investigation', subjectId: investigationId, occurredAt: new Date(occurredAt) });
}

const foundUnsafe = (contact: { safetyCheck?: { childrenSafe: string }; safety_check?: unknown }) =>
  (contact.safetyCheck ?? (contact.safety_check as { childrenSafe?: string } | null))?.childrenSafe === 'no';

export async function listContacts(ctx: RequestContext, trx: Trx, investigationId: string) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'view');
  const [rows, people, tasks] = await Promise.all([
    repo.findContacts(trx, investigationId),
    repo.findReportPeople(trx, investigation.report_id),
    repo.findFaceToFaceTasks(trx, investigationId),
  ]);
  const children = people
    .filter((p) => p.role === 'alleged_victim')
    .map((child) => {
      const seenAt = rows.filter((c) => victimsSeenFaceToFace(c, people).includes(child.id)).map((c) => new Date(c.occurred_at).getTime());
      const task = tasks.filter((t) => t.child_person_id === child.id).at(-1);
      return {
        personId: child.id,
        name: `${child.first_name} ${child.last_name}`,
        firstFaceToFaceAt: seenAt.length ? new Date(Math.min(...seenAt)) : null,
        responseDueAt: task?.due_at ?? null,
      };
    });
  await recordAudit(trx, ctx, [
    {
      action: 'contact.list',
      recordType: 'investigation',
      recordId: investigationId,
      personIds: people.map((p) => p.id),
      details: { contactIds: rows.map((r) => r.id) },
    },
  ]);
  return { items: rows.map((r) => present(r, people)), children };
}

/** Records a contact; the same id again answers the existing contact (a retried request makes no second one). */
export async function createContact(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, input: CreateContactInput) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  const people = await repo.findReportPeople(trx, investigation.report_id);
  const retried = async () => {
    const existing = await repo.findContact(trx, input.id);
    if (existing?.investigation_id !== investigationId) throw idTaken();
    return { created: false, contact: present(existing, people) };
  };
  if (await repo.findContact(trx, input.id)) return retried();
  checkContact(input, investigation, people);
  // A concurrent retry may insert the same id between the read and here; it answers like the read.
  if (!(await repo.insertContact(trx, { id: input.id, investigationId, createdBy: ctx.userId, input }))) return retried();
  await recordAudit(trx, ctx, [
    {
      action: 'contact.create',
      recordType: 'investigation',
      recordId: investigationId,
      personIds: input.participants.map((p) => p.personId),
      details: { contactId: input.id, outcome: input.outcome, method: input.method },
    },
  ]);
  await recordFaceToFace(ctx, trx, config, investigationId, input.occurredAt, victimsSeenFaceToFace(input, people));
  if (foundUnsafe(input)) await raiseSafetyConcern(ctx, trx, config, investigationId, input.occurredAt);
  return { created: true, contact: present((await repo.findContact(trx, input.id))!, people) };
}

/**
 * Corrects a contact. Once it recorded seeing a child face to face, that fact stopped the child's
 * response clock, so its time, outcome and method stay, and the child stays seen; anything else
 * (notes, the safety check, more people) may change, and a child newly seen stops their clock.
 */
export async function updateContact(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, contactId: string, input: UpdateContactInput) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  const existing = await repo.findContact(trx, contactId);
  if (!existing || existing.investigation_id !== investigationId) throw notFound('contact');
  if (existing.version !== input.version) throw conflict('contact');
  const people = await repo.findReportPeople(trx, investigation.report_id);
  checkContact(input, investigation, people);
  const before = victimsSeenFaceToFace(existing, people);
  const after = victimsSeenFaceToFace(input, people);
  const movedTime = new Date(existing.occurred_at).getTime() !== Date.parse(input.occurredAt);
  if (before.length && (movedTime || before.some((id) => !after.includes(id)))) {
    throw new Problem(
      'incomplete',
      `This contact recorded seeing ${before.map((id) => nameOf(people, id)).join(' and ')} face to face, which stopped the response clock. Its time, outcome, method and who was seen cannot change; record another contact instead.`,
      [{ path: movedTime ? 'occurredAt' : 'participants', message: 'Keep what stopped the response clock', code: 'keeps_face_to_face' }],
    );
  }
  if (!(await repo.updateContact(trx, contactId, input.version, input))) throw conflict('contact');
  await recordAudit(trx, ctx, [
    {
      action: 'contact.update',
      recordType: 'investigation',
      recordId: investigationId,
      personIds: input.participants.map((p) => p.personId),
      details: { contactId },
    },
  ]);
  await recordFaceToFace(
    ctx,
    trx,
    config,
    investigationId,
    input.occurredAt,
    after.filter((id) => !before.includes(id)),
  );
  if (foundUnsafe(input) && !foundUnsafe(existing)) await raiseSafetyConcern(ctx, trx, config, investigationId, input.occurredAt);
  return present((await repo.findContact(trx, contactId))!, people);
}
