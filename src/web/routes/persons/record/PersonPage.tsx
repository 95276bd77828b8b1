import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { personQuery } from '../../../api/person-record';
import type { Person } from '../../../api/types';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { MergedIntoNotice, PersonMerges } from '../merge/PersonMerges';
import { PersonEditForm } from './PersonEditForm';
import { PersonHistory } from './PersonHistory';

/** PLAT-4: a person's record — who they are, how to reach them, where they are involved, and its history. */
export function PersonPage({ personId }: { personId: string }) {
  const { t } = useI18n();
  const query = useQuery(personQuery(personId));
  return (
    <Page title={query.data ? `${query.data.firstName} ${query.data.lastName}` : t('personRecord.titleLoading')}>
      <QueryState query={query}>{(person) => <PersonRecord person={person} />}</QueryState>
    </Page>
  );
}

function PersonRecord({ person }: { person: Person }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (editing) {
    return (
      <PersonEditForm
        person={person}
        onDone={() => {
          setEditing(false);
          setSaved(true);
        }}
      />
    );
  }
  return (
    <>
      {saved && <SuccessAlert role="status">{t('personRecord.saved', { version: person.version })}</SuccessAlert>}
      <MergedIntoNotice person={person} />
      <PersonSummary person={person} />
      {!person.mergedInto && (
        <div className="margin-top-2">
          {person.abilities.edit && (
            <button
              type="button"
              className="usa-button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('personRecord.edit')}
            </button>
          )}
          {person.abilities.merge && (
            <Link className="usa-button usa-button--outline" to="/persons/$personId/merge" params={{ personId: person.id }}>
              {t('merge.start')}
            </Link>
          )}
        </div>
      )}
      <Involvement person={person} />
      <PersonMerges person={person} />
      <PersonHistory personId={person.id} />
    </>
  );
}

function PersonSummary({ person }: { person: Person }) {
  const { t, tc, formatDate, language } = useI18n();
  const none = t('common.noValue');
  return (
    <section aria-labelledby="person-summary-heading">
      <h2 id="person-summary-heading">{t('personRecord.summaryHeading')}</h2>
      <dl className="hearth-summary">
        <dt>{t('person.namesHeading')}</dt>
        <dd>{[person.firstName, person.middleName, person.lastName, person.suffix].filter(Boolean).join(' ')}</dd>
        <dt>{t('personRecord.aliasesHeading')}</dt>
        <dd>{person.aliases.length ? person.aliases.map((a) => `${a.firstName} ${a.lastName} (${tc('aliasKind', a.kind)})`).join('; ') : none}</dd>
        <dt>{t('person.dateOfBirth')}</dt>
        <dd>
          {person.dateOfBirth ? formatDate(person.dateOfBirth) : person.approximateAge !== null ? t('common.aboutAge', { age: person.approximateAge }) : none}
        </dd>
        <dt>{t('person.sex')}</dt>
        <dd>{tc('sex', person.sex)}</dd>
        <dt>{t('personRecord.races')}</dt>
        <dd>{person.races.length ? person.races.map((r) => tc('race', r)).join(', ') : none}</dd>
        <dt>{t('person.ethnicity')}</dt>
        <dd>{tc('ethnicity', person.ethnicity)}</dd>
        <dt>{t('person.tribalAffiliation')}</dt>
        <dd>{person.tribalAffiliation ?? none}</dd>
        <dt>{t('person.icwaInquiry')}</dt>
        <dd>
          {tc('icwaInquiry', person.icwaInquiry)}
          {person.icwaInquiryDate && ` (${formatDate(person.icwaInquiryDate)})`}
        </dd>
        <dt>{t('person.primaryLanguage')}</dt>
        <dd>
          {new Intl.DisplayNames([language], { type: 'language' }).of(person.primaryLanguage) ?? person.primaryLanguage}
          {person.interpreterNeeded && ` · ${t('person.interpreterNeeded')}`}
        </dd>
        <dt>{t('personRecord.contactHeading')}</dt>
        <dd>{[person.phone, person.email].filter(Boolean).join(' · ') || none}</dd>
        <dt>{t('personRecord.addressesHeading')}</dt>
        <dd>
          {person.addresses.length === 0 ? (
            none
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {person.addresses.map((a) => (
                <li key={a.id}>
                  {[a.line1, a.line2, a.city, a.state, a.postalCode].filter(Boolean).join(', ')}
                  {a.confidential && <span className="usa-tag margin-left-1">{t('personRecord.confidential')}</span>}
                  {!a.current && <span className="margin-left-1">({t('personRecord.former')})</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** Where the person appears, as far as the reader may see: reports and cases. */
function Involvement({ person }: { person: Person }) {
  const { t, tc, formatMoment } = useI18n();
  return (
    <section aria-labelledby="person-involvement-heading" className="margin-top-4">
      <h2 id="person-involvement-heading">{t('personRecord.involvementHeading')}</h2>
      {person.priorReports.length === 0 && person.cases.length === 0 && <p>{t('personRecord.noInvolvement')}</p>}
      <ul className="usa-list">
        {person.cases.map((c) => (
          <li key={c.id}>
            <Link to="/cases/$caseId" params={{ caseId: c.id }}>
              {t('personRecord.caseItem', { number: c.number })}
            </Link>{' '}
            ({tc('participantRole', c.role)}, {t(c.status === 'open' ? 'cases.status.open' : 'cases.status.closed')})
          </li>
        ))}
        {person.priorReports.map((r) => (
          <li key={r.id}>
            <Link to="/reports/$reportId" params={{ reportId: r.id }}>
              {t('personRecord.reportItem', { number: r.number, date: formatMoment(String(r.receivedAt)) })}
            </Link>{' '}
            ({tc('participantRole', r.role)})
          </li>
        ))}
      </ul>
    </section>
  );
}
