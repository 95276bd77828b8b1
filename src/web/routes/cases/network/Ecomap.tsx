import type { NetworkMember } from '../../../api/case-network';
import { useI18n } from '../../../i18n/I18nProvider';
import { ecomapLayout, HOUSEHOLD_RADIUS } from './network-layout';

const INK = '#1b1b1b';
const STRESS = '#b50909';

/** A tie drawn as the ecomap's convention has it: thick strong, plain moderate, dashed tenuous, zigzag stressful. */
function Tie({ x1, y1, x2, y2, strength }: { x1: number; y1: number; x2: number; y2: number; strength: NetworkMember['tieStrength'] }) {
  if (strength === 'stressful') {
    const steps = 12;
    const dx = (x2 - x1) / steps;
    const dy = (y2 - y1) / steps;
    const length = Math.hypot(dx, dy) || 1;
    const [nx, ny] = [(-dy / length) * 5, (dx / length) * 5];
    const points = Array.from({ length: steps + 1 }, (_, i) => `${x1 + dx * i + (i % 2 ? nx : -nx)},${y1 + dy * i + (i % 2 ? ny : -ny)}`);
    return <polyline points={points.join(' ')} fill="none" stroke={STRESS} strokeWidth={2} />;
  }
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={INK}
      strokeWidth={strength === 'strong' ? 5 : 2}
      strokeDasharray={strength === 'tenuous' ? '6 5' : strength === null ? '1 4' : undefined}
    />
  );
}

/** ENG-1: the ecomap — the household and its ties to relatives and supports — as SVG. */
export function Ecomap({ members }: { members: NetworkMember[] }) {
  const { t, tc } = useI18n();
  const map = ecomapLayout(members);
  return (
    <figure className="margin-x-0 hearth-diagram" aria-labelledby="ecomap-heading">
      <svg role="img" aria-labelledby="ecomap-title ecomap-desc" viewBox={`0 0 ${map.size} ${map.size}`} width="100%" style={{ maxWidth: map.size }}>
        <title id="ecomap-title">{t('ecomap.heading')}</title>
        <desc id="ecomap-desc">{t('ecomap.description')}</desc>
        {map.nodes.map((node) => {
          const angle = Math.atan2(node.y - map.centre, node.x - map.centre);
          return (
            <Tie
              key={`tie-${node.member.participantId}`}
              x1={map.centre + HOUSEHOLD_RADIUS * Math.cos(angle)}
              y1={map.centre + HOUSEHOLD_RADIUS * Math.sin(angle)}
              x2={node.x - 34 * Math.cos(angle)}
              y2={node.y - 34 * Math.sin(angle)}
              strength={node.member.tieStrength}
            />
          );
        })}
        <circle cx={map.centre} cy={map.centre} r={HOUSEHOLD_RADIUS} fill="#d9e8f6" stroke={INK} strokeWidth={2} />
        <text x={map.centre} y={map.centre - 8 - (map.household.length - 1) * 8} textAnchor="middle" fontSize={14} fontWeight="bold" fill={INK}>
          {t('ecomap.household')}
        </text>
        {map.household.map((m, i) => (
          <text key={m.participantId} x={map.centre} y={map.centre + 10 + i * 16 - (map.household.length - 1) * 8} textAnchor="middle" fontSize={12} fill={INK}>
            {m.firstName}
          </text>
        ))}
        {map.nodes.map((node) => (
          <g key={node.member.participantId}>
            <circle cx={node.x} cy={node.y} r={34} fill="#ffffff" stroke={INK} strokeWidth={1.5} />
            <text x={node.x} y={node.y - 2} textAnchor="middle" fontSize={12} fill={INK}>
              {node.member.firstName}
            </text>
            <text x={node.x} y={node.y + 13} textAnchor="middle" fontSize={10} fill={INK}>
              {node.member.supportKind ? tc('supportKind', node.member.supportKind) : tc('participantRole', node.member.role)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="usa-hint">{t('ecomap.description')}</figcaption>
    </figure>
  );
}
