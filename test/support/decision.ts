import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Client, Harness } from './harness.js';
import { completeRiskAssessment, completeSafetyAssessment, type RiskLevel, type SafetyOutcome } from './assessments.js';
import { openInvestigationFast } from './open-investigation-factory.js';

export type Finding = 'substantiated' | 'indicated' | 'unsubstantiated' | 'unsubstantiated_false' | 'closed_no_finding';

/** Records the same finding on every allegation of the investigation, through the API (INV-6). */
export async function recordFindings(client: Client, investigationId: string, finding: Finding) {
  const investigation = (await client.get(`/api/investigations/${investigationId}`)).json();
  for (const allegation of investigation.allegations as Array<{ id: string }>) {
    const saved = await client.put(`/api/investigations/${investigationId}/findings/${allegation.id}`, {
      finding,
      rationale: `Finding after the interviews and the medical exam: ${finding}.`,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
}

/** A completed home visit that saw Maya and Leo face to face, with the safety check (INV-1, INV-2). */
export async function seeChildren(client: Client, investigationId: string, childIds: string[], safe: 'yes' | 'no' = 'yes') {
  const saved = await client.post(`/api/investigations/${investigationId}/contacts`, {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    outcome: 'completed',
    method: 'face_to_face',
    location: 'home',
    purpose: 'Home visit',
    participants: childIds.map((personId) => ({ personId, seen: true, interviewedPrivately: true })),
    safetyCheck: safe === 'yes' ? { childrenSafe: 'yes' } : { childrenSafe: 'no', concerns: 'The partner is back in the home and was shouting.' },
  });
  expect(saved.statusCode, saved.body).toBe(201);
  return saved.json();
}

/**
 * An investigation ready for its decision (INV-7): both children seen face to face (unless
 * `seen` is false), both assessments completed with the given outcomes and, unless `finding` is
 * null, a finding on every allegation.
 */
export async function investigationReadyForDecision(h: Harness, outcome: { safety: SafetyOutcome; risk: RiskLevel; finding: Finding | null; seen?: boolean }) {
  const family = await openInvestigationFast(h);
  if (outcome.seen !== false) await seeChildren(family.investigator, family.investigationId, [family.people.maya.id, family.people.leo.id]);
  await completeSafetyAssessment(family.investigator, family.investigationId, outcome.safety);
  await completeRiskAssessment(family.investigator, family.investigationId, outcome.risk);
  if (outcome.finding) await recordFindings(family.investigator, family.investigationId, outcome.finding);
  return family;
}

/** Saves a draft decision and submits it; returns the submit response for the caller to check. */
export async function submitDecision(
  client: Client,
  investigationId: string,
  input: { decision: string; reason?: string; communityReferral?: string; unseenException?: { code: string; efforts: string } | null },
) {
  const current = (await client.get(`/api/investigations/${investigationId}/decision`)).json();
  const saved = await client.put(`/api/investigations/${investigationId}/decision`, { version: current.decision.version, ...input });
  expect(saved.statusCode, saved.body).toBe(200);
  return client.post(`/api/investigations/${investigationId}/decision/submit`, { version: saved.json().decision.version });
}

/** The supervisor's queue item for an investigation's decision. */
export async function decisionApprovalFor(supervisor: Client, investigationId: string) {
  const items = (await supervisor.get('/api/approvals')).json().items as Array<{
    id: string;
    kind: string;
    version: number;
    abilities: { decide: boolean };
    summary: Record<string, unknown>;
  }>;
  return items.find((i) => i.kind === 'investigation_decision' && i.summary.investigationId === investigationId);
}
