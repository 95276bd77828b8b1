import { Link } from '@tanstack/react-router';
import { useResponsePriorityLabel } from '../../api/response-priority';
import type { Report, ReportInvestigation } from '../../api/types';
import { DueTime } from '../../components/DueTime';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/I18nProvider';
import { decisionText } from '../investigations/decision/decision-words';
import { participantNames } from '../intake/allegations/participant-names';
import { relationshipSentence } from '../intake/people/relationship-words';

/** Read-only sections of the report view, in the order a reviewer reads a report. */

export function ReportDetails({ report }: { report: Report }) {
  const { t, tc, formatMoment } = useI18n();
  return (
    <section aria-labelledby="report-details-heading">
      <h2 id="report-details-heading">{t('report.detailsHeading')}</h2>
      <dl className="hearth-summary">
        <dt>{t('field.status')}</dt>
        <dd>
          <StatusTag status={report.status} />
        </dd>
        <dt>{t('field.receivedAt')}</dt>
        <dd>{formatMoment(report.receivedAt)}</dd>
        <dt>{t('field.channel')}</dt>
        <dd>{tc('channel', report.channel)}</dd>
        <dt>{t('field.unit')}</dt>
        <dd>{report.orgUnit.name}</dd>
        <dt>{t('field.screener')}</dt>
        <dd>{report.screener.displayName}</dd>
      </dl>
    </section>
  );
}

export function ReporterSection({ report }: { report: Report }) {
  const { t, tc } = useI18n();
  const reporter = report.reporter;
  const value = (text: string | null) => text || t('common.notRecorded');
  return (
    <section aria-labelledby="reporter-heading">
      <h2 id="reporter-heading">{t('report.reporterHeading')}</h2>
      {report.reporterHidden ? (
        <p>{t('report.reporterHidden')}</p>
      ) : !reporter ? (
        <p>{t('report.noReporter')}</p>
      ) : (
        <dl className="hearth-summary">
          <dt>{t('report.reporterType')}</dt>
          <dd>{tc('reporterType', reporter.reporterType)}</dd>
          <dt>{t('report.mandated')}</dt>
          <dd>{reporter.mandated ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('report.anonymous')}</dt>
          <dd>{reporter.anonymous ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('field.name')}</dt>
          <dd>{value(reporter.name)}</dd>
          <dt>{t('report.phone')}</dt>
          <dd>{value(reporter.phone)}</dd>
          <dt>{t('report.email')}</dt>
          <dd>{value(reporter.email)}</dd>
          <dt>{t('report.relationshipToFamily')}</dt>
          <dd>{value(reporter.relationshipToFamily)}</dd>
        </dl>
      )}
    </section>
  );
}

export function NarrativeSection({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="narrative-heading">
      <h2 id="narrative-heading">{t('report.narrativeHeading')}</h2>
      <p className="hearth-narrative">{report.narrative.trim() || t('report.noNarrative')}</p>
    </section>
  );
}

export function PeopleSection({ report }: { report: Report }) {
  const { t, tc, describeAge } = useI18n();
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('report.peopleHeading')}</h2>
      {report.participants.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('report.peopleHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('field.age')}</th>
              <th scope="col">{t('field.sex')}</th>
              <th scope="col">{t('field.livesInHousehold')}</th>
            </tr>
          </thead>
          <tbody>
            {report.participants.map((participant) => (
              <tr key={participant.id}>
                <th scope="row" data-label={t('field.name')}>
                  {participant.person.firstName} {participant.person.lastName}
                </th>
                <td data-label={t('field.role')}>
                  {tc('participantRole', participant.role)}
                  {participant.parentType && ` (${tc('parentType', participant.parentType)})`}
                </td>
                <td data-label={t('field.age')}>{describeAge(participant.person)}</td>
                <td data-label={t('field.sex')}>{tc('sex', participant.person.sex)}</td>
                <td data-label={t('field.livesInHousehold')}>{participant.livesInHousehold ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** How the people on the report are related (INT-2), in plain words; nothing when none are recorded. */
export function RelationshipsSection({ report }: { report: Report }) {
  const words = useI18n();
  if (report.relationships.length === 0) return null;
  const names = participantNames(report);
  return (
    <section aria-labelledby="relationships-section-heading">
      <h2 id="relationships-section-heading">{words.t('report.relationshipsHeading')}</h2>
      <ul className="usa-list">
        {report.relationships.map((relationship) => (
          <li key={relationship.id}>{relationshipSentence(relationship, names, words)}</li>
        ))}
      </ul>
    </section>
  );
}

export function AllegationsSection({ report }: { report: Report }) {
  const { t, tc } = useI18n();
  const names = participantNames(report);
  return (
    <section aria-labelledby="allegations-section-heading">
      <h2 id="allegations-section-heading">{t('report.allegationsHeading')}</h2>
      {report.allegations.length === 0 ? (
        <p>{t('allegations.none')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('report.allegationsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.allegedVictim')}</th>
              <th scope="col">{t('field.allegedPerpetrator')}</th>
              <th scope="col">{t('field.maltreatmentType')}</th>
              <th scope="col">{t('field.description')}</th>
            </tr>
          </thead>
          <tbody>
            {report.allegations.map((allegation) => (
              <tr key={allegation.id}>
                <th scope="row" data-label={t('field.allegedVictim')}>
                  {names.get(allegation.victimPersonId) ?? t('common.unknown')}
                </th>
                <td data-label={t('field.allegedPerpetrator')}>
                  {allegation.perpetratorPersonId ? (names.get(allegation.perpetratorPersonId) ?? t('common.unknown')) : t('allegations.perpetratorUnknown')}
                </td>
                <td data-label={t('field.maltreatmentType')}>{tc('maltreatmentType', allegation.maltreatmentType)}</td>
                <td data-label={t('field.description')}>{allegation.description || t('common.noValue')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function DecisionSection({ report }: { report: Report }) {
  const { t, tc } = useI18n();
  const priorityLabel = useResponsePriorityLabel();
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('report.decisionHeading')}</h2>
      {!report.decision ? (
        <p>{t('report.noDecision')}</p>
      ) : (
        <dl className="hearth-summary">
          <dt>{t('field.decision')}</dt>
          <dd>{tc('decision', report.decision)}</dd>
          {report.responsePriority && (
            <>
              <dt>{t('field.responsePriority')}</dt>
              <dd>{priorityLabel(report.responsePriority)}</dd>
            </>
          )}
          <dt>{t('report.rationale')}</dt>
          <dd className="hearth-narrative">{report.decisionRationale || t('common.notRecorded')}</dd>
          {report.decision === 'screen_out' && (
            <>
              <dt>{t('report.communityReferral')}</dt>
              <dd>{report.communityReferral || t('common.notRecorded')}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

export function ReviewHistory({ report }: { report: Report }) {
  const { t, tc, formatMoment } = useI18n();
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('report.reviewsHeading')}</h2>
      {report.reviews.length === 0 ? (
        <p>{t('report.noReviews')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('report.reviewsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.reviewDate')}</th>
              <th scope="col">{t('report.reviewAction')}</th>
              <th scope="col">{t('report.reviewer')}</th>
              <th scope="col">{t('report.reviewComment')}</th>
            </tr>
          </thead>
          <tbody>
            {report.reviews.map((review, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders; the index only tells apart equal entries
              <tr key={`${review.createdAt}-${index}`}>
                <th scope="row" data-label={t('report.reviewDate')}>
                  {formatMoment(review.createdAt)}
                </th>
                <td data-label={t('report.reviewAction')}>{tc('reviewAction', review.action)}</td>
                <td data-label={t('report.reviewer')}>{review.reviewerName}</td>
                <td data-label={t('report.reviewComment')}>{review.comment || t('common.noValue')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The report's investigation (PLAT-1). The hotline sees only that it exists — number, status, unit
 * and final disposition — and no link, since opening it would answer 404; whoever may read the
 * investigation also sees its assignee and clock, and the number links to it.
 */
export function InvestigationSection({ investigation }: { investigation: ReportInvestigation }) {
  const { t, tc } = useI18n();
  return (
    <section aria-labelledby="investigation-heading">
      <h2 id="investigation-heading">{t('report.investigationHeading')}</h2>
      <dl className="hearth-summary">
        <dt>{t('field.investigationNumber')}</dt>
        <dd>
          {investigation.abilities.open ? (
            <Link to="/investigations/$investigationId" params={{ investigationId: investigation.id }}>
              {investigation.number}
            </Link>
          ) : (
            investigation.number
          )}
        </dd>
        <dt>{t('field.status')}</dt>
        <dd>{tc('investigationStatus', investigation.status)}</dd>
        <dt>{t('field.unit')}</dt>
        <dd>{investigation.orgUnitName}</dd>
        <dt>{t('report.investigationDisposition')}</dt>
        <dd>{investigation.disposition ? decisionText(t, investigation.disposition) : t('report.investigationNoDisposition')}</dd>
        {investigation.abilities.open && (
          <>
            <dt>{t('field.investigator')}</dt>
            <dd>{investigation.investigatorName ?? t('investigation.unassigned')}</dd>
            <dt>{t('field.responseDue')}</dt>
            <dd>
              <DueTime dueAt={investigation.responseDueAt} />
            </dd>
          </>
        )}
      </dl>
      {!investigation.abilities.open && <p className="usa-hint">{t('report.investigationSummaryOnly')}</p>}
    </section>
  );
}
