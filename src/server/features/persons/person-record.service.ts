import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import { conflict, Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as repo from './person-record.repo.js';
import { authorisePersonAction } from './persons.policy.js';
import type { PersonUpdateInput } from './persons.schema.js';
import { readPerson } from './persons.service.js';

type Trx = Transaction<DB>;

/** The parts of a record an edit can change, as the API shows them: what a version keeps. */
const editable = (p: Awaited<ReturnType<typeof readPerson>>) => ({
  firstName: p.firstName,
  middleName: p.middleName,
  lastName: p.lastName,
  suffix: p.suffix,
  dateOfBirth: p.dateOfBirth,
  approximateAge: p.approximateAge,
  sex: p.sex,
  races: p.races,
  ethnicity: p.ethnicity,
  tribalAffiliation: p.tribalAffiliation,
  icwaInquiry: p.icwaInquiry,
  icwaInquiryDate: p.icwaInquiryDate,
  primaryLanguage: p.primaryLanguage,
  interpreterNeeded: p.interpreterNeeded,
  phone: p.phone,
  email: p.email,
  aliases: p.aliases,
  addresses: p.addresses.map(({ id: _id, ...address }) => address),
});

/**
 * What a version keeps. A confidential address (a shelter) is kept only as "a confidential address":
 * the snapshot is readable by anyone who can see the person, but the address itself only by field
 * staff (person_address RLS), whose rows are never deleted, so its history stays there.
 */
export const keptInVersion = (p: Awaited<ReturnType<typeof readPerson>>) => {
  const record = editable(p);
  return {
    ...record,
    addresses: record.addresses.map((a) =>
      a.confidential ? { line1: null, line2: null, city: null, state: null, postalCode: null, confidential: true, current: a.current } : a,
    ),
  };
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * PLAT-4: edits a person at the version read. The record as it stood is kept as a version with the
 * fields that changed, in the same transaction; a stale version is a 409 and changes nothing; an
 * edit that changes nothing makes no version.
 */
export async function updatePerson(ctx: RequestContext, trx: Trx, personId: string, input: PersonUpdateInput) {
  const before = await readPerson(ctx, trx, personId, { audit: false });
  authorisePersonAction(ctx, 'edit');
  if (before.mergedInto) {
    throw new Problem('conflict', 'This record was merged into another; change that one instead.').because('merged_record', {
      survivorId: before.mergedInto.id,
    });
  }
  if (before.version !== input.version) throw conflict('person');
  const knownAddresses = new Set(before.addresses.map((a) => a.id));
  const strange = input.addresses.flatMap((a, i) => (a.id && !knownAddresses.has(a.id) ? [i] : []));
  if (strange.length > 0) {
    throw new Problem(
      'validation',
      'An address is not this person’s.',
      strange.map((i) => ({ path: `addresses.${i}.id`, message: 'Not one of this person’s addresses' })),
    );
  }
  const { version: _read, ...wanted } = input;
  const old = editable(before);
  const proposed = {
    ...wanted,
    addresses: input.addresses.map(({ id: _id, ...a }) => ({ ...a, line2: a.line2 ?? null, postalCode: a.postalCode ?? null })),
  };
  const changed = (Object.keys(old) as Array<keyof typeof old>).filter((key) =>
    key === 'addresses' ? !sameAddresses(before, input) : !same(old[key], proposed[key as keyof typeof proposed]),
  );
  if (changed.length === 0) {
    // Nothing to change, but the caller is shown the record: that is a read.
    await recordAudit(trx, ctx, [{ action: 'person.read', recordType: 'person', recordId: personId, personIds: [personId] }]);
    return before;
  }
  if (!(await repo.updatePersonRow(trx, personId, input))) throw conflict('person');
  await repo.insertVersion(trx, personId, before.version, keptInVersion(before), changed, ctx.userId);
  await repo.replaceAliases(trx, personId, input.aliases);
  await repo.writeAddresses(trx, personId, input.addresses);
  await recordAudit(trx, ctx, [
    { action: 'person.update', recordType: 'person', recordId: personId, personIds: [personId], details: { fromVersion: before.version, changed } },
  ]);
  return readPerson(ctx, trx, personId, { audit: false });
}

/** Addresses compare by id where sent; any new one, or any left out while current, is a change. */
function sameAddresses(before: Awaited<ReturnType<typeof readPerson>>, input: PersonUpdateInput) {
  if (input.addresses.some((a) => !a.id)) return false;
  const sent = new Map(input.addresses.map((a) => [a.id!, a]));
  return before.addresses.every((a) => {
    const next = sent.get(a.id);
    if (!next) return !a.current;
    return (
      next.line1 === a.line1 &&
      (next.line2 ?? null) === a.line2 &&
      next.city === a.city &&
      next.state === a.state &&
      (next.postalCode ?? null) === a.postalCode &&
      next.confidential === a.confidential &&
      next.current === a.current
    );
  });
}

/** Every earlier version of the record the reader may see, newest first; audited as a read. */
export async function personHistory(ctx: RequestContext, trx: Trx, personId: string) {
  await readPerson(ctx, trx, personId, { audit: false });
  const rows = await repo.findVersions(trx, personId);
  await recordAudit(trx, ctx, [{ action: 'person.history', recordType: 'person', recordId: personId, personIds: [personId] }]);
  return {
    items: rows.map((r) => ({
      version: r.version,
      changedAt: r.changed_at,
      changedByName: r.changed_by_name,
      changedFields: r.changed_fields,
      snapshot: r.snapshot as Record<string, unknown>,
    })),
  };
}
