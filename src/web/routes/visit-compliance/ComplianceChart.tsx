import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { VisitCompliance } from '../../api/visits';
import { chartPoints, standardPercents } from './compliance-model';

/**
 * VIS-4: the two federal measures month by month, drawn by Observable Plot — a line and a symbol per
 * measure (they differ by shape as well as colour) with each standard as a dashed rule. The drawing
 * is hidden from assistive technology; the wrapper says what it shows and the table has every value.
 */
export function ComplianceChart({
  report,
  label,
  measureLabels,
  monthLabel,
}: {
  report: VisitCompliance;
  label: string;
  measureLabels: Record<'monthlyVisits' | 'visitsInResidence', string>;
  monthLabel: (month: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const points = chartPoints(report.byMonth).map((p) => ({ ...p, measure: measureLabels[p.measure] }));
    const rules = standardPercents(report.standards).map((s) => ({ ...s, measure: measureLabels[s.measure] }));
    const domain = [measureLabels.monthlyVisits, measureLabels.visitsInResidence];
    let drawnWidth = -1;
    const draw = () => {
      const width = Math.max(280, Math.floor(node.clientWidth));
      if (width === drawnWidth) return;
      drawnWidth = width;
      const chart = Plot.plot({
        width,
        height: 280,
        marginLeft: 48,
        marginRight: 24,
        marginBottom: 56,
        style: { fontSize: '14px', color: '#1b1b1b' },
        // Month names turn when they would not fit side by side (about 80 px each), so a year of them
        // stays readable on a tablet as on a phone.
        x: { type: 'point', domain: report.months, tickFormat: monthLabel, tickRotate: width / report.months.length < 80 ? -45 : 0, label: null, padding: 0.3 },
        y: { domain: [0, 100], grid: true, label: '%' },
        color: { domain },
        symbol: { domain, legend: true },
        marks: [
          Plot.ruleY(rules, { y: 'percent', stroke: 'measure', strokeDasharray: '4,4' }),
          Plot.lineY(points, { x: 'month', y: 'percent', z: 'measure', stroke: 'measure', strokeWidth: 2 }),
          Plot.dot(points, { x: 'month', y: 'percent', stroke: 'measure', fill: 'measure', symbol: 'measure', r: 5 }),
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
  }, [report, measureLabels, monthLabel]);
  return <div ref={ref} role="img" aria-label={label} className="margin-bottom-3" />;
}
