import type { AssessmentOverview, FamilyAssessment } from '../../../api/family-assessment';
import { useI18n } from '../../../i18n/I18nProvider';

/** FCA-1: a completed version never changes, so it is shown as text, not as a form. */
export function AssessmentReadOnly({ assessment, overview }: { assessment: FamilyAssessment; overview: AssessmentOverview }) {
  const { t, tc, formatDate, formatMoment } = useI18n();
  const { content } = assessment;
  const nameOf = (personId: string) => overview.members.find((m) => m.personId === personId)?.name ?? personId;
  const orNothing = (text: string) => text.trim() || t('fca.nothingRecorded');
  return (
    <section aria-labelledby="fca-readonly-heading" className="margin-top-4">
      <h2 id="fca-readonly-heading">{t(assessment.status === 'completed' ? 'fca.readOnly.heading' : 'fca.form.heading', { n: assessment.versionNo })}</h2>
      {assessment.completedAt && <p>{t('fca.completedBy', { name: assessment.completedByName ?? '', date: formatMoment(assessment.completedAt) })}</p>}
      <h3>{t('fca.members.heading')}</h3>
      {content.members.length === 0 && <p>{t('fca.nothingRecorded')}</p>}
      {content.members.map((member) => {
        const filled = member.domains.filter((d) => d.strengths || d.needs || d.evidence);
        return (
          <table key={member.personId} className="usa-table usa-table--borderless usa-table--stacked-header width-full">
            <caption>{t('fca.readOnly.caption', { name: nameOf(member.personId) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fca.field.domain')}</th>
                <th scope="col">{t('fca.field.strengths')}</th>
                <th scope="col">{t('fca.field.needs')}</th>
                <th scope="col">{t('fca.field.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {filled.length === 0 && (
                <tr>
                  <td colSpan={4}>{t('fca.nothingRecorded')}</td>
                </tr>
              )}
              {filled.map((d) => (
                <tr key={d.domain}>
                  <th scope="row" data-label={t('fca.field.domain')}>
                    {tc('familyAssessmentDomain', d.domain)}
                  </th>
                  <td data-label={t('fca.field.strengths')}>{orNothing(d.strengths)}</td>
                  <td data-label={t('fca.field.needs')}>{orNothing(d.needs)}</td>
                  <td data-label={t('fca.field.evidence')}>{orNothing(d.evidence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <h3>{t('fca.family.heading')}</h3>
      <dl className="hearth-summary">
        <dt>{t('fca.field.protectiveFactors')}</dt>
        <dd className="hearth-narrative">{orNothing(content.protectiveFactors)}</dd>
        <dt>{t('fca.field.naturalSupports')}</dt>
        <dd className="hearth-narrative">{orNothing(content.naturalSupports)}</dd>
      </dl>
      <h3>{t('fca.contributions.heading')}</h3>
      {content.contributions.length === 0 ? (
        <p>{t('fca.contributions.none')}</p>
      ) : (
        <ul className="usa-list">
          {content.contributions.map((c) => (
            <li key={c.id}>
              {[c.name, t(`fca.kind.${c.kind}`), c.roleOrOrganisation, formatDate(c.date)].filter(Boolean).join(' · ')}
              {c.summary && <p className="margin-top-05 hearth-narrative">{c.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('fca.sharing.heading')}</h3>
      <p>{content.sharing.shared ? t('fca.sharing.sharedOn', { date: formatDate(content.sharing.sharedOn) }) : t('fca.sharing.notShared')}</p>
      <dl className="hearth-summary">
        <dt>{t('fca.field.familyResponse')}</dt>
        <dd className="hearth-narrative">{orNothing(content.sharing.familyResponse)}</dd>
      </dl>
      <h3>{t('fca.needs.heading')}</h3>
      {content.needs.length === 0 ? (
        <p>{t('fca.needs.none')}</p>
      ) : (
        <ol className="usa-list">
          {content.needs.map((need) => (
            <li key={need.id}>
              <strong>{tc('familyAssessmentDomain', need.domain)}</strong> ({need.personIds.map(nameOf).join(', ')}): {need.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
