import type { Kysely } from 'kysely';
import { openDatabase } from '../../src/server/db/database.js';
import type { DB } from '../../src/server/db/schema.js';
import { testConfig } from '../../src/server/platform/config.js';
import { deliverOutbox } from '../../src/server/platform/outbox.js';

/**
 * A deliverer that stops dead in the middle of a batch: it hands the first message over, says so
 * on stdout, and then hangs until the test kills the process (SIGKILL, no clean-up).
 */
const database = await openDatabase(testConfig({ DATABASE_URL: process.argv[2]! }), { migrate: false });
await database.asOwner((owner) =>
  deliverOutbox(owner as Kysely<DB>, {
    afterHandOver: async (id) => {
      process.stdout.write(`handed-over ${id}\n`);
      await new Promise(() => undefined);
    },
  }),
);
