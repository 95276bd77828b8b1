import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrations.js';
import { verifyAuditChain } from '../server/platform/audit-verify.js';
import { ConfigError, loadConfig } from '../server/platform/config.js';
import { roles, type Role } from '../server/platform/roles.js';
import { insertUsers } from '../server/seed/demo-agency.js';
import { seedDemoAgency } from '../server/seed/demo-agency.js';
import { startServer } from '../server/main.js';
import { backupCommand, restoreCommand } from './backup-commands.js';
import { BackupError } from '../server/db/backup/backup-file.js';
import { instrumentCommand, profileCommand, UsageError, workCommand } from './practice-commands.js';

const usage = `Usage: hearth <command>

  start                     run the server (migrates first; seeds the demo agency on PGlite)
  migrate                   apply pending database migrations
  seed                      add the synthetic demo agency if it is not there
  audit verify              check the audit trail's hash chain and seals, up to the newest seal;
                            exits 1 naming the first bad row
  backup FILE               write the whole database to FILE (PostgreSQL: pg_dump custom format;
                            PGlite: the data folder as .tar.gz — stop the server first)
  restore FILE [--force]    restore a backup into the configured database; refuses one that holds data
                            unless --force (PostgreSQL: drops and recreates it; PGlite: moves the folder aside)
  user add --username U --name "Full Name" --role ROLE[,ROLE] --unit UNIT_CODE [--scope UNIT_CODE] --password P
  user unlock --username U  clear the failed sign-ins that locked a username
  profile show ct|ga|vt [--lang es] [--version N]
                            print a practice profile in plain language, with sources
  profile use ct|ga|vt [--note TEXT]
                            switch the agency to another practice profile
  instrument check FILE     validate an instrument definition (JSON); names each bad field
  instrument export KEY VERSION
                            print an instrument definition as JSON
  work tick                 send due reminders and escalations, deliver the outbox, once

Database: DATABASE_URL=postgres://… for PostgreSQL, otherwise embedded PGlite in HEARTH_DATA_DIR (./data/pglite).`;

async function main(argv: string[]) {
  const [command, sub] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start':
      await startServer(config);
      return;
    case 'migrate': {
      const database = await openDatabase(config, { migrate: false });
      const applied = await database.asOwner((owner) =>
        migrateToLatest(owner, ({ index, total, name }) => console.log(`Applying ${index} of ${total}: ${name}`)),
      );
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
      await database.close();
      return;
    }
    case 'seed': {
      const database = await openDatabase(config);
      const seeded = await database.asOwner(seedDemoAgency);
      console.log(seeded ? 'Demo agency seeded.' : 'Demo agency already present; nothing to do.');
      await database.close();
      return;
    }
    case 'audit': {
      if (sub !== 'verify') throw new UsageError('Did you mean: hearth audit verify');
      const database = await openDatabase(config);
      const result = await database.asOwner(verifyAuditChain);
      await database.close();
      if (result.ok) {
        console.log(`audit verify: OK — ${result.rows} rows, chain intact`);
        return;
      }
      const bad = result.firstBad;
      console.error(
        `audit verify: FAILED — first bad row: ${bad.seq === null ? `chain position ${bad.chainPos}` : `seq ${bad.seq} (chain position ${bad.chainPos})`}: ${bad.reason}. ${result.rows} rows before it are intact.`,
      );
      process.exitCode = 1;
      return;
    }
    case 'backup':
      await backupCommand(config, argv.slice(1));
      return;
    case 'restore':
      await restoreCommand(config, argv.slice(1));
      return;
    case 'user': {
      if (sub === 'unlock') {
        const { values } = parseArgs({ args: argv.slice(2), options: { username: { type: 'string' } } });
        if (!values.username) throw new UsageError('Missing: --username');
        const database = await openDatabase(config);
        try {
          await database.asOwner((owner) => owner.deleteFrom('sign_in_throttle').where('username_key', '=', values.username!.trim().toLowerCase()).execute());
        } finally {
          await database.close();
        }
        console.log(`Sign-in for ${values.username} unlocked.`);
        return;
      }
      if (sub !== 'add') throw new UsageError('Did you mean: hearth user add … or hearth user unlock …');
      const { values } = parseArgs({
        args: argv.slice(2),
        options: {
          username: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          unit: { type: 'string' },
          scope: { type: 'string' },
          password: { type: 'string' },
        },
      });
      const missing = ['username', 'name', 'role', 'unit', 'password'].filter((k) => !values[k as keyof typeof values]);
      if (missing.length) throw new UsageError(`Missing: ${missing.map((m) => `--${m}`).join(', ')}`);
      const wanted = values.role!.split(',').map((r) => r.trim());
      const unknown = wanted.filter((r) => !(roles as readonly string[]).includes(r));
      if (unknown.length) throw new UsageError(`Unknown role(s): ${unknown.join(', ')}. Roles: ${roles.join(', ')}`);
      if (values.password!.length < 12) throw new UsageError('Use a password of at least 12 characters.');
      const database = await openDatabase(config);
      try {
        await database.asOwner(async (owner) => {
          const codes = [values.unit!, ...(values.scope ? [values.scope] : [])];
          const found = await owner.selectFrom('org_unit').select(['id', 'code']).where('code', 'in', codes).execute();
          const unitIds = new Map(found.map((u: { id: string; code: string }) => [u.code, { id: u.id }]));
          const absent = codes.filter((c) => !unitIds.has(c));
          if (absent.length) throw new UsageError(`No org unit with code ${absent.join(', ')}`);
          await insertUsers(
            owner,
            [{ username: values.username!, displayName: values.name!, roles: wanted as Role[], unit: values.unit!, scope: values.scope }],
            unitIds,
            values.password!,
          );
        });
        console.log(`User ${values.username} added.`);
      } finally {
        await database.close();
      }
      return;
    }
    case 'profile':
      await profileCommand(config, argv.slice(1));
      return;
    case 'instrument':
      await instrumentCommand(config, argv.slice(1));
      return;
    case 'work':
      await workCommand(config, argv.slice(1));
      return;
    default:
      console.log(usage);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof ConfigError || error instanceof UsageError || error instanceof BackupError) console.error(error.message);
  else console.error(error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
