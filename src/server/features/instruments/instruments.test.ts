import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyRisk } from '../../../profiles/instruments/index.js';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { submittedScreenIn } from '../../../../test/support/journey.js';

/** PLAT-3 and INT-4: instrument definitions as data, and the screening instrument on a report. */
let h: Harness;
let screener: Client;
let admin: Client;
beforeAll(async () => {
  h = await createHarness();
  [screener, admin] = await Promise.all([h.signIn('screener'), h.signIn('admin')]);
});
afterAll(() => h?.close());

/** Physical injury that is not serious, a school-age child seen by others: screen in, 24 hours. */
const injuryAnswers = {
  pa_injury: 'yes',
  pa_injury_serious: 'no',
  pa_threat: 'no',
  ng_basic_needs: 'no',
  ng_supervision: 'no',
  ng_medical: 'no',
  sa_concern: 'no',
  ea_harm: 'no',
  youngest_age: 'age_6_to_12',
  seen_by_others: 'yes',
  family_assessment_allowed: 'no',
};

describe('instrument definitions', () => {
  it('lists the six demonstration instruments and exports one as JSON that imports back as a new version', async () => {
    const list = (await screener.get('/api/instruments')).json().items;
    expect(list.map((i: { key: string }) => i.key).sort()).toEqual([
      'child-functional',
      'family-risk',
      'reunification-assessment',
      'risk-reassessment',
      'safety-assessment',
      'screening-criteria',
    ]);
    const exported = await admin.get('/api/instruments/family-risk/1/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('family-risk-v1.json');
    const again = await admin.post('/api/instruments', JSON.parse(exported.body));
    expect(again.statusCode).toBe(409); // same key and version: never replaced
    const v2 = await admin.post('/api/instruments', { ...JSON.parse(exported.body), version: 2 });
    expect(v2.statusCode, v2.body).toBe(201);
    const read2 = await screener.get('/api/instruments/family-risk/2');
    expect(read2.statusCode, read2.body).toBe(200);
    expect(read2.json().definition).toMatchObject({ key: 'family-risk', version: 2 });
    // Any key the definition schema accepts can be opened and exported again.
    const local = await admin.post('/api/instruments', { ...JSON.parse(exported.body), key: 'family_risk_local' });
    expect(local.statusCode, local.body).toBe(201);
    expect((await screener.get('/api/instruments/family_risk_local/1')).statusCode).toBe(200);
    expect((await screener.get('/api/instruments/family_risk_local/1/export')).statusCode).toBe(200);
  });

  it('a bad definition is refused with the exact field named', async () => {
    const broken = structuredClone(familyRisk) as any;
    broken.version = 9;
    broken.sections[0].items[0].options[0].points = { not_an_index: 2 };
    const response = await admin.post('/api/instruments', broken);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('sections[0].items[0].options[0].points.not_an_index');
    expect(response.json().detail).toContain('sections[0].items[0].options[0].points.not_an_index');
  });

  it('only administrators import', async () => {
    const response = await screener.post('/api/instruments', { ...familyRisk, version: 7 });
    expect(response.statusCode).toBe(403);
  });
});

describe('the screening instrument on a report (INT-4)', () => {
  it('saves answers scored on the server with the instrument version, recommends, and shows the supervisor any difference', async () => {
    const { report } = await submittedScreenIn(screener, { priority: 'within_72_hours', submit: false, answerInstrument: false });
    const empty = (await screener.get(`/api/reports/${report.id}/screening-instrument`)).json();
    expect(empty).toMatchObject({ definition: { key: 'screening-criteria', version: 1 }, response: null, recommendation: null });
    // Without the instrument the report cannot go to the supervisor.
    const early = await screener.post(`/api/reports/${report.id}/submit`, { version: report.version });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors.map((e: { path: string }) => e.path)).toEqual(['screeningInstrument']);

    const partial = await screener.put(`/api/reports/${report.id}/screening-instrument`, { answers: { pa_injury: 'yes' } });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json().response).toMatchObject({ status: 'draft', version: 1 });
    expect(partial.json().response.result.missing).toContain('pa_injury_serious');

    const stale = await screener.put(`/api/reports/${report.id}/screening-instrument`, { answers: injuryAnswers, version: 7 });
    expect(stale.statusCode).toBe(409);
    const saved = await screener.put(`/api/reports/${report.id}/screening-instrument`, { answers: injuryAnswers, version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      response: { status: 'completed', version: 2 },
      recommendation: { decision: 'screen_in', responsePriority: 'within_24_hours' },
    });

    const current = (await screener.get(`/api/reports/${report.id}`)).json();
    const submitted = await screener.post(`/api/reports/${report.id}/submit`, { version: current.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const supervisor = await h.signIn('supervisor');
    const item = (await supervisor.get('/api/approvals')).json().items.find((i: { summary: { reportId: string } }) => i.summary.reportId === report.id);
    // The screener chose 72 hours where the instrument said 24: a downward override the supervisor sees.
    expect(item.summary.instrument).toMatchObject({
      key: 'screening-criteria',
      version: 1,
      recommended: { decision: 'screen_in', responsePriority: 'within_24_hours' },
      differs: true,
    });
    const stored = await h.database.asOwner((owner) =>
      owner.selectFrom('instrument_response').select(['instrument_key', 'instrument_version']).where('subject_id', '=', report.id).execute(),
    );
    expect(stored).toEqual([{ instrument_key: 'screening-criteria', instrument_version: 1 }]);
  });

  it('another office cannot read or write a report’s instrument answers (404), and the submitted report is read-only', async () => {
    const { report } = await submittedScreenIn(screener);
    const south = await h.signIn('south.screener');
    expect((await south.get(`/api/reports/${report.id}/screening-instrument`)).statusCode).toBe(404);
    expect((await south.put(`/api/reports/${report.id}/screening-instrument`, { answers: injuryAnswers })).statusCode).toBe(404);
    expect((await screener.put(`/api/reports/${report.id}/screening-instrument`, { answers: injuryAnswers })).statusCode).toBe(403);
  });
});
