import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import { conflict, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { Config } from '../../../platform/config.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { loadCase } from '../cases.service.js';
import * as repo from './network.repo.js';
import { tellSearchWork } from './search-work.js';
import type { AddMemberInput, AddSearchInput, UpdateMemberInput } from './network.schema.js';

type Trx = Transaction<DB>;

const presentMember = (m: repo.MemberRow) => ({
  participantId: m.participant_id,
  personId: m.person_id,
  firstName: m.first_name,
  lastName: m.last_name,
  sex: m.sex,
  dateOfBirth: m.date_of_birth,
  approximateAge: m.approximate_age,
  deceased: m.deceased,
  role: m.role,
  side: m.side,
  connection: m.connection,
  supportKind: m.support_kind as never,
  tieStrength: m.tie_strength,
  placementResource: m.placement_resource,
  safetyMonitor: m.safety_monitor,
  whereaboutsUnknown: m.whereabouts_unknown,
  livesInHome: m.lives_in_home,
  relativeNoticeOn: m.notice_on,
  lastSearchedOn: m.last_searched_on,
  version: m.version,
});

async function loadForWork(ctx: RequestContext, trx: Trx, caseId: string) {
  const loaded = await loadCase(ctx, trx, caseId);
  if (!loaded.abilities.work) throw new Problem('forbidden_action', 'Only the case’s workers and their supervisors change its family network.');
  if (loaded.row.status !== 'open') throw new Problem('conflict', 'The case is closed.').because('case_closed');
  return loaded;
}

/** ENG-1: the case's family network — everyone on it and how they are related — for the genogram and ecomap. */
export async function readNetwork(ctx: RequestContext, trx: Trx, caseId: string) {
  const { abilities } = await loadCase(ctx, trx, caseId);
  const members = await repo.findMembers(trx, caseId);
  const personIds = members.map((m) => m.person_id);
  const relationships = await repo.findRelationships(trx, personIds);
  await recordAudit(trx, ctx, [{ action: 'case_network.list', recordType: 'case', recordId: caseId, personIds }]);
  return {
    members: members.map(presentMember),
    relationships: relationships.map((r) => ({ personId: r.person_id, relatedPersonId: r.related_person_id, kind: r.kind })),
    abilities: { edit: abilities.work },
  };
}

/**
 * Adds a relative or natural support with minimal data (ENG-1). The client's id is the membership's,
 * so a double-clicked "Add relative" adds one person: the second finds the first.
 */
export async function addMember(ctx: RequestContext, trx: Trx, config: Config, caseId: string, input: AddMemberInput) {
  const { row } = await loadForWork(ctx, trx, caseId);
  const existing = await repo.findMember(trx, caseId, input.id);
  if (existing) return { created: false, member: presentMember(existing) };
  const members = await repo.findMembers(trx, caseId);
  if (input.relatedTo && !members.some((m) => m.person_id === input.relatedTo!.personId)) {
    throw new Problem('validation', 'They can only be related to someone on the case.', [
      { path: 'relatedTo.personId', message: 'Choose someone on the case' },
    ]).because('not_on_case');
  }
  const inserted = await repo.insertMember(trx, caseId, input, ctx.userId, row.org_unit_id);
  if (!inserted) {
    // Taken: a concurrent retry of this add (now committed), or another record's id.
    const raced = await repo.findMember(trx, caseId, input.id);
    if (raced) return { created: false, member: presentMember(raced) };
    throw idTaken();
  }
  if (input.relatedTo) await repo.insertRelationship(trx, inserted.personId, input.relatedTo.personId, input.relatedTo.kind, ctx.userId);
  await recordAudit(trx, ctx, [
    {
      action: 'case_network.add',
      recordType: 'case',
      recordId: caseId,
      personIds: [inserted.personId],
      details: { participantId: input.id, role: input.role, side: input.side ?? null, relatedTo: input.relatedTo ?? null },
    },
  ]);
  if (input.whereaboutsUnknown) await tellSearchWork(ctx, trx, config, caseId, 'went_missing');
  const member = await repo.findMember(trx, caseId, input.id);
  return { created: true, member: presentMember(member!) };
}

/** Changes how a member is part of the network (a stale version is a 409, never a silent overwrite). */
export async function updateMember(ctx: RequestContext, trx: Trx, config: Config, caseId: string, participantId: string, change: UpdateMemberInput) {
  await loadForWork(ctx, trx, caseId);
  const before = await repo.findMember(trx, caseId, participantId);
  if (!before) throw notFound('network member');
  const personId = await repo.updateParticipant(trx, caseId, participantId, change);
  if (!personId) throw conflict('network member');
  if (change.deceased !== undefined && change.deceased !== before.deceased) await repo.markDeceased(trx, personId, change.deceased);
  const { version: _version, ...changed } = change;
  await recordAudit(trx, ctx, [
    { action: 'case_network.update', recordType: 'case', recordId: caseId, personIds: [personId], details: { participantId, changed: Object.keys(changed) } },
  ]);
  if (change.whereaboutsUnknown !== undefined && change.whereaboutsUnknown !== before.whereabouts_unknown) {
    await tellSearchWork(ctx, trx, config, caseId, change.whereaboutsUnknown ? 'went_missing' : 'found');
  }
  return presentMember((await repo.findMember(trx, caseId, participantId))!);
}

async function memberOnCase(trx: Trx, caseId: string, participantId: string) {
  const member = await repo.findMember(trx, caseId, participantId);
  if (!member) throw notFound('network member');
  return member;
}

/** ENG-2: the diligent searches made for one member, newest first. */
export async function listSearches(ctx: RequestContext, trx: Trx, caseId: string, participantId: string) {
  const { abilities } = await loadCase(ctx, trx, caseId);
  const member = await memberOnCase(trx, caseId, participantId);
  const rows = await repo.findSearches(trx, caseId, member.person_id);
  await recordAudit(trx, ctx, [
    { action: 'diligent_search.list', recordType: 'case', recordId: caseId, personIds: [member.person_id], details: { searchIds: rows.map((r) => r.id) } },
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      searchedOn: r.searched_on,
      source: r.source as never,
      outcome: r.outcome,
      found: r.found,
      foundAddress: r.found_address,
      createdByName: r.created_by_name,
      createdAt: r.created_at,
    })),
    whereaboutsUnknown: member.whereabouts_unknown,
    abilities: { record: abilities.work },
  };
}

/** Logs a search; one that found them ends "whereabouts unknown". A retried save adds nothing. */
export async function addSearch(ctx: RequestContext, trx: Trx, config: Config, caseId: string, participantId: string, input: AddSearchInput) {
  await loadForWork(ctx, trx, caseId);
  const member = await memberOnCase(trx, caseId, participantId);
  const inserted = await repo.insertSearch(trx, caseId, member.person_id, input, ctx.userId);
  if (!inserted) {
    const mine = (await repo.findSearches(trx, caseId, member.person_id)).some((s) => s.id === input.id);
    if (!mine) throw idTaken();
    return { created: false, ...(await listSearches(ctx, trx, caseId, participantId)) };
  }
  if (input.found) await repo.markFound(trx, caseId, member.person_id);
  await recordAudit(trx, ctx, [
    {
      action: 'diligent_search.add',
      recordType: 'case',
      recordId: caseId,
      personIds: [member.person_id],
      details: { searchId: input.id, source: input.source, found: input.found },
    },
  ]);
  await tellSearchWork(ctx, trx, config, caseId, 'searched');
  return { created: true, ...(await listSearches(ctx, trx, caseId, participantId)) };
}
