import type { Contact } from '../../../api/investigation-types';
import { useI18n } from '../../../i18n/I18nProvider';
import { newestFirst } from './contact-form-model';
import { childrenSafeKey, locationKey, methodKey, outcomeKey } from './contact-words';

/** Every contact, newest first, each a card that reads top to bottom on a phone (INV-2). */
export function ContactList({ contacts, onEdit, disabled }: { contacts: Contact[]; onEdit: ((contact: Contact) => void) | null; disabled: boolean }) {
  const { t } = useI18n();
  if (contacts.length === 0) return <p>{t('inv.contact.none')}</p>;
  return (
    <ol className="hearth-record-list" aria-label={t('inv.contact.listLabel')}>
      {newestFirst(contacts).map((contact) => (
        <li key={contact.id}>
          <ContactCard contact={contact} onEdit={onEdit} disabled={disabled} />
        </li>
      ))}
    </ol>
  );
}

function ContactCard({ contact, onEdit, disabled }: { contact: Contact; onEdit: ((contact: Contact) => void) | null; disabled: boolean }) {
  const { t, formatMoment } = useI18n();
  const when = formatMoment(contact.occurredAt);
  const kind = `${t(outcomeKey(contact.outcome))}, ${t(methodKey(contact.method))}`;
  const safe = contact.safetyCheck.childrenSafe;
  return (
    <article aria-labelledby={`contact-${contact.id}-heading`}>
      <h4 id={`contact-${contact.id}-heading`} className="margin-top-0 margin-bottom-1">
        <time dateTime={contact.occurredAt}>{when}</time>
        <span className="display-block text-normal">{kind}</span>
      </h4>
      <dl className="hearth-summary hearth-wrap">
        <dt>{t('inv.contact.location')}</dt>
        <dd>
          {t(locationKey(contact.location))}
          {contact.locationNote && `: ${contact.locationNote}`}
        </dd>
        <dt>{t('inv.contact.participants')}</dt>
        <dd>
          {contact.participants.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {contact.participants.map((p) => (
                <li key={p.personId}>
                  {p.name}
                  {participantNote(p, t) && <span className="text-base-dark"> ({participantNote(p, t)})</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {contact.purpose && (
          <>
            <dt>{t('inv.contact.purpose')}</dt>
            <dd>{contact.purpose}</dd>
          </>
        )}
        <dt>{t('inv.contact.safetyCheck')}</dt>
        <dd>
          {safe === 'no' && <span className="usa-tag bg-secondary-dark margin-right-1">{t('inv.contact.concernTag')}</span>}
          {t('inv.contact.childrenSafeAnswer', { answer: t(childrenSafeKey(safe)) })}
          {contact.safetyCheck.concerns && <span className="display-block">{t('inv.contact.concernsLine', { concerns: contact.safetyCheck.concerns })}</span>}
        </dd>
        {contact.notes && (
          <>
            <dt>{t('inv.contact.notes')}</dt>
            <dd className="hearth-narrative">{contact.notes}</dd>
          </>
        )}
        <dt>{t('inv.contact.recordedBy')}</dt>
        <dd>{contact.createdByName}</dd>
      </dl>
      {onEdit && (
        <button
          type="button"
          className="usa-button usa-button--outline"
          disabled={disabled}
          aria-label={t('inv.contact.editNamed', { when })}
          onClick={() => onEdit(contact)}
        >
          {t('inv.contact.edit')}
        </button>
      )}
    </article>
  );
}

function participantNote(p: Contact['participants'][number], t: ReturnType<typeof useI18n>['t']): string {
  return [p.seen ? t('inv.contact.seenShort') : null, p.interviewedPrivately ? t('inv.contact.interviewedShort') : null].filter(Boolean).join(', ');
}
