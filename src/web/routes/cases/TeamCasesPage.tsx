import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type TeamCasesFilter, teamCasesQueryOptions } from '../../api/case-network';
import type { CaseListItem } from '../../api/cases';
import { fieldId } from '../../components/fields/field-ids';
import { SelectField } from '../../components/fields/SelectField';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles } from '../../session/session';
import { caseKindText } from './case-words';

const FORM = 'team-cases';
const sorts = ['next_due', 'opened', 'number'] as const;

/** Team cases: a supervisor's open cases by worker and type, the soonest due first (issue 11). */
export function TeamCasesPage() {
  return (
    <RequireRole roles={areaRoles.team}>
      <TeamCases />
    </RequireRole>
  );
}

function TeamCases() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<TeamCasesFilter>({ sort: 'next_due' });
  const query = useQuery(teamCasesQueryOptions(filter));
  const form = useForm<{ workerId: string; kind: string; sort: string }>({ defaultValues: { workerId: '', kind: '', sort: 'next_due' } });
  return (
    <Page title={t('teamCases.title')}>
      <p className="usa-intro">{t('teamCases.intro')}</p>
      <QueryState query={query}>
        {(data) => (
          <>
            <form
              className="usa-form maxw-full margin-bottom-3"
              aria-label={t('teamCases.filters')}
              onSubmit={form.handleSubmit((v) =>
                setFilter({
                  sort: v.sort as TeamCasesFilter['sort'],
                  ...(v.workerId ? { workerId: v.workerId } : {}),
                  ...(v.kind ? { kind: v.kind as 'in_home' } : {}),
                }),
              )}
            >
              <div className="grid-row grid-gap">
                <div className="tablet:grid-col-4">
                  <SelectField
                    id={fieldId(FORM, 'workerId')}
                    label={t('teamCases.worker')}
                    placeholder={t('teamCases.allWorkers')}
                    options={data.workers.map((w) => ({ value: w.id, label: w.name }))}
                    {...form.register('workerId')}
                  />
                </div>
                <div className="tablet:grid-col-4">
                  <SelectField
                    id={fieldId(FORM, 'kind')}
                    label={t('teamCases.kind')}
                    placeholder={t('teamCases.allKinds')}
                    options={(['in_home', 'out_of_home'] as const).map((k) => ({ value: k, label: caseKindText(t, k) }))}
                    {...form.register('kind')}
                  />
                </div>
                <div className="tablet:grid-col-4">
                  <SelectField
                    id={fieldId(FORM, 'sort')}
                    label={t('teamCases.sort')}
                    options={sorts.map((s) => ({ value: s, label: t(`teamCases.sort.${s}`) }))}
                    {...form.register('sort')}
                  />
                </div>
              </div>
              <button type="submit" className="usa-button margin-top-2">
                {t('teamCases.apply')}
              </button>
            </form>
            {data.items.length === 0 ? <p>{t('teamCases.empty')}</p> : <TeamCasesTable items={data.items} />}
          </>
        )}
      </QueryState>
    </Page>
  );
}

function TeamCasesTable({ items }: { items: CaseListItem[] }) {
  const { t, formatMoment } = useI18n();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption className="usa-sr-only">{t('teamCases.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('teamCases.col.case')}</th>
          <th scope="col">{t('teamCases.col.children')}</th>
          <th scope="col">{t('teamCases.col.worker')}</th>
          <th scope="col">{t('teamCases.col.kind')}</th>
          <th scope="col">{t('teamCases.col.nextDue')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <th scope="row" data-label={t('teamCases.col.case')}>
              <Link to="/cases/$caseId" params={{ caseId: c.id }}>
                {c.number}
              </Link>
            </th>
            <td data-label={t('teamCases.col.children')}>{c.childNames.join(', ') || '—'}</td>
            <td data-label={t('teamCases.col.worker')}>{c.workerName ?? '—'}</td>
            <td data-label={t('teamCases.col.kind')}>{caseKindText(t, c.kind)}</td>
            <td data-label={t('teamCases.col.nextDue')}>
              {c.nextDueAt ? formatMoment(c.nextDueAt) : t('teamCases.nothingDue')}
              {c.overdueCount > 0 && <span className="usa-tag bg-secondary-dark margin-left-1">{t('teamCases.overdue', { count: c.overdueCount })}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
