import type { FamilyNetwork } from '../../../api/case-network';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { ageOn, type GenogramNode, genogramLayout, NODE_SIZE } from './network-layout';

const INK = '#1b1b1b';
const HOME_FILL = '#d9e8f6';

function PersonSymbol({ node }: { node: GenogramNode }) {
  const { x, y, shape, member } = node;
  const half = NODE_SIZE / 2;
  const common = {
    fill: member.livesInHome ? HOME_FILL : '#ffffff',
    stroke: INK,
    strokeWidth: 2,
    strokeDasharray: member.whereaboutsUnknown ? '5 4' : undefined,
  };
  return (
    <>
      {shape === 'square' && <rect x={x - half} y={y - half} width={NODE_SIZE} height={NODE_SIZE} {...common} />}
      {shape === 'circle' && <circle cx={x} cy={y} r={half} {...common} />}
      {shape === 'diamond' && <polygon points={`${x},${y - half} ${x + half},${y} ${x},${y + half} ${x - half},${y}`} {...common} />}
      {member.deceased && (
        <path d={`M${x - half} ${y - half} L${x + half} ${y + half} M${x + half} ${y - half} L${x - half} ${y + half}`} stroke={INK} strokeWidth={2} />
      )}
    </>
  );
}

/**
 * ENG-1: the family's genogram as SVG — generations, sex, deceased, whereabouts unknown, the
 * household shaded, a line from each parent to each child. The network table is its text alternative.
 */
export function Genogram({ network }: { network: FamilyNetwork }) {
  const { t, timeZone } = useI18n();
  const today = todayInZone(timeZone);
  const layout = genogramLayout(network.members, network.relationships, today);
  if (layout.nodes.length === 0) return <p>{t('genogram.empty')}</p>;
  return (
    <figure className="margin-x-0 hearth-diagram" aria-labelledby="genogram-heading">
      <svg
        role="img"
        aria-labelledby="genogram-title genogram-desc"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        style={{ maxWidth: layout.width }}
        className="hearth-diagram__svg"
      >
        <title id="genogram-title">{t('genogram.heading')}</title>
        <desc id="genogram-desc">{t('genogram.description')}</desc>
        {layout.lines.map((line) =>
          line.kind === 'parent' ? (
            <path
              key={`${line.from}-${line.to}`}
              d={`M${line.x1} ${line.y1} V${(line.y1 + line.y2) / 2} H${line.x2} V${line.y2}`}
              fill="none"
              stroke={INK}
              strokeWidth={1.5}
            />
          ) : (
            <line
              key={`${line.from}-${line.to}`}
              x1={line.x1}
              y1={line.y1}
              x2={line.x2}
              y2={line.y2}
              stroke={INK}
              strokeWidth={1.5}
              strokeDasharray={line.kind === 'sibling' ? '2 3' : undefined}
            />
          ),
        )}
        {layout.nodes.map((node) => {
          const age = ageOn(node.member, today);
          return (
            <g key={node.member.personId}>
              <PersonSymbol node={node} />
              <text x={node.x} y={node.y + NODE_SIZE / 2 + 16} textAnchor="middle" fontSize={13} fill={INK}>
                {`${node.member.firstName} ${node.member.lastName}`}
              </text>
              {age !== null && (
                <text x={node.x} y={node.y + 5} textAnchor="middle" fontSize={13} fill={INK}>
                  {age}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="usa-hint">{t('genogram.description')}</figcaption>
    </figure>
  );
}
