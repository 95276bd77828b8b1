import type { ApprovalEffect } from '../../approvals/approvals.effects.js';
import { settleRiskOverride } from './risk-override.service.js';

/**
 * INV-5 on the generic approvals (SUP-3): approving a risk override makes its level the final one;
 * returning it leaves the scored level final, and the worker may ask again.
 */
export const riskOverrideApproval: ApprovalEffect = {
  async approve(ctx, trx, _config, approval) {
    await settleRiskOverride(ctx, trx, approval.id, approval.payload.instrumentResponseId, 'approved');
    return {};
  },

  async return(ctx, trx, _config, approval) {
    await settleRiskOverride(ctx, trx, approval.id, approval.payload.instrumentResponseId, 'returned');
  },

  async summarise(trx, approval) {
    const investigation = await trx.selectFrom('investigation').select(['id', 'number']).where('id', '=', approval.subjectId).executeTakeFirst();
    return {
      investigationId: approval.subjectId,
      number: investigation?.number ?? null,
      overrideKind: approval.payload.overrideKind ?? null,
      scoredLevel: approval.payload.scoredLevel ?? null,
      requestedLevel: approval.payload.requestedLevel ?? null,
      reason: approval.payload.reason ?? null,
    };
  },
};
