import type { Investigation } from '../../../api/types';
import { FieldsetShell } from '../../../components/fields/FieldShell';
import { useI18n } from '../../../i18n/I18nProvider';
import { type ParticipantChoice, toggleParticipant } from './contact-form-model';

type Person = Investigation['household'][number];

const parts: { part: keyof ParticipantChoice; label: 'inv.contact.tookPart' | 'inv.contact.seen' | 'inv.contact.interviewedPrivately' }[] = [
  { part: 'present', label: 'inv.contact.tookPart' },
  { part: 'seen', label: 'inv.contact.seen' },
  { part: 'interviewedPrivately', label: 'inv.contact.interviewedPrivately' },
];

/**
 * "Who was there": one row per person on the report, each a small fieldset named after the person
 * so a screen reader says whose "Seen" box it is. Children are marked, since seeing each of them
 * face to face is what stops their response clock (INV-1).
 */
export function ParticipantsFieldset({
  people,
  choices,
  firstId,
  error,
  required,
  onChange,
}: {
  people: Person[];
  choices: Record<string, ParticipantChoice>;
  firstId: string;
  error?: string;
  required: boolean;
  onChange: (choices: Record<string, ParticipantChoice>) => void;
}) {
  const { t, tc } = useI18n();
  return (
    <FieldsetShell id="contact-participants" legend={t('inv.contact.participants')} hint={t('inv.contact.participantsHint')} error={error} required={required}>
      {people.map((person, index) => {
        const choice = choices[person.personId];
        const name = `${person.firstName} ${person.lastName}`;
        return (
          <fieldset key={person.personId} className="usa-fieldset hearth-participant">
            <legend className="text-bold">
              {name}
              <span className="text-normal"> · {tc('participantRole', person.role)}</span>
              {person.isChild && <span className="usa-tag bg-primary-dark margin-left-1">{t('inv.household.childTag')}</span>}
            </legend>
            {parts.map(({ part, label }) => {
              const id = index === 0 && part === 'present' ? firstId : `contact-participant-${person.personId}-${part}`;
              return (
                <div className="usa-checkbox" key={part}>
                  <input
                    className="usa-checkbox__input"
                    id={id}
                    type="checkbox"
                    checked={choice?.[part] ?? false}
                    onChange={(event) => onChange({ ...choices, [person.personId]: toggleParticipant(choice, part, event.target.checked) })}
                  />
                  <label className="usa-checkbox__label" htmlFor={id}>
                    {t(label)}
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </FieldsetShell>
  );
}
