import type { ProfileDescription } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A practice profile in plain language (PLAT-3): what it is, then each section's rules with the
 * source they come from. A value the profile leaves to the agency carries an "Agency to set" tag.
 */
export function ProfileDescriptionView({ profile, level, idPrefix }: { profile: ProfileDescription; level: 3 | 4; idPrefix: string }) {
  const { t, formatDate } = useI18n();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <dl className="hearth-summary">
        <dt>{t('profile.name')}</dt>
        <dd>
          {profile.name} ({profile.code.toUpperCase()})
        </dd>
        <dt>{t('profile.version')}</dt>
        <dd>{profile.version}</dd>
        <dt>{t('profile.effectiveFrom')}</dt>
        <dd>{formatDate(profile.effectiveFrom)}</dd>
        <dt>{t('profile.summary')}</dt>
        <dd className="hearth-narrative">{profile.summary}</dd>
        <dt>{t('profile.timeZone')}</dt>
        <dd>{profile.timeZone}</dd>
      </dl>
      {profile.sections.map((section) => {
        const headingId = `${idPrefix}-${section.key}`;
        return (
          <section key={section.key} aria-labelledby={headingId} className="margin-top-3">
            <Heading id={headingId}>{section.heading}</Heading>
            <ul className="usa-list usa-list--unstyled">
              {section.lines.map((line) => (
                <li key={line.key} className="hearth-profile-line">
                  {line.agencyToSet && (
                    <>
                      <span className="usa-tag bg-accent-warm-darker">{t('profile.agencyToSet')}</span>{' '}
                    </>
                  )}
                  {line.text}
                  {line.source && <small className="hearth-profile-line__source">{t('profile.source', { source: line.source })}</small>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
