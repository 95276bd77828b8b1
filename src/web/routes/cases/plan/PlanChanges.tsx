import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { type CasePlan, type PlanDiff, planDiffQuery } from '../../../api/case-plan';
import { QueryState } from '../../../components/QueryState';
import type { MessageKey } from '../../../i18n/en';
import { useI18n } from '../../../i18n/I18nProvider';
import { objectiveStatusKey } from './plan-words';

const fieldKey: Record<string, MessageKey> = {
  text: 'cplan.changes.field.text',
  measure: 'cplan.changes.field.measure',
  targetDate: 'cplan.changes.field.targetDate',
  status: 'cplan.changes.field.status',
  needIds: 'cplan.changes.field.needIds',
};

type Change = PlanDiff['changed'][number]['changes'][number];

/** PLAN-5: what changed from the version this one revised — objectives added, changed (old → new), achieved and dropped. */
export function PlanChanges({ plan }: { plan: CasePlan }) {
  const { t } = useI18n();
  const query = useQuery(planDiffQuery(plan.caseId, plan.id));
  return (
    <section aria-labelledby="plan-changes-heading" className="margin-top-4">
      <h2 id="plan-changes-heading">{t('cplan.changes.heading')}</h2>
      <QueryState query={query}>{(diff) => <DiffView diff={diff} plan={plan} />}</QueryState>
    </section>
  );
}

function DiffView({ diff, plan }: { diff: PlanDiff; plan: CasePlan }) {
  const { t, formatDate } = useI18n();
  const needText = (id: string) => plan.needs.find((n) => n.id === id)?.text ?? id;
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('common.noValue');
    if (field === 'targetDate' && typeof v === 'string') return formatDate(v);
    if (field === 'status' && typeof v === 'string' && v in objectiveStatusKey) return t(objectiveStatusKey[v as keyof typeof objectiveStatusKey]);
    if (Array.isArray(v)) return v.length === 0 ? t('common.none') : v.map((id) => needText(String(id))).join('; ');
    return String(v);
  };
  const changes = (list: Change[]) => (
    <ul className="usa-list">
      {list.map((c) => (
        <li key={c.field}>
          {fieldKey[c.field] ? t(fieldKey[c.field] as MessageKey) : c.field}: <del>{value(c.field, c.before)}</del> → <ins>{value(c.field, c.after)}</ins>
        </li>
      ))}
    </ul>
  );
  const group = (key: MessageKey, items: { id: string; title: string; body?: ReactNode }[]) => (
    <div className="margin-top-2">
      <h3>
        {t(key)} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p>{t('cplan.changes.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {items.map((item) => (
            <li key={item.id} className="border-left-05 border-base-lighter padding-left-2 margin-bottom-2">
              <p className="text-bold margin-y-05">{item.title}</p>
              {item.body}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <>
      <p>{t('cplan.changes.summary', { from: diff.from.versionNo, to: diff.to.versionNo, count: diff.unchanged })}</p>
      {group(
        'cplan.changes.added',
        diff.added.map((o) => ({ id: o.id, title: o.text, body: <p className="margin-y-05">{o.measure}</p> })),
      )}
      {group(
        'cplan.changes.changed',
        diff.changed.map((c) => ({ id: c.id, title: c.after.text, body: changes(c.changes) })),
      )}
      {group(
        'cplan.changes.achieved',
        diff.achieved.map((c) => ({ id: c.id, title: c.after.text, body: changes(c.changes) })),
      )}
      {group(
        'cplan.changes.dropped',
        diff.dropped.map((d) => ({
          id: d.id,
          title: d.objective.text,
          body: d.removed ? <p className="margin-y-05">{t('cplan.changes.removed')}</p> : changes(d.changes),
        })),
      )}
    </>
  );
}
