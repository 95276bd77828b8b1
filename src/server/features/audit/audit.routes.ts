import { sql } from 'kysely';
import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { recordAudit } from '../../platform/audit.js';
import { Problem } from '../../platform/errors.js';
import { userRunner } from '../../platform/request-context.js';
import { auditQuery, auditSearchAnswer } from './audit.schema.js';

/** PLAT-2: administrators search the audit by person, user and date (days in the agency's zone). */
export function registerAuditRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], summary: 'Search the audit trail (administrators)', querystring: auditQuery, response: { 200: auditSearchAnswer } } },
    (request) =>
      asUser(request, async (ctx, trx) => {
        if (!ctx.roles.includes('administrator'))
          throw new Problem('forbidden_action', 'Only administrators search the audit trail.').because('audit_administrators_only');
        const q = request.query;
        const zone = config.HEARTH_TIME_ZONE;
        const { rows } = await sql<{
          seq: number;
          occurred_at: Date;
          actor_id: string | null;
          actor_name: string | null;
          action: string;
          record_type: string;
          record_id: string | null;
          person_ids: string[];
          purpose: string | null;
          request_id: string | null;
          ip: string | null;
        }>`select * from hearth_audit_search(${q.personId ?? null}::uuid, ${q.userId ?? null}::uuid,
            (${q.from ?? null}::date)::timestamp at time zone ${zone},
            ((${q.to ?? null}::date) + 1)::timestamp at time zone ${zone}, 500)`.execute(trx);
        await recordAudit(trx, ctx, [{ action: 'audit.search', recordType: 'audit', personIds: q.personId ? [q.personId] : [], details: { ...q } }]);
        return {
          events: rows.map((e) => ({
            seq: e.seq,
            occurredAt: e.occurred_at,
            actorId: e.actor_id,
            actorName: e.actor_name,
            action: e.action,
            recordType: e.record_type,
            recordId: e.record_id,
            personIds: e.person_ids,
            purpose: e.purpose,
            requestId: e.request_id,
            ip: e.ip,
          })),
        };
      }),
  );
}
