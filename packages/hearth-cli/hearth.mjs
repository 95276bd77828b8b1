#!/usr/bin/env node
// Runs the Hearth CLI on the project's pinned Node 24, whatever Node started this shim.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// This package lives in packages/hearth-cli so npm links `npx hearth` to it; the app is two levels up.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pinned = join(root, 'node_modules', '.bin', 'node');
const node = existsSync(pinned) ? pinned : process.execPath;
const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
const child = spawn(node, ['--import', tsx, join(root, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });

// Pass stop signals on, so `hearth start` shuts down gracefully under a process supervisor too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
