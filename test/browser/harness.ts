import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshotDir = path.resolve('docs/screenshots');

/** Starts `hearth start` on a fresh PGlite data folder, exactly as a newcomer would. */
export async function startHearth(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-browser-'));
  const { DATABASE_URL: _ignored, ...env } = process.env; // always the zero-setup PGlite path
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], {
    // A one-second work clock, so reminders the work engine sends arrive while the journey runs.
    env: { ...env, HEARTH_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', HEARTH_WORK_TICK_MS: '1000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Hearth is running at (http:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`hearth start exited with ${code}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** WCAG 2.1 A and AA rules; any violation fails the journey with the rule and the elements. */
export async function expectNoAxeViolations(page: Page, label: string) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(
      (v: any) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n: any) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s) on ${label}:\n  ${violations.join('\n  ')}`);
  console.log(`  axe: no violations on ${label}`);
}

export async function capture(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
