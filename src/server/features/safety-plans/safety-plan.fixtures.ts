import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { completeSafetyAssessment } from '../../../../test/support/assessments.js';
import type { Client, Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';

/**
 * Shared steps for the safety-plan tests (INV-4): the Torres–Ruiz investigation whose safety
 * assessment found one threat (the mother cannot keep Maya from her partner), "safe with a plan",
 * controlled by the maternal grandmother Rosa.
 */

/** A 1×1 PNG, as the signature pad sends a drawing. */
export const tinyPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A calendar date `days` from today; tests keep a few days from "today" so the agency's time zone cannot matter. */
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const THREAT = 'threat_not_protecting';

export const rosaAction = (rosaId: string) => ({
  id: randomUUID(),
  threat: THREAT,
  action: 'Kyle Benson moves out and does not come to the house while Maya and Leo are there.',
  responsiblePersonId: rosaId,
  responsibleName: '',
  responsibleKind: 'family_network' as const,
  monitoring: 'Rosa stops by after school and calls the worker at once if Kyle is there.',
  frequency: 'Every day',
});

export const planUrl = (id: string, rest = '') => `/api/safety-plans/${id}${rest}`;

/** An open investigation whose completed safety assessment decided "safe with a plan". */
export async function safeWithPlanInvestigation(h: Harness) {
  const opened = await openInvestigationFast(h);
  await completeSafetyAssessment(opened.investigator, opened.investigationId, 'safe_with_plan');
  return opened;
}

export async function createPlan(client: Client, investigationId: string, body: Record<string, unknown>) {
  const response = await client.post(`/api/investigations/${investigationId}/safety-plans`, { id: randomUUID(), language: 'en', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export async function sign(client: Client, planId: string, body: Record<string, unknown>) {
  const response = await client.post(planUrl(planId, '/signatures'), { id: randomUUID(), method: 'typed', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A draft plan with Rosa's action, a review date next week and the mother's typed agreement. */
export async function readyPlan(h: Harness) {
  const opened = await safeWithPlanInvestigation(h);
  const { investigator, investigationId, people } = opened;
  const created = await createPlan(investigator, investigationId, { actions: [rosaAction(people.grandmother.id)], nextReviewOn: dayFromToday(7) });
  const plan = await sign(investigator, created.id, { signerName: 'Lucia Torres', signerRole: 'parent', personId: people.mother.id });
  return { ...opened, plan };
}

/** Submits the plan and has Dana Whitfield (inv.supervisor) approve it through the generic approvals. */
export async function approvePlan(investigator: Client, supervisor: Client, plan: { id: string; version: number }) {
  const submitted = await investigator.post(planUrl(plan.id, '/submit'), { version: plan.version });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const approval = submitted.json().approval;
  const item = (await supervisor.get(`/api/approvals/${approval.id}`)).json();
  const decided = await supervisor.post(`/api/approvals/${approval.id}/approve`, { version: item.version });
  expect(decided.statusCode, decided.body).toBe(200);
  return (await investigator.get(planUrl(plan.id))).json();
}

/** The text drawn on a PDF's pages: each content stream inflated and its hex strings decoded (WinAnsi ≈ Latin-1). */
export function drawnText(bytes: Uint8Array) {
  const raw = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(hex[1]!, 'hex').toString('latin1'));
  }
  return out.join('\n');
}
