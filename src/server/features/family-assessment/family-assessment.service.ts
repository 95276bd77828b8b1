import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type AuditAction, recordAudit } from '../../platform/audit.js';
import { conflict, type FieldProblem, notFound, Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { canSeeCase } from '../cases/cases.policy.js';
import * as cases from '../cases/cases.repo.js';
import { compareRows } from './family-assessment.compare.js';
import { mayWriteAssessment } from './family-assessment.policy.js';
import * as repo from './family-assessment.repo.js';
import { type FamilyAssessmentContent, familyAssessmentContent, familyAssessmentDomains } from './family-assessment.schema.js';

type Trx = Transaction<DB>;

const emptyContent = (): FamilyAssessmentContent => familyAssessmentContent.parse({});

/** The case, when the caller may see it; otherwise 404 whether or not it exists. */
async function loadCase(ctx: RequestContext, trx: Trx, caseId: string) {
  const row = await cases.findCase(trx, caseId);
  if (!row || !canSeeCase(ctx, { orgUnitId: row.org_unit_id, assignedUserIds: row.assigned_user_ids, collaboratorIds: row.collaborator_ids }))
    throw notFound('case');
  return row;
}

/** One version, and its case, when the caller may see the case. */
async function loadAssessment(ctx: RequestContext, trx: Trx, id: string) {
  const row = await repo.findById(trx, id);
  if (!row) throw notFound('assessment');
  const theCase = await loadCase(ctx, trx, row.case_id).catch(() => {
    throw notFound('assessment');
  });
  return { row, theCase };
}

const present = (ctx: RequestContext, row: repo.AssessmentRow, caseStatus: string) => {
  const editable = row.status === 'draft' && mayWriteAssessment(ctx, caseStatus);
  return {
    id: row.id,
    caseId: row.case_id,
    versionNo: row.version_no,
    status: row.status,
    version: row.version,
    content: row.content as unknown as FamilyAssessmentContent,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    completedByName: row.completed_by_name,
    abilities: { edit: editable, complete: editable },
  };
};

const audit = (ctx: RequestContext, trx: Trx, action: AuditAction, caseId: string, details: Record<string, unknown>) =>
  recordAudit(trx, ctx, [{ action, recordType: 'case', recordId: caseId, details }]);

/** FCA-1: the case's members, the domains, the current (latest) version and the list of versions. */
export async function readOverview(ctx: RequestContext, trx: Trx, caseId: string) {
  const theCase = await loadCase(ctx, trx, caseId);
  const [people, versions] = await Promise.all([cases.findPeople(trx, caseId), repo.findVersions(trx, caseId)]);
  await audit(ctx, trx, 'family_assessment.read', caseId, { assessmentIds: versions.map((v) => v.id) });
  const latest = versions[0];
  return {
    caseId,
    members: people.map((p) => ({ personId: p.person_id, name: `${p.first_name} ${p.last_name}`, role: p.role })),
    domains: [...familyAssessmentDomains],
    current: latest ? present(ctx, latest, theCase.status) : null,
    versions: versions.map((v) => ({ id: v.id, versionNo: v.version_no, status: v.status, completedAt: v.completed_at })),
    abilities: { start: mayWriteAssessment(ctx, theCase.status) && latest?.status !== 'draft' },
  };
}

export async function readVersion(ctx: RequestContext, trx: Trx, id: string) {
  const { row, theCase } = await loadAssessment(ctx, trx, id);
  await audit(ctx, trx, 'family_assessment.read', row.case_id, { assessmentId: id, versionNo: row.version_no });
  return present(ctx, row, theCase.status);
}

/**
 * Starts the first draft, or (FCA-1 "update") a new version copied from the latest completed one,
 * need ids and all. The same id again answers the draft already made (a retried request).
 */
export async function startVersion(ctx: RequestContext, trx: Trx, caseId: string, id: string) {
  const theCase = await loadCase(ctx, trx, caseId);
  if (!mayWriteAssessment(ctx, theCase.status)) throw new Problem('forbidden_action', 'Your role cannot write this case’s assessment.');
  const versions = await repo.findVersions(trx, caseId);
  const mine = versions.find((v) => v.id === id);
  if (mine) return { created: false, item: present(ctx, mine, theCase.status) };
  const latest = versions[0];
  if (latest?.status === 'draft') throw new Problem('conflict', 'This case already has a draft assessment. Finish that one first.').because('fca_draft_exists');
  const content = latest ? (latest.content as unknown as FamilyAssessmentContent) : emptyContent();
  const inserted = await repo.insertVersion(trx, {
    id,
    caseId,
    versionNo: (latest?.version_no ?? 0) + 1,
    previousId: latest?.id ?? null,
    content,
    createdBy: ctx.userId,
  });
  if (!inserted) {
    const again = (await repo.findVersions(trx, caseId)).find((v) => v.id === id);
    if (again) return { created: false, item: present(ctx, again, theCase.status) };
    throw new Problem('conflict', 'That id is already used, or another draft was started. Reload and try again.').because('id_taken');
  }
  await audit(ctx, trx, 'family_assessment.create', caseId, { assessmentId: id, versionNo: (latest?.version_no ?? 0) + 1, copiedFrom: latest?.id ?? null });
  const saved = (await repo.findById(trx, id))!;
  return { created: true, item: present(ctx, saved, theCase.status) };
}

/** The people the content names must be on the case: field-level problems otherwise. */
function checkMembers(content: FamilyAssessmentContent, memberIds: Set<string>) {
  const problems: FieldProblem[] = [];
  content.members.forEach((m, i) => {
    if (!memberIds.has(m.personId)) problems.push({ path: `content.members.${i}.personId`, message: 'Choose a member of this family' });
    const seen = new Set<string>();
    m.domains.forEach((d, j) => {
      if (seen.has(d.domain)) problems.push({ path: `content.members.${i}.domains.${j}.domain`, message: 'Each domain once per member' });
      seen.add(d.domain);
    });
  });
  content.needs.forEach((n, i) => {
    n.personIds.forEach((p, j) => {
      if (!memberIds.has(p)) problems.push({ path: `content.needs.${i}.personIds.${j}`, message: 'Choose a member of this family' });
    });
  });
  if (new Set(content.needs.map((n) => n.id)).size !== content.needs.length)
    problems.push({ path: 'content.needs', message: 'Each need once (the ids repeat)' });
  if (content.sharing.shared && !content.sharing.sharedOn)
    problems.push({ path: 'content.sharing.sharedOn', message: 'Say when the findings were shared with the family' });
  if (problems.length) throw new Problem('validation', 'Some fields need fixing.', problems);
}

const frozen = () => new Problem('conflict', 'This assessment is completed and cannot change. Start a new version to update it.').because('fca_completed');

/** Saves the draft at the version the client read (stale → 409; completed → 409). */
export async function saveVersion(ctx: RequestContext, trx: Trx, id: string, input: { version: number; content: FamilyAssessmentContent }) {
  const { row, theCase } = await loadAssessment(ctx, trx, id);
  if (!mayWriteAssessment(ctx, theCase.status)) throw new Problem('forbidden_action', 'Your role cannot write this case’s assessment.');
  if (row.status === 'completed') throw frozen();
  const people = await cases.findPeople(trx, row.case_id);
  checkMembers(input.content, new Set(people.map((p) => p.person_id)));
  if (!(await repo.saveDraft(trx, id, input.version, input.content))) throw conflict('assessment');
  await audit(ctx, trx, 'family_assessment.update', row.case_id, { assessmentId: id, versionNo: row.version_no });
  return present(ctx, (await repo.findById(trx, id))!, theCase.status);
}

export async function completeVersion(ctx: RequestContext, trx: Trx, id: string, version: number) {
  const { row, theCase } = await loadAssessment(ctx, trx, id);
  if (!mayWriteAssessment(ctx, theCase.status)) throw new Problem('forbidden_action', 'Your role cannot write this case’s assessment.');
  if (row.status === 'completed') throw frozen();
  if (!(await repo.complete(trx, id, version, ctx.userId))) throw conflict('assessment');
  await audit(ctx, trx, 'family_assessment.complete', row.case_id, { assessmentId: id, versionNo: row.version_no });
  return present(ctx, (await repo.findById(trx, id))!, theCase.status);
}

/** FCA-4: the latest version's prioritised needs, for the case plan. */
export async function readNeeds(ctx: RequestContext, trx: Trx, caseId: string) {
  await loadCase(ctx, trx, caseId);
  const latest = (await repo.findVersions(trx, caseId))[0];
  const needs = latest ? (latest.content as unknown as FamilyAssessmentContent).needs : [];
  await audit(ctx, trx, 'family_assessment.needs.read', caseId, { assessmentId: latest?.id ?? null });
  return {
    assessmentId: latest?.id ?? null,
    versionNo: latest?.version_no ?? null,
    status: latest?.status ?? null,
    items: needs.map((n, i) => ({ ...n, priority: i + 1 })),
  };
}

/** FCA-1: two versions of the same case's assessment side by side. */
export async function compareVersions(ctx: RequestContext, trx: Trx, caseId: string, fromId: string, toId: string) {
  await loadCase(ctx, trx, caseId);
  const versions = await repo.findVersions(trx, caseId);
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  if (!from || !to) throw notFound('assessment');
  await audit(ctx, trx, 'family_assessment.compare', caseId, { assessmentIds: [fromId, toId] });
  const content = (r: repo.AssessmentRow) => r.content as unknown as FamilyAssessmentContent;
  return {
    from: { id: from.id, versionNo: from.version_no },
    to: { id: to.id, versionNo: to.version_no },
    rows: compareRows(content(from), content(to), familyAssessmentDomains),
  };
}
