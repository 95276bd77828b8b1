import { hasRole, type RequestContext } from '../../platform/request-context.js';

/** FCA-1: the case's workers write the assessment; anyone who may see the case reads it. */
export const mayWriteAssessment = (ctx: RequestContext, caseStatus: string) => caseStatus === 'open' && hasRole(ctx, 'caseworker', 'supervisor');
