import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Config } from '../../../platform/config.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { profileAt } from '../../profile/profile.service.js';
import { findPeople } from '../cases.repo.js';
import { renderPlanDocument } from './plan-document.pdf.js';
import type { PlanDocumentLanguage } from './plan-document.words.js';
import * as repo from './plan.repo.js';
import { auditPlan, loadPlan, presentLoaded } from './plan.service.js';

type Trx = Transaction<DB>;

/**
 * PLAN-7: the printed plan. Loaded and presented exactly as GET /api/plans/:planId is, so who may
 * print is who may read (another office's worker gets 404), and audited in the same transaction.
 */
export async function planDocument(ctx: RequestContext, trx: Trx, config: Config, planId: string, language: PlanDocumentLanguage) {
  const loaded = await loadPlan(ctx, trx, planId);
  const [plan, signatures, people] = await Promise.all([presentLoaded(trx, loaded), repo.findSignatures(trx, planId), findPeople(trx, loaded.plan.case_id)]);
  // The day someone signed is the agency's calendar day, not UTC's: a 9 p.m. signature is dated that evening's day.
  const { timeZone } = await profileAt(trx, config, new Date());
  const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const signatureOf = new Map(signatures.map((s) => [s.id, s]));
  // Only this version's agreements: an earlier signature was to other words.
  const agreements = plan.agreements.filter((a) => a.current);
  const bytes = await renderPlanDocument({
    language,
    caseNumber: loaded.row.number,
    versionNo: plan.versionNo,
    status: plan.status,
    startDate: plan.startDate,
    goals: plan.goals.map((g) => g.text),
    objectives: plan.objectives
      .filter((o) => o.status !== 'dropped')
      .map((o) => ({
        part: o.part,
        text: o.text,
        measure: o.measure,
        targetDate: o.targetDate,
        steps: o.actionSteps.map((s) => {
          const person = people.find((p) => p.person_id === s.responsiblePersonId);
          return {
            text: s.text,
            responsible: person ? `${person.first_name} ${person.last_name}` : (s.responsibleName ?? ''),
            responsiblePersonId: s.responsiblePersonId,
            agency: s.responsibleKind === 'agency',
            dueDate: s.dueDate,
          };
        }),
      })),
    agreements: agreements.map((a) => ({
      name: a.name,
      outcome: a.outcome,
      ownWords: a.ownWords,
      typedName: signatureOf.get(a.id)?.typed_name ?? null,
      drawing: signatureOf.get(a.id)?.drawing ?? null,
      recordedOn: calendarDay.format(new Date(a.recordedAt)),
    })),
    parents: people.filter((p) => p.role === 'parent').map((p) => ({ personId: p.person_id, name: `${p.first_name} ${p.last_name}` })),
  });
  await auditPlan(
    ctx,
    trx,
    'case_plan.print',
    loaded.plan.case_id,
    { planId, versionNo: plan.versionNo, language },
    agreements.map((a) => a.personId),
  );
  return { bytes, filename: `case-plan-${loaded.row.number}-v${plan.versionNo}-${language}.pdf`.replace(/[^A-Za-z0-9.-]/g, '_') };
}
