import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { contactsQuery, investigationKey } from '../../../api/investigation-endpoints';
import type { Contact } from '../../../api/investigation-types';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChildSeenStatus } from '../overview/ChildSeenStatus';
import { clearInvestigationDraft, readInvestigationDraft } from '../workspace/investigation-drafts';
import { SectionHeading, useWorkspaceInvestigation } from '../workspace/workspace-context';
import { contactFormFromContact, emptyContactForm } from './contact-form-model';
import { CONTACT_DRAFT, type ContactDraft, ContactForm } from './ContactForm';
import { ContactList } from './ContactList';

/**
 * INV-1, INV-2: each alleged victim's face-to-face status, the contact form and every contact so
 * far. A contact being written when the page was refreshed comes back open, as it was.
 */
export function ContactsSection() {
  const investigation = useWorkspaceInvestigation();
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(contactsQuery(investigation.id));
  const [draft, setDraft] = useState<ContactDraft | null>(() => readInvestigationDraft<ContactDraft>(investigation.id, CONTACT_DRAFT));
  // Remounts the form when a conflict reload replaces what it shows.
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const mayRecord = investigation.abilities.record !== false && investigation.status === 'open';

  const open = (next: ContactDraft) => {
    setNotice(false);
    setDraft(next);
    setFormKey((n) => n + 1);
  };
  const startNew = () => open({ target: { mode: 'new', contactId: crypto.randomUUID() }, values: emptyContactForm(new Date(), timeZone) });
  const startEdit = (contact: Contact) =>
    open({ target: { mode: 'edit', contactId: contact.id, version: contact.version }, values: contactFormFromContact(contact, timeZone) });
  const close = () => {
    clearInvestigationDraft(investigation.id, CONTACT_DRAFT);
    setDraft(null);
  };

  const saved = () => {
    setDraft(null);
    setNotice(true);
    // A face-to-face contact can stop a child's response clock: refresh the workspace and the tasks.
    void queryClient.invalidateQueries({ queryKey: investigationKey(investigation.id) });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['my-work'] });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  // A stale edit: read the contact again and show it as it now is (the conflict message said so).
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...contactsQuery(investigation.id), staleTime: 0 });
    const current = draft?.target.mode === 'edit' ? fresh.items.find((c) => c.id === draft.target.contactId) : undefined;
    if (current) startEdit(current);
    else close();
  };

  return (
    <>
      <SectionHeading id="contacts-heading">{t('inv.nav.contacts')}</SectionHeading>
      <p className="margin-top-0">{t('inv.contact.intro')}</p>
      <QueryState query={query}>
        {(data) => (
          <>
            <section aria-labelledby="contacts-children-heading">
              <h3 id="contacts-children-heading">{t('inv.contact.childrenHeading')}</h3>
              <ul className="usa-list--unstyled margin-0 padding-0">
                {data.children.map((child) => (
                  <li key={child.personId} className="margin-bottom-2">
                    <strong className="display-block">{child.name}</strong>
                    <ChildSeenStatus status={child} open={investigation.status === 'open'} />
                  </li>
                ))}
              </ul>
            </section>
            <div ref={noticeRef} tabIndex={-1} role="status">
              {notice && <SuccessAlert>{t('inv.contact.savedNotice')}</SuccessAlert>}
            </div>
            {draft && mayRecord ? (
              <ContactForm key={formKey} investigation={investigation} draft={draft} onSaved={saved} onCancel={close} onReload={() => void reload()} />
            ) : (
              mayRecord && (
                <button type="button" className="usa-button margin-bottom-3" onClick={startNew}>
                  {t('inv.contact.record')}
                </button>
              )
            )}
            <section aria-labelledby="contacts-list-heading">
              <h3 id="contacts-list-heading">{t('inv.contact.listHeading', { count: data.items.length })}</h3>
              <ContactList contacts={data.items} onEdit={mayRecord ? startEdit : null} disabled={draft !== null} />
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
