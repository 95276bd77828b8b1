import { sql, type Transaction } from 'kysely';
import { ageOn, isChildInHome } from '../../../../domain/investigation/household.js';
import { federalFamilyTeaming } from '../../../../profiles/family-teaming.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { profileAt } from '../../profile/profile.service.js';
import { loadCase } from '../cases.service.js';
import { findMembers, type MemberRow } from '../network/network.repo.js';
import * as repo from './team.repo.js';
import type { AddTeamMemberInput, UpdateTeamMemberInput } from './team.schema.js';

type Trx = Transaction<DB>;

const today = () => new Date().toISOString().slice(0, 10);

/** The family-teaming rules in force: the profile's, or the federal floor for a version written before them. */
export const teamingRules = async (trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>, at: Date) =>
  (await profileAt(trx, config, at)).familyTeaming ?? federalFamilyTeaming;

/** Loads a case the caller may work on, open; anyone else in scope reads only. */
export async function loadCaseForWork(ctx: RequestContext, trx: Trx, caseId: string, what: string) {
  const loaded = await loadCase(ctx, trx, caseId);
  if (!loaded.abilities.work) throw new Problem('forbidden_action', `Only the case’s workers and their supervisors change ${what}.`);
  if (loaded.row.status !== 'open') throw new Problem('conflict', 'The case is closed.').because('case_closed');
  return loaded;
}

const youthsOf = (members: MemberRow[], minAge: number) =>
  members.filter((m) => {
    const child = isChildInHome(
      { role: m.role, dateOfBirth: m.date_of_birth, approximateAge: m.approximate_age, livesInHousehold: m.lives_in_home !== false },
      today(),
    );
    const age = ageOn({ dateOfBirth: m.date_of_birth, approximateAge: m.approximate_age }, today());
    return child && age !== null && age >= minAge;
  });

const presentMember = (m: repo.TeamRow) => ({
  id: m.id,
  personId: m.person_id,
  name: m.name,
  role: m.role as never,
  chosenBy: m.chosen_by,
  chosenByName: m.chosen_by_name,
  organisation: m.organisation,
  phone: m.phone,
  email: m.email,
  mayBeTold: m.may_be_told as never,
  toldNote: m.told_note,
  active: m.active,
  version: m.version,
});

/** ENG-3: the child and family team, who in the network could still join, and the youths who may choose members. */
export async function readTeam(ctx: RequestContext, trx: Trx, config: Config, caseId: string) {
  const { abilities } = await loadCase(ctx, trx, caseId);
  const [team, network, rules] = await Promise.all([repo.findTeam(trx, caseId), findMembers(trx, caseId), teamingRules(trx, config, new Date())]);
  const onTeam = new Set(team.filter((m) => m.active && m.person_id).map((m) => m.person_id));
  const youths = youthsOf(network, rules.youthChosen.minAge);
  await recordAudit(trx, ctx, [
    { action: 'case_team.list', recordType: 'case', recordId: caseId, personIds: team.flatMap((m) => (m.person_id ? [m.person_id] : [])) },
  ]);
  return {
    members: team.map(presentMember),
    candidates: network
      .filter((m) => !onTeam.has(m.person_id) && !m.deceased)
      .map((m) => ({ personId: m.person_id, name: `${m.first_name} ${m.last_name}`, networkRole: m.role })),
    youths: youths.map((y) => ({
      personId: y.person_id,
      name: `${y.first_name} ${y.last_name}`,
      chosenCount: team.filter((m) => m.active && m.chosen_by === y.person_id).length,
    })),
    youthChosen: rules.youthChosen,
    abilities: { edit: abilities.work },
  };
}

/**
 * Adds someone to the team. A family member must already be in the case's network; a youth-chosen
 * member needs a youth of the profile's age who has not yet chosen the most allowed (SSA §475(1)(B)).
 * The team is locked for the checks so two workers adding at once cannot both pass them; a retry
 * of an add that went through answers the member it made, before any check.
 */
export async function addTeamMember(ctx: RequestContext, trx: Trx, config: Config, caseId: string, input: AddTeamMemberInput) {
  await loadCaseForWork(ctx, trx, caseId, 'the family team');
  await sql`select pg_advisory_xact_lock(hashtext(${`case_team:${caseId}`}))`.execute(trx);
  const retried = (await repo.findTeam(trx, caseId)).find((m) => m.id === input.id);
  if (retried) {
    await recordAudit(trx, ctx, [{ action: 'case_team.list', recordType: 'case', recordId: caseId, personIds: retried.person_id ? [retried.person_id] : [] }]);
    return { created: false, member: presentMember(retried) };
  }
  const network = await findMembers(trx, caseId);
  if (input.personId && !network.some((m) => m.person_id === input.personId && !m.deceased)) {
    throw new Problem('validation', 'That person is not in the case’s family network.', [
      { path: 'personId', message: 'Add them to the family network first' },
    ]);
  }
  if (input.role === 'youth_chosen' && input.chosenBy) {
    const rules = await teamingRules(trx, config, new Date());
    if (!youthsOf(network, rules.youthChosen.minAge).some((y) => y.person_id === input.chosenBy)) {
      throw new Problem('validation', `Only a youth ${rules.youthChosen.minAge} or older on the case chooses team members.`, [
        { path: 'chosenBy', message: `Choose a youth ${rules.youthChosen.minAge} or older` },
      ]).because('not_a_youth', { minAge: rules.youthChosen.minAge });
    }
    if ((await repo.countChosenBy(trx, caseId, input.chosenBy)) >= rules.youthChosen.maxMembers) {
      throw new Problem('conflict', `A youth may choose up to ${rules.youthChosen.maxMembers} members of their team.`).because('youth_chosen_limit', {
        max: rules.youthChosen.maxMembers,
      });
    }
  }
  if (input.personId && (await repo.findTeam(trx, caseId)).some((m) => m.active && m.person_id === input.personId && m.id !== input.id)) {
    throw new Problem('conflict', 'That person is already on the team.').because('already_on_team');
  }
  // The id is not on this case (checked above under the lock): if it is taken, it is another record's.
  if (!(await repo.insertTeamMember(trx, caseId, input, ctx.userId))) throw idTaken();
  await recordAudit(trx, ctx, [
    {
      action: 'case_team.add',
      recordType: 'case',
      recordId: caseId,
      personIds: input.personId ? [input.personId] : [],
      details: { teamMemberId: input.id, role: input.role },
    },
  ]);
  const member = (await repo.findTeam(trx, caseId)).find((m) => m.id === input.id)!;
  return { created: true, member: presentMember(member) };
}

/** Changes a member's contact details or what they may be told, or takes them off the team; stale → 409. */
export async function updateTeamMember(ctx: RequestContext, trx: Trx, caseId: string, memberId: string, input: UpdateTeamMemberInput) {
  await loadCaseForWork(ctx, trx, caseId, 'the family team');
  const before = (await repo.findTeam(trx, caseId)).find((m) => m.id === memberId);
  if (!before) throw notFound('team member');
  if (!(await repo.updateTeamMember(trx, caseId, memberId, input))) throw conflict('team member');
  const { version: _read, ...changed } = input;
  await recordAudit(trx, ctx, [
    {
      action: 'case_team.update',
      recordType: 'case',
      recordId: caseId,
      personIds: before.person_id ? [before.person_id] : [],
      details: { teamMemberId: memberId, fields: Object.keys(changed) },
    },
  ]);
  return presentMember((await repo.findTeam(trx, caseId)).find((m) => m.id === memberId)!);
}
