import type { Transaction } from 'kysely';
import type { EventType } from '../../../../profiles/profile-schema.js';
import type { DB } from '../../../db/schema.js';
import type { Config } from '../../../platform/config.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { recordEvent } from '../../work/work.engine.js';
import * as repo from './network.repo.js';

type Trx = Transaction<DB>;

/**
 * ENG-2: tells the work engine how the search for missing family members stands, so the profile's
 * recurring diligent-search task opens when someone goes missing, comes round again after each
 * search, and stops once nobody on the case is missing.
 */
export async function tellSearchWork(ctx: RequestContext, trx: Trx, config: Config, caseId: string, happened: 'went_missing' | 'searched' | 'found') {
  const say = (type: EventType) => recordEvent(ctx, trx, config, { type, subjectType: 'case', subjectId: caseId, occurredAt: new Date(), payload: {} });
  if (happened === 'went_missing') return void (await say('relative.whereabouts_unknown'));
  if (happened === 'searched') await say('diligent_search.logged');
  const stillMissing = (await repo.findMembers(trx, caseId)).some((m) => m.whereabouts_unknown);
  if (!stillMissing) await say('relatives.located');
}
