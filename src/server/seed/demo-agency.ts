import { type Kysely, sql } from 'kysely';
import { hashPassword } from '../platform/passwords.js';
import type { Role } from '../platform/roles.js';

/** Every demo account signs in with this password. Demo data is synthetic, never real people. */
export const DEMO_PASSWORD = 'Hearth-demo-2026';

interface UnitSpec {
  code: string;
  name: string;
  kind: 'state' | 'region' | 'office' | 'unit';
  parent?: string;
  unitFunction?: 'hotline' | 'investigation' | 'ongoing' | 'administration' | 'quality';
}

const units: UnitSpec[] = [
  { code: 'STATE', name: 'Department of Children and Families (demo)', kind: 'state' },
  { code: 'R1', name: 'Region 1', kind: 'region', parent: 'STATE' },
  { code: 'NORTH', name: 'North Office', kind: 'office', parent: 'R1' },
  { code: 'SOUTH', name: 'South Office', kind: 'office', parent: 'R1' },
  { code: 'NORTH-HOT', name: 'North Careline Unit', kind: 'unit', parent: 'NORTH', unitFunction: 'hotline' },
  { code: 'NORTH-INV', name: 'North Investigations Unit', kind: 'unit', parent: 'NORTH', unitFunction: 'investigation' },
  { code: 'NORTH-ONG', name: 'North Ongoing Services Unit', kind: 'unit', parent: 'NORTH', unitFunction: 'ongoing' },
  { code: 'SOUTH-HOT', name: 'South Careline Unit', kind: 'unit', parent: 'SOUTH', unitFunction: 'hotline' },
  { code: 'SOUTH-INV', name: 'South Investigations Unit', kind: 'unit', parent: 'SOUTH', unitFunction: 'investigation' },
  { code: 'ADMIN', name: 'Systems Administration', kind: 'unit', parent: 'STATE', unitFunction: 'administration' },
  { code: 'QA', name: 'Quality Assurance', kind: 'unit', parent: 'STATE', unitFunction: 'quality' },
];

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  unit: string;
  scope?: string;
  supervises?: string;
}

export const demoUsers: DemoUser[] = [
  { username: 'screener', displayName: 'Hannah Ortiz', roles: ['hotline_screener'], unit: 'NORTH-HOT', scope: 'NORTH-HOT' },
  { username: 'supervisor', displayName: 'Samuel Reyes', roles: ['supervisor'], unit: 'NORTH-HOT', supervises: 'NORTH-HOT' },
  { username: 'investigator', displayName: 'Ivy Chen', roles: ['investigator'], unit: 'NORTH-INV' },
  { username: 'investigator2', displayName: 'Marcus Bell', roles: ['investigator'], unit: 'NORTH-INV' },
  { username: 'inv.supervisor', displayName: 'Dana Whitfield', roles: ['supervisor'], unit: 'NORTH-INV', supervises: 'NORTH-INV' },
  { username: 'caseworker', displayName: 'Priya Natarajan', roles: ['caseworker'], unit: 'NORTH-ONG' },
  { username: 'caseworker2', displayName: 'Theo Walsh', roles: ['caseworker'], unit: 'NORTH-ONG' },
  { username: 'ong.supervisor', displayName: 'Marisol Vega', roles: ['supervisor'], unit: 'NORTH-ONG', supervises: 'NORTH-ONG' },
  { username: 'manager', displayName: 'Gloria Alvarez', roles: ['program_manager'], unit: 'NORTH', scope: 'NORTH', supervises: 'NORTH' },
  { username: 'qa', displayName: 'Owen Fitzgerald', roles: ['qa_reviewer'], unit: 'QA', scope: 'STATE' },
  { username: 'admin', displayName: 'Alex Morgan', roles: ['administrator'], unit: 'ADMIN' },
  { username: 'south.screener', displayName: 'Tomás Herrera', roles: ['hotline_screener'], unit: 'SOUTH-HOT', scope: 'SOUTH-HOT' },
  { username: 'south.investigator', displayName: 'Keisha Grant', roles: ['investigator'], unit: 'SOUTH-INV' },
  { username: 'south.supervisor', displayName: 'Robert Kim', roles: ['supervisor'], unit: 'SOUTH-HOT', supervises: 'SOUTH-HOT' },
];

/** Creates org units under a parent (or as a new tree) and returns code → id. */
export async function insertOrgUnits(owner: Kysely<any>, specs: UnitSpec[], known = new Map<string, { id: string; path: string[] }>()) {
  for (const spec of specs) {
    const parent = spec.parent ? known.get(spec.parent) : undefined;
    if (spec.parent && !parent) throw new Error(`Unknown parent unit ${spec.parent}`);
    const [{ id }] = (await sql<{ id: string }>`select gen_random_uuid() as id`.execute(owner)).rows;
    const path = [...(parent?.path ?? []), id!];
    await owner
      .insertInto('org_unit')
      .values({
        id,
        parent_id: parent ? known.get(spec.parent!)!.id : null,
        kind: spec.kind,
        unit_function: spec.unitFunction ?? null,
        code: spec.code,
        name: spec.name,
        path,
      })
      .execute();
    known.set(spec.code, { id: id!, path });
  }
  return known;
}

/** Adds staff accounts; one password hash is shared to keep seeding fast. */
export async function insertUsers(owner: Kysely<any>, users: DemoUser[], unitIds: Map<string, { id: string }>, password: string) {
  const passwordHash = await hashPassword(password);
  const ids = new Map<string, string>();
  for (const user of users) {
    const { id } = await owner
      .insertInto('staff_user')
      .values({
        username: user.username,
        display_name: user.displayName,
        password_hash: passwordHash,
        roles: user.roles,
        org_unit_id: unitIds.get(user.unit)!.id,
        scope_unit_id: user.scope ? unitIds.get(user.scope)!.id : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(user.username, id);
    if (user.supervises) await owner.updateTable('org_unit').set({ supervisor_id: id }).where('id', '=', unitIds.get(user.supervises)!.id).execute();
  }
  return ids;
}

/** Seeds the synthetic demo agency once; returns false when it was already there. */
export async function seedDemoAgency(owner: Kysely<any>): Promise<boolean> {
  const existing = await owner.selectFrom('org_unit').select('id').where('code', '=', 'STATE').executeTakeFirst();
  if (existing) return false;
  await owner.transaction().execute(async (trx) => {
    const unitIds = await insertOrgUnits(trx, units);
    const userIds = await insertUsers(trx, demoUsers, unitIds, DEMO_PASSWORD);
    await seedKnownFamily(trx, unitIds.get('NORTH-HOT')!.id, userIds.get('screener')!);
  });
  return true;
}

/** A family already known to the North office, so a new report can find them and their history. */
async function seedKnownFamily(trx: Kysely<any>, unitId: string, screenerId: string) {
  const person = (first: string, last: string, dateOfBirth: string, sex: string, races: string[], ethnicity: string) =>
    trx
      .insertInto('person')
      .values({ first_name: first, last_name: last, date_of_birth: dateOfBirth, sex, races, ethnicity, org_unit_id: unitId, created_by: screenerId })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row: { id: string }) => row.id);
  const jon = await person('Jon', 'Smyth', '2016-03-14', 'male', ['white'], 'not_hispanic');
  const ella = await person('Ella', 'Smyth', '2019-08-02', 'female', ['white', 'black'], 'not_hispanic');
  const mother = await person('Rachel', 'Smyth', '1990-11-30', 'female', ['white'], 'not_hispanic');
  const father = await person('David', 'Okafor', '1988-05-09', 'male', ['black'], 'not_hispanic');
  await trx.insertInto('person_alias').values({ person_id: mother, first_name: 'Rachel', last_name: 'Dunn', kind: 'maiden' }).execute();
  await trx
    .insertInto('person_address')
    .values({ person_id: mother, line1: '14 Elm Street', city: 'Hartford', state: 'CT', postal_code: '06103', confidential: false })
    .execute();
  await trx
    .insertInto('relationship')
    .values([
      { person_id: mother, related_person_id: jon, kind: 'parent_of', created_by: screenerId },
      { person_id: mother, related_person_id: ella, kind: 'parent_of', created_by: screenerId },
      { person_id: father, related_person_id: ella, kind: 'parent_of', created_by: screenerId },
    ])
    .execute();
  const { id: reportId } = await trx
    .insertInto('report')
    .values({
      number: sql`'R-2025-' || lpad(nextval('report_number_seq')::text, 6, '0')`,
      status: 'approved',
      received_at: new Date('2025-06-10T14:20:00Z'),
      channel: 'phone',
      narrative: 'A neighbour reported the children were left alone in the evening. Screened out with a referral to family support.',
      org_unit_id: unitId,
      screener_id: screenerId,
      decision: 'screen_out',
      decision_rationale: 'No allegation met the statutory threshold; the family accepted a community referral.',
      community_referral: 'Family resource centre, Hartford',
      submitted_at: new Date('2025-06-10T15:00:00Z'),
      decided_at: new Date('2025-06-10T16:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('report_reporter').values({ report_id: reportId, reporter_type: 'friend_neighbor', name: 'A. Neighbour', phone: '555-0100' }).execute();
  await trx
    .insertInto('report_participant')
    .values([
      { report_id: reportId, person_id: jon, role: 'alleged_victim' },
      { report_id: reportId, person_id: ella, role: 'alleged_victim' },
      { report_id: reportId, person_id: mother, role: 'parent', parent_type: 'custodial' },
      { report_id: reportId, person_id: father, role: 'parent', parent_type: 'non_custodial', lives_in_household: false },
    ])
    .execute();
}
