import type { VisitRecord } from '../../../api/visits';

/**
 * The visit code lists the forms offer, in the order shown. The server's lists are not bundled;
 * `Every` makes a code the server adds a type error here until it is offered (and i18n.test.ts
 * checks each has words in English and Spanish).
 */
type Every<Union, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never] ? List : never;

const locations = ['residence', 'placement', 'school', 'office', 'other'] as const;
export const visitLocationCodes: Every<VisitRecord['location']['kind'], typeof locations> = locations;

const givers = ['parent', 'child', 'relative', 'provider', 'worker', 'other'] as const;
export const progressGiverCodes: Every<VisitRecord['progress'][number]['givenBy']['kind'], typeof givers> = givers;
