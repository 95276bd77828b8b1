import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { profileDescriptionQuery, profileQuery } from '../../api/queries';
import type { AgencyProfile, ProfileCode } from '../../api/types';
import { SelectField } from '../../components/fields/SelectField';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles, hasAnyRole, useMe } from '../../session/session';
import { ProfileDescriptionView } from './ProfileDescriptionView';
import { ProfileSwitchForm } from './ProfileSwitchForm';

/**
 * PLAT-3: the practice profile the agency runs, in the reader's language, with its versions and
 * who chose it. Administrators switch it; anyone here can preview the other shipped profiles.
 */
export function ProfilePage() {
  return (
    <RequireRole roles={areaRoles.profile}>
      <PracticeProfile />
    </RequireRole>
  );
}

function PracticeProfile() {
  const { t, language } = useI18n();
  const me = useMe();
  const query = useQuery(profileQuery(language));
  return (
    <Page title={t('profile.title')}>
      <p className="usa-intro">{t('profile.intro')}</p>
      <QueryState query={query}>
        {(profile) => (
          <>
            <section aria-labelledby="profile-active-heading">
              <h2 id="profile-active-heading">{t('profile.activeHeading')}</h2>
              <ProfileDescriptionView profile={profile.active} level={3} idPrefix="active" />
            </section>
            <ProfileHistory profile={profile} />
            {hasAnyRole(me, areaRoles.profileSwitch) && <ProfileSwitchForm profile={profile} />}
            <ProfilePreview profile={profile} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

function ProfileHistory({ profile }: { profile: AgencyProfile }) {
  const { t, formatDate, formatMoment } = useI18n();
  const nameOf = (code: ProfileCode) => profile.available.find((entry) => entry.code === code)?.name ?? code.toUpperCase();
  return (
    <>
      <section aria-labelledby="profile-versions-heading" className="margin-top-4">
        <h2 id="profile-versions-heading">{t('profile.versionsHeading')}</h2>
        <table className="usa-table usa-table--borderless">
          <caption className="usa-sr-only">{t('profile.versionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.version')}</th>
              <th scope="col">{t('profile.effectiveFrom')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">
                  {version.version}
                  {version.current && <span className="usa-tag bg-success-darker margin-left-1">{t('profile.currentTag')}</span>}
                </th>
                <td>{formatDate(version.effectiveFrom)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="profile-choices-heading" className="margin-top-4">
        <h2 id="profile-choices-heading">{t('profile.choicesHeading')}</h2>
        {profile.choices.length === 0 ? (
          <p>{t('profile.choicesEmpty')}</p>
        ) : (
          <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
            <caption className="usa-sr-only">{t('profile.choicesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profile.chosenAt')}</th>
                <th scope="col">{t('profile.name')}</th>
                <th scope="col">{t('profile.chosenBy')}</th>
                <th scope="col">{t('profile.note')}</th>
              </tr>
            </thead>
            <tbody>
              {profile.choices.map((choice) => (
                <tr key={choice.id}>
                  <th scope="row" data-label={t('profile.chosenAt')}>
                    {formatMoment(choice.chosenAt)}
                  </th>
                  <td data-label={t('profile.name')}>{nameOf(choice.code)}</td>
                  <td data-label={t('profile.chosenBy')}>{choice.chosenBy ?? t('common.unknown')}</td>
                  <td data-label={t('profile.note')}>{choice.note ?? t('common.noValue')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function ProfilePreview({ profile }: { profile: AgencyProfile }) {
  const { t, language } = useI18n();
  const [code, setCode] = useState<ProfileCode | ''>('');
  const others = profile.available.filter((entry) => entry.code !== profile.active.code);
  const preview = useQuery({ ...profileDescriptionQuery(code || 'ct', language), enabled: code !== '' });
  return (
    <section aria-labelledby="profile-preview-heading" className="margin-top-4 border-top-1px border-base-lighter padding-top-2">
      <h2 id="profile-preview-heading">{t('profile.previewHeading')}</h2>
      <SelectField
        id="profile-preview"
        label={t('profile.preview')}
        placeholder={t('profile.previewNone')}
        value={code}
        onChange={(event) => setCode(event.target.value as ProfileCode | '')}
        options={others.map((entry) => ({ value: entry.code, label: entry.name }))}
      />
      {code !== '' && (
        <div className="margin-top-3" aria-live="polite">
          <QueryState query={preview}>
            {(description) => (
              <section aria-labelledby="profile-preview-of" className="hearth-card">
                <h3 id="profile-preview-of">{t('profile.previewOf', { name: description.name, version: description.version })}</h3>
                <ProfileDescriptionView profile={description} level={4} idPrefix="preview" />
              </section>
            )}
          </QueryState>
        </div>
      )}
    </section>
  );
}
