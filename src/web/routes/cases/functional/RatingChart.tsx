import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { type ComparedSection, chartPoints } from './functional-model';

/**
 * One section's ratings across the assessments, drawn by Observable Plot: a line and a symbol per
 * item (so items differ by shape as well as colour), the 0–3 scale upright. The drawing is hidden
 * from assistive technology; the wrapper says what it shows, and the table beside it has every value.
 */
export function RatingChart({ section, dates, label, yLabel }: { section: ComparedSection; dates: string[]; label: string; yLabel: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const points = chartPoints(section);
    const items = section.items.map((i) => i.label);
    let drawnWidth = -1;
    const draw = () => {
      const width = Math.max(280, Math.floor(node.clientWidth));
      if (width === drawnWidth) return;
      drawnWidth = width;
      const chart = Plot.plot({
        width,
        height: 240,
        marginLeft: 48,
        marginRight: 24,
        style: { fontSize: '14px', color: '#1b1b1b' },
        x: { type: 'point', domain: dates.map((_, i) => i), tickFormat: (i: number) => dates[i] ?? '', label: null, padding: 0.3 },
        y: { domain: [0, 3], ticks: [0, 1, 2, 3], grid: true, label: yLabel },
        color: { domain: items },
        symbol: { domain: items, legend: true },
        marks: [
          Plot.lineY(points, { x: 'index', y: 'rating', z: 'item', stroke: 'item', strokeWidth: 2 }),
          Plot.dot(points, { x: 'index', y: 'rating', stroke: 'item', fill: 'item', symbol: 'item', r: 5 }),
        ],
      });
      chart.setAttribute('aria-hidden', 'true');
      node.replaceChildren(chart);
    };
    draw();
    // Redrawn at the container's width, so it fits a tablet held either way.
    const observer = new ResizeObserver(draw);
    observer.observe(node);
    return () => {
      observer.disconnect();
      node.replaceChildren();
    };
  }, [section, dates, yLabel]);
  return <div ref={ref} role="img" aria-label={label} className="hearth-functional-chart margin-bottom-3" />;
}
