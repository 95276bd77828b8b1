import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type FamilyNetwork, type NetworkMember, networkQuery } from '../../../api/case-network';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { AddMemberForm } from './AddMemberForm';
import { DiligentSearchPanel } from './DiligentSearchPanel';
import { EditMemberPanel } from './EditMemberPanel';
import { RelativeNoticePanel } from './RelativeNoticePanel';
import { Ecomap } from './Ecomap';
import { Genogram } from './Genogram';
import { ageOn } from './network-layout';

/** ENG-1 and ENG-2 on the case page: the network as a table, genogram and ecomap, and the searches. */
export function FamilyNetworkSection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const query = useQuery(networkQuery(caseId));
  return (
    <section aria-labelledby="network-heading" className="margin-top-4">
      <h2 id="network-heading">{t('network.heading')}</h2>
      <p>{t('network.intro')}</p>
      <QueryState query={query}>{(network) => <Network caseId={caseId} network={network} />}</QueryState>
    </section>
  );
}

function Network({ caseId, network }: { caseId: string; network: FamilyNetwork }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [searching, setSearching] = useState<string | null>(null);
  const [noticing, setNoticing] = useState<string | null>(null);
  const [changing, setChanging] = useState<string | null>(null);
  const changed = network.members.find((m) => m.participantId === changing);
  const searched = network.members.find((m) => m.participantId === searching);
  const noticed = network.members.find((m) => m.participantId === noticing);
  return (
    <>
      {added && <SuccessAlert role="status">{t('network.added', { name: added })}</SuccessAlert>}
      <MembersTable members={network.members} canSearch={network.abilities.edit} onSearch={setSearching} onNotice={setNoticing} onChange={setChanging} />
      {changed && <EditMemberPanel key={changed.participantId} caseId={caseId} member={changed} onClose={() => setChanging(null)} />}
      {searched && <DiligentSearchPanel caseId={caseId} member={searched} onClose={() => setSearching(null)} />}
      {noticed && <RelativeNoticePanel caseId={caseId} member={noticed} onClose={() => setNoticing(null)} />}
      {network.abilities.edit ? (
        adding ? (
          <AddMemberForm
            caseId={caseId}
            members={network.members}
            onAdded={(m) => {
              setAdded(`${m.firstName} ${m.lastName}`);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button
            type="button"
            className="usa-button margin-top-2"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {t('network.add')}
          </button>
        )
      ) : (
        <p className="usa-hint">{t('network.readOnly')}</p>
      )}
      <div className="grid-row grid-gap margin-top-4">
        <div className="desktop:grid-col-7">
          <h3 id="genogram-heading">{t('genogram.heading')}</h3>
          <Genogram network={network} />
        </div>
        <div className="desktop:grid-col-5">
          <h3 id="ecomap-heading">{t('ecomap.heading')}</h3>
          <Ecomap members={network.members} />
        </div>
      </div>
      <button type="button" className="usa-button usa-button--outline hearth-no-print" onClick={() => window.print()}>
        {t('network.print')}
      </button>
    </>
  );
}

/** Adult relatives get a notice after a removal (ENG-2); parents and supports do not. */
const isRelative = (m: NetworkMember) => m.role === 'relative' || m.role === 'other_family';

function MembersTable({
  members,
  canSearch,
  onSearch,
  onNotice,
  onChange,
}: {
  members: NetworkMember[];
  canSearch: boolean;
  onSearch: (id: string) => void;
  onNotice: (id: string) => void;
  onChange: (id: string) => void;
}) {
  const { t, tc, timeZone, formatDate } = useI18n();
  const today = todayInZone(timeZone);
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption>{t('network.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('network.col.name')}</th>
          <th scope="col">{t('network.col.role')}</th>
          <th scope="col">{t('network.col.connection')}</th>
          <th scope="col">{t('network.col.side')}</th>
          <th scope="col">{t('network.col.tie')}</th>
          <th scope="col">{t('network.col.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const age = ageOn(m, today);
          const name = `${m.firstName} ${m.lastName}`;
          return (
            <tr key={m.participantId}>
              <th scope="row" data-label={t('network.col.name')}>
                <Link to="/persons/$personId" params={{ personId: m.personId }}>
                  {name}
                </Link>
                {age !== null && <span className="display-block text-normal">{t('network.age', { age })}</span>}
              </th>
              <td data-label={t('network.col.role')}>{m.supportKind ? tc('supportKind', m.supportKind) : tc('participantRole', m.role)}</td>
              <td data-label={t('network.col.connection')}>{m.connection || '—'}</td>
              <td data-label={t('network.col.side')}>{m.side ? tc('networkSide', m.side) : '—'}</td>
              <td data-label={t('network.col.tie')}>{m.tieStrength ? tc('tieStrength', m.tieStrength) : '—'}</td>
              <td data-label={t('network.col.notes')}>
                <ul className="usa-list usa-list--unstyled">
                  {m.livesInHome && <li>{t('network.livesInHome')}</li>}
                  {m.placementResource && <li>{t('network.placementResource')}</li>}
                  {m.safetyMonitor && <li>{t('network.safetyMonitor')}</li>}
                  {m.deceased && <li>{t('network.deceased')}</li>}
                  {m.whereaboutsUnknown && <li className="text-bold">{t('network.whereaboutsUnknown')}</li>}
                  {m.relativeNoticeOn && <li>{t('network.noticeOn', { date: formatDate(m.relativeNoticeOn) })}</li>}
                </ul>
                {isRelative(m) && !m.deceased && (
                  <button type="button" className="usa-button usa-button--unstyled display-block" onClick={() => onNotice(m.participantId)}>
                    {t('notice.open')}
                    <span className="usa-sr-only">: {name}</span>
                  </button>
                )}
                {canSearch && (
                  <button type="button" className="usa-button usa-button--unstyled display-block" onClick={() => onChange(m.participantId)}>
                    {t('network.edit')}
                    <span className="usa-sr-only">: {name}</span>
                  </button>
                )}
                {canSearch && (m.whereaboutsUnknown || m.lastSearchedOn) && (
                  <button type="button" className="usa-button usa-button--unstyled" onClick={() => onSearch(m.participantId)}>
                    {t('network.markFound')}
                    <span className="usa-sr-only">: {name}</span>
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
