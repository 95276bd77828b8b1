import type { Transaction } from 'kysely';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import type { DB } from '../../db/schema.js';
import type { Config } from '../../platform/config.js';
import type { RequestContext } from '../../platform/request-context.js';
import { profileAt } from '../profile/profile.service.js';
import { loadPlan } from './safety-plan.access.js';
import type { PlanDocument } from './safety-plan.document.js';
import { renderPlanPdf } from './safety-plan.pdf.js';
import * as repo from './safety-plans.repo.js';
import { agencyToday, auditPlan } from './safety-plans.service.js';

type Trx = Transaction<DB>;

/**
 * The plan as the family takes it home (INV-4): a PDF in the plan's language with the agreements
 * given to this version (drawn ones as drawn). The download is audited like any read.
 */
export async function printPlan(ctx: RequestContext, trx: Trx, config: Config, planId: string) {
  const { plan, investigation } = await loadPlan(ctx, trx, planId, 'view');
  const language = plan.language;
  const threats = await repo.findThreatsOfAssessment(trx, plan.safety_assessment_id);
  const signatures = (await repo.findSignatures(trx, plan.id)).filter((s) => s.plan_version === plan.version);
  const today = await agencyToday(trx, config);
  const profile = await profileAt(trx, config, new Date());
  const contact = await repo.findContactFor(trx, plan, investigation);
  const document: PlanDocument = {
    language,
    status: plan.status,
    familyName: (await repo.findFamilyName(trx, investigation.report_id)) || investigation.number,
    investigationNumber: investigation.number,
    printedOn: today,
    threats: threats.map((t) => ({ key: t.key, label: t.label[language] })),
    actions: plan.actions,
    nextReviewOn: plan.next_review_on,
    signatures: signatures.map((s) => ({
      signerName: s.signer_name,
      signerRole: s.signer_role,
      method: s.method,
      signedOn: localDateOf({ timeZone: profile.timeZone, holidays: [] }, new Date(s.signed_at)),
      drawing: s.drawing,
    })),
    contact: { ...contact, agencyName: profile.name[language] },
  };
  await auditPlan(ctx, trx, 'safety_plan.download', plan, { language, planVersion: plan.version });
  return { bytes: await renderPlanPdf(document), filename: `safety-plan-${investigation.number}.pdf` };
}
