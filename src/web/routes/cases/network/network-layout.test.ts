import { describe, expect, it } from 'vitest';
import type { NetworkMember } from '../../../api/case-network';
import { ageOn, ecomapLayout, genogramLayout, generations } from './network-layout';

const member = (personId: string, over: Partial<NetworkMember>): NetworkMember => ({
  participantId: `p-${personId}`,
  personId,
  firstName: personId,
  lastName: 'Torres',
  sex: 'unknown',
  dateOfBirth: null,
  approximateAge: null,
  deceased: false,
  role: 'relative',
  side: null,
  connection: '',
  supportKind: null,
  tieStrength: null,
  placementResource: false,
  safetyMonitor: false,
  whereaboutsUnknown: false,
  livesInHome: null,
  relativeNoticeOn: null,
  lastSearchedOn: null,
  version: 1,
  ...over,
});

const today = '2026-12-03';
const maya = member('maya', { role: 'alleged_victim', dateOfBirth: '2018-02-11', sex: 'female', livesInHome: true });
const mother = member('mother', { role: 'parent', dateOfBirth: '1991-07-01', sex: 'female', livesInHome: true });
const father = member('father', { role: 'parent', sex: 'male', side: 'paternal' });
const grandmother = member('grandmother', { sex: 'female', side: 'paternal', approximateAge: 64 });
const coach = member('coach', { role: 'natural_support', tieStrength: 'moderate' });
const relationships = [
  { personId: 'mother', relatedPersonId: 'maya', kind: 'parent_of' as const },
  { personId: 'father', relatedPersonId: 'maya', kind: 'parent_of' as const },
  { personId: 'grandmother', relatedPersonId: 'father', kind: 'parent_of' as const },
];

describe('the genogram and ecomap layout (ENG-1)', () => {
  it('counts age in whole years on the agency’s day', () => {
    expect(ageOn({ dateOfBirth: '2018-12-04', approximateAge: null }, today)).toBe(7);
    expect(ageOn({ dateOfBirth: '2018-12-03', approximateAge: null }, today)).toBe(8);
    expect(ageOn({ dateOfBirth: null, approximateAge: 64 }, today)).toBe(64);
  });

  it('places children at 0, parents at −1 and a grandparent at −2 through the relationships', () => {
    const g = generations([maya, mother, father, grandmother], relationships, today);
    expect(Object.fromEntries(g)).toEqual({ maya: 0, mother: -1, father: -1, grandmother: -2 });
  });

  it('a grandparent of a parent no relationship reaches still sits above that parent; the home’s parent is drawn to the home’s children', () => {
    const rosa = member('rosa', { sex: 'female', approximateAge: 64 });
    const leo = member('leo', { dateOfBirth: '2022-05-30', livesInHome: true, role: 'household_member' });
    const recorded = [{ personId: 'rosa', relatedPersonId: 'mother', kind: 'parent_of' as const }];
    expect(Object.fromEntries(generations([maya, leo, mother, rosa], recorded, today))).toEqual({ maya: 0, leo: 0, mother: -1, rosa: -2 });
    const layout = genogramLayout([maya, leo, mother, rosa], recorded, today);
    expect(layout.lines.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['mother>leo', 'mother>maya', 'rosa>mother']);
  });

  it('draws one row per generation, the paternal side right of the maternal, with a line from each parent to the child', () => {
    const layout = genogramLayout([maya, mother, father, grandmother, coach], relationships, today);
    expect(layout.nodes.map((n) => n.member.personId)).toEqual(['grandmother', 'mother', 'father', 'maya']);
    const y = Object.fromEntries(layout.nodes.map((n) => [n.member.personId, n.y]));
    expect(y.grandmother).toBeLessThan(y.mother!);
    expect(y.mother).toBe(y.father);
    expect(y.father).toBeLessThan(y.maya!);
    const x = Object.fromEntries(layout.nodes.map((n) => [n.member.personId, n.x]));
    expect(x.mother).toBeLessThan(x.father!);
    expect(layout.lines.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['father>maya', 'grandmother>father', 'mother>maya']);
    expect(layout.nodes.find((n) => n.member.personId === 'father')!.shape).toBe('square');
  });

  it('the ecomap keeps the household in the middle and puts everyone else around it', () => {
    const map = ecomapLayout([maya, mother, father, coach]);
    expect(map.household.map((m) => m.personId)).toEqual(['maya', 'mother']);
    expect(map.nodes.map((n) => n.member.personId)).toEqual(['father', 'coach']);
    for (const n of map.nodes) expect(Math.hypot(n.x - map.centre, n.y - map.centre)).toBeGreaterThan(map.centre / 2);
  });
});
