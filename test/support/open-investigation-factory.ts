import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { scoreInstrument } from '../../src/domain/instruments/index.js';
import { dueMoment } from '../../src/domain/time/deadline.js';
import { calendarOf, limitFor } from '../../src/domain/work/plan.js';
import type { DB } from '../../src/server/db/schema.js';
import { requireDefinition } from '../../src/server/features/instruments/instruments.catalog.js';
import { insertFirstResponse } from '../../src/server/features/instruments/instruments.repo.js';
import { linkOpenInvestigations } from '../../src/server/features/investigations/investigations.repo.js';
import { profileAt } from '../../src/server/features/profile/profile.service.js';
import * as reports from '../../src/server/features/reports/reports.repo.js';
import { chooseInvestigator } from '../../src/server/features/reports/screening.approval.js';
import { recordEvent } from '../../src/server/features/work/work.engine.js';
import { recordAudit } from '../../src/server/platform/audit.js';
import { firstFaceToFaceRule } from '../../src/profiles/federal.js';
import type { Harness } from './harness.js';
import { injuryScreeningAnswers } from './journey.js';

type Trx = Transaction<DB>;

/** The people openInvestigation() creates over HTTP, in the same order and with the same facts. */
const family = {
  maya: { firstName: 'Maya', lastName: 'Torres', dateOfBirth: '2018-02-11', sex: 'female' },
  leo: { firstName: 'Leo', lastName: 'Torres', dateOfBirth: '2022-05-30', sex: 'male' },
  mother: { firstName: 'Lucia', lastName: 'Torres', dateOfBirth: '1991-07-01', sex: 'female' },
  partner: { firstName: 'Kyle', lastName: 'Benson', approximateAge: 30, sex: 'male' },
  grandmother: { firstName: 'Rosa', lastName: 'Torres', dateOfBirth: '1962-09-14', sex: 'female' },
} as const;

type Person = { id: string; firstName: string; lastName: string };

/**
 * The same open investigation as openInvestigation() (the Torres household, screened in at
 * 24 hours, approved by the careline supervisor and assigned to Ivy Chen), built straight in the
 * database as the owner instead of ~20 requests. Only the opening goes through the real code: the
 * investigation row, its response clock and its tasks are made by the approval path's own pieces —
 * the unit and investigator choice, the profile's first face-to-face limit, the
 * `investigation.create` audit row and the work engine's `recordEvent('report.screened_in')` — so
 * due times, tasks, reminders and escalations are the real ones. It skips the intake's own side
 * effects (the intake's audit rows, the approval notifications to screener and supervisor, the
 * screener's and supervisor's sessions); tests about those keep the HTTP walk-through.
 * `receivedAt` (default now) lets the equivalence test start both clocks at the same moment.
 */
export async function openInvestigationFast(h: Harness, options: { receivedAt?: Date } = {}) {
  // The priority the instrument recommends, so no lowered-priority approval is involved.
  const priority = 'within_24_hours';
  const receivedAt = options.receivedAt ?? new Date();
  const built = await h.database.asOwner((owner: Kysely<any>) => owner.transaction().execute((trx) => build(trx as unknown as Trx, h, priority, receivedAt)));
  const investigator = await h.signIn('investigator');
  return { ...built, investigator };
}

async function build(trx: Trx, h: Harness, priority: string, receivedAt: Date) {
  const users = new Map(
    (
      await trx.selectFrom('staff_user').select(['id', 'username', 'org_unit_id']).where('username', 'in', ['screener', 'supervisor', 'investigator']).execute()
    ).map((u) => [u.username, u]),
  );
  const screener = users.get('screener')!;
  const supervisor = users.get('supervisor')!;
  const supervisorCtx = { userId: supervisor.id, requestId: `factory-${randomUUID()}`, ip: '127.0.0.1' };

  const people = {} as Record<keyof typeof family, Person>;
  for (const [key, person] of Object.entries(family) as [keyof typeof family, (typeof family)[keyof typeof family]][]) {
    const id = randomUUID();
    await trx
      .insertInto('person')
      .values({
        id,
        first_name: person.firstName,
        last_name: person.lastName,
        date_of_birth: 'dateOfBirth' in person ? person.dateOfBirth : null,
        approximate_age: 'approximateAge' in person ? person.approximateAge : null,
        sex: person.sex,
        races: [],
        ethnicity: 'unknown',
        icwa_inquiry: 'not_yet_asked',
        primary_language: 'en',
        org_unit_id: screener.org_unit_id,
        created_by: screener.id,
      })
      .execute();
    people[key] = { id, firstName: person.firstName, lastName: person.lastName };
  }

  const { id: reportId } = await reports.insertReport(trx, {
    channel: 'phone',
    orgUnitId: screener.org_unit_id,
    screenerId: screener.id,
    receivedAt: receivedAt.toISOString(),
  });
  await trx
    .updateTable('report')
    .set({
      narrative: 'School nurse saw bruises on Maya’s arms; Maya said her mother’s partner grabbed her. Her brother Leo is at home.',
      decision: 'screen_in',
      response_priority: priority,
      decision_rationale: 'Physical injury by a household member; two young children are in the home with him.',
    })
    .where('id', '=', reportId)
    .execute();
  await trx
    .insertInto('report_reporter')
    .values({
      report_id: reportId,
      reporter_type: 'education',
      mandated: true,
      anonymous: false,
      name: 'Nora Quinn',
      phone: '555-0142',
      relationship_to_family: 'School nurse',
    })
    .execute();
  await trx
    .insertInto('report_participant')
    .values([
      { report_id: reportId, person_id: people.maya.id, role: 'alleged_victim', parent_type: null, lives_in_household: true },
      { report_id: reportId, person_id: people.leo.id, role: 'household_member', parent_type: null, lives_in_household: true },
      { report_id: reportId, person_id: people.mother.id, role: 'parent', parent_type: 'custodial', lives_in_household: true },
      { report_id: reportId, person_id: people.partner.id, role: 'household_member', parent_type: null, lives_in_household: true },
      { report_id: reportId, person_id: people.grandmother.id, role: 'other_family', parent_type: null, lives_in_household: false },
    ])
    .execute();
  await trx
    .insertInto('relationship')
    .values({ id: randomUUID(), person_id: people.grandmother.id, related_person_id: people.mother.id, kind: 'parent_of', created_by: screener.id })
    .execute();
  await trx
    .insertInto('allegation')
    .values({
      report_id: reportId,
      victim_person_id: people.maya.id,
      perpetrator_person_id: people.partner.id,
      maltreatment_type: 'physical_abuse',
      description: 'Bruises on both arms',
    })
    .execute();

  // The screening instrument, scored by the engine with the profile's definition, as the screener's save does.
  const profile = await profileAt(trx, h.config, receivedAt);
  const ref = profile.instruments.screening!;
  const definition = await requireDefinition(trx, ref.key, ref.version);
  const result = scoreInstrument(definition, injuryScreeningAnswers, { childIds: [people.maya.id] });
  if (!result.complete) throw new Error('the factory’s screening answers no longer complete the instrument');
  await insertFirstResponse(trx, {
    id: randomUUID(),
    instrument_key: definition.key,
    instrument_version: definition.version,
    instrument_kind: 'screening',
    subject_type: 'report',
    subject_id: reportId,
    status: 'completed',
    answers: JSON.stringify(injuryScreeningAnswers),
    result: JSON.stringify(result),
    created_by: screener.id,
    completed_by: screener.id,
    completed_at: receivedAt,
  } as never);

  // Submitted and approved: the screening approval, decided, with its history.
  const approvalId = randomUUID();
  const decidedAt = new Date();
  await trx
    .insertInto('approval_request')
    .values({
      id: approvalId,
      kind: 'screening_decision',
      subject_type: 'report',
      subject_id: reportId,
      org_unit_id: screener.org_unit_id,
      requested_by: screener.id,
      routed_to: supervisor.id,
      status: 'approved',
      payload: JSON.stringify({ decision: 'screen_in', responsePriority: priority, instrument: { key: definition.key, version: definition.version } }),
      decided_by: supervisor.id,
      decided_at: decidedAt,
    } as never)
    .execute();
  await trx
    .insertInto('approval_action')
    .values([
      { id: randomUUID(), approval_id: approvalId, action: 'requested', actor_id: screener.id, to_user_id: supervisor.id, at: receivedAt },
      { id: randomUUID(), approval_id: approvalId, action: 'approved', actor_id: supervisor.id, to_user_id: null, at: decidedAt },
    ])
    .execute();
  await reports.insertReview(trx, reportId, screener.id, 'submitted', null);
  await reports.insertReview(trx, reportId, supervisor.id, 'approved', null);
  // Version 12: the report as the walk-through leaves it, after its eleven saves.
  await trx
    .updateTable('report')
    .set({ status: 'approved', submitted_at: receivedAt, decided_at: decidedAt, decided_by: supervisor.id, version: 12 })
    .where('id', '=', reportId)
    .execute();

  // From here on, exactly what screeningApproval.approve does for a screen-in.
  const unit = await reports.findInvestigationUnitFor(trx, screener.org_unit_id);
  if (!unit) throw new Error('the demo agency has no North investigation unit');
  const investigatorId = await chooseInvestigator(trx, unit.id, users.get('investigator')!.id);
  const limit = limitFor(profile, firstFaceToFaceRule, { payload: { responsePriority: priority } });
  const investigation = await reports.insertInvestigation(trx, {
    reportId,
    track: 'investigation',
    orgUnitId: unit.id,
    investigatorId,
    responsePriority: priority,
    responseDueAt: limit ? dueMoment(calendarOf(profile), receivedAt, limit) : null,
  });
  await recordAudit(trx, supervisorCtx, [
    { action: 'investigation.create', recordType: 'investigation', recordId: investigation.id, details: { reportId, investigatorId } },
  ]);
  await recordEvent(supervisorCtx, trx, h.config, {
    type: 'report.screened_in',
    subjectType: 'investigation',
    subjectId: investigation.id,
    occurredAt: receivedAt,
    payload: { children: [people.maya.id], responsePriority: priority },
  });
  const linked = await linkOpenInvestigations(trx, investigation.id);
  if (linked > 0)
    await recordAudit(trx, supervisorCtx, [{ action: 'investigation.link', recordType: 'investigation', recordId: investigation.id, details: { linked } }]);
  return { investigationId: investigation.id, reportId, people };
}
