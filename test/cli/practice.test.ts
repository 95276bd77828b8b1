import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportInstrumentDefinition } from '../../src/domain/instruments/index.js';
import { familyRisk } from '../../src/profiles/instruments/index.js';
import { runHearthCli } from '../support/standalone-database.js';

/** PLAT-3 from the terminal: the same plain-language profile text, and instrument files checked. */
const folder = mkdtempSync(path.join(tmpdir(), 'hearth-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const noDatabase = { HEARTH_DATA_DIR: path.join(folder, 'unused') };

describe('hearth profile show', () => {
  it('prints Georgia’s clocks in plain language with their sources', async () => {
    const result = await runHearthCli(['profile', 'show', 'ga'], noDatabase);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Initial assessment: complete within 30 business days of the report');
    expect(result.stdout).toContain('Source: Georgia DFCS Case Practice Model');
  });

  it('marks Connecticut’s unset completion limit and speaks Spanish on request', async () => {
    const result = await runHearthCli(['profile', 'show', 'ct', '--lang', 'es'], noDatabase);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('! Investigación: la agencia aún no ha fijado este plazo');
  });

  it('refuses an unknown profile with the choices', async () => {
    const result = await runHearthCli(['profile', 'show', 'tx'], noDatabase);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Name a profile: ct, ga, vt');
  });
});

describe('hearth instrument check', () => {
  it('passes a valid definition and names each bad field of a broken one (exit 1)', async () => {
    const good = path.join(folder, 'good.json');
    writeFileSync(good, exportInstrumentDefinition(familyRisk));
    const ok = await runHearthCli(['instrument', 'check', good], noDatabase);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('valid — family-risk version 1');

    const broken = structuredClone(familyRisk) as any;
    broken.sections[0].items[0].options[0].points = { nope: 1 };
    const bad = path.join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify(broken));
    const failed = await runHearthCli(['instrument', 'check', bad], noDatabase);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('sections[0].items[0].options[0].points.nope');
  });
});
