import type { Transaction } from 'kysely';
import { profileVersion, type ProfileCode } from '../../../profiles/index.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';

type Trx = Transaction<DB>;

/** A task notification's title in the reader's language, from the rule of the version that timed it. */
function titleOf(payload: Record<string, unknown>, language: 'en' | 'es'): string | null {
  const { profileCode, profileVersion: version, ruleKey } = payload as { profileCode?: string; profileVersion?: number; ruleKey?: string };
  if (!profileCode || !version || !ruleKey) return null;
  try {
    return profileVersion(profileCode as ProfileCode, version).rules.find((r) => r.key === ruleKey)?.task[language] ?? null;
  } catch {
    return null;
  }
}

/** A person's own inbox: RLS limits it to the recipient, so no other check is needed. */
export async function listNotifications(ctx: RequestContext, trx: Trx) {
  const rows = await trx
    .selectFrom('staff_notification')
    .select(['id', 'kind', 'payload', 'created_at', 'read_at'])
    .where('recipient_id', '=', ctx.userId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: r.payload,
      title: titleOf(r.payload, ctx.language),
      createdAt: r.created_at,
      readAt: r.read_at,
    })),
    unread: rows.filter((r) => !r.read_at).length,
  };
}

export async function markNotificationRead(ctx: RequestContext, trx: Trx, id: string) {
  const result = await trx
    .updateTable('staff_notification')
    .set({ read_at: new Date() })
    .where('id', '=', id)
    .where('recipient_id', '=', ctx.userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('notification');
  return { id, read: true as const };
}
