import { BAND_LABELS, BAND_THRESHOLDS } from "@/lib/health";
import { describeTrend, formatScoreTenths } from "@/lib/health/format";
import type { HistoryPoint } from "@/lib/health/snapshots";

/**
 * Overall and dimension scores over time, as an accessible SVG line chart: a title and a
 * description for screen readers, labelled axes, series told apart by dash pattern as well as
 * colour, and the same data as a table below it.
 */
const SERIES = [
  { key: "overall", label: "Overall", color: "#0f766e", dash: "", width: 3 },
  { key: "activity", label: "Sustained activity", color: "#2563eb", dash: "6 3", width: 1.75 },
  { key: "richness", label: "Content richness", color: "#9333ea", dash: "2 3", width: 1.75 },
  { key: "meetups", label: "Offline meetups", color: "#c2410c", dash: "8 3 2 3", width: 1.75 },
  { key: "projects", label: "Collaborative projects", color: "#4d7c0f", dash: "1 2", width: 1.75 },
] as const;

/**
 * The chart's geometry. The SVG scales to its box, text included: drawn 720 wide, a phone's
 * 343 px would shrink 11-unit labels to 5 px. So phones get a chart drawn about as wide as their
 * screen (three day labels, not five), which keeps labels near their drawn size, a medium one
 * (four) from the `sm` breakpoint, and the wide one from `md` up. The others are `display: none`,
 * hidden from screen readers too.
 */
interface ChartLayout {
  id: string;
  width: number;
  height: number;
  /** The right padding holds the band names (and half of the last day label, centred on its point). */
  pad: { top: number; right: number; bottom: number; left: number };
  ticks: number;
  bandFontSize: number;
  className: string;
}
const LAYOUTS: ChartLayout[] = [
  { id: "narrow", width: 340, height: 240, pad: { top: 16, right: 96, bottom: 40, left: 40 }, ticks: 3, bandFontSize: 11, className: "max-w-md sm:hidden" },
  // Small tablets (640–767 px): the wide one would shrink its 10-unit labels to 8 px there.
  { id: "medium", width: 560, height: 250, pad: { top: 16, right: 100, bottom: 40, left: 44 }, ticks: 4, bandFontSize: 10, className: "hidden sm:block md:hidden" },
  { id: "wide", width: 720, height: 260, pad: { top: 16, right: 100, bottom: 40, left: 44 }, ticks: 5, bandFontSize: 10, className: "hidden md:block" },
];
/** Up to this many days, every point gets a marker: a line of one or a few points is hard or impossible to see. */
const MARK_POINTS_UP_TO = 14;
/** Grid lines at the band thresholds, so the chart reads in bands as the badge does; 0 and 100 bound the axis. */
const GRID = [0, BAND_THRESHOLDS.needsAttention, BAND_THRESHOLDS.healthy, BAND_THRESHOLDS.thriving, 100];
/** Each band named beside the plot, halfway between its bounds. */
const BANDS = [
  { from: BAND_THRESHOLDS.thriving, to: 100, label: BAND_LABELS.thriving },
  { from: BAND_THRESHOLDS.healthy, to: BAND_THRESHOLDS.thriving, label: BAND_LABELS.healthy },
  { from: BAND_THRESHOLDS.needsAttention, to: BAND_THRESHOLDS.healthy, label: BAND_LABELS["needs-attention"] },
  { from: 0, to: BAND_THRESHOLDS.needsAttention, label: BAND_LABELS.dormant },
];
const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function ChartSvg({ points, title, description, layout }: { points: HistoryPoint[]; title: string; description: string; layout: ChartLayout }) {
  const { width: WIDTH, height: HEIGHT, pad: PAD } = layout;
  const first = points[0]!.day.getTime();
  const last = points.at(-1)!.day.getTime();
  const span = Math.max(last - first, 24 * 3600 * 1000);
  // A single day sits in the middle of the chart, not on its left edge.
  const x = (day: Date) => (points.length === 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + ((day.getTime() - first) / span) * (WIDTH - PAD.left - PAD.right));
  const y = (score: number) => PAD.top + (1 - score / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: layout.ticks }, (_, i) => points[Math.round((i * (points.length - 1)) / (layout.ticks - 1))]!).filter((p, i, all) => all.indexOf(p) === i);
  const titleId = `trend-title-${layout.id}`;
  const descId = `trend-desc-${layout.id}`;

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={`h-auto w-full ${layout.className}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {GRID.map((score) => (
        <g key={score}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} stroke="#e7e5e4" strokeDasharray={score > 0 && score < 100 ? "4 4" : undefined} />
          <text x={PAD.left - 8} y={y(score) + 4} textAnchor="end" fontSize="11" fill="#57534e">
            {score}
          </text>
        </g>
      ))}
      {/* Outside the plot, in a quieter grey: to read the bands by, not to compete with the data. */}
      {BANDS.map((band) => (
        <text key={band.label} x={WIDTH - PAD.right + 8} y={y((band.from + band.to) / 2) + 4} fontSize={layout.bandFontSize} fill="#78716c">
          {band.label}
        </text>
      ))}
      {ticks.map((point) => (
        <text key={point.day.getTime()} x={x(point.day)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" fontSize="11" fill="#57534e">
          {dayLabel.format(point.day)}
        </text>
      ))}
      <text x={12} y={PAD.top + (HEIGHT - PAD.top - PAD.bottom) / 2} fontSize="11" fill="#44403c" transform={`rotate(-90 12 ${PAD.top + (HEIGHT - PAD.top - PAD.bottom) / 2})`} textAnchor="middle">
        Score (0–100)
      </text>
      <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 6} fontSize="11" fill="#44403c" textAnchor="middle">
        Day (UTC)
      </text>
      {SERIES.map((series) => (
        <polyline
          key={series.key}
          fill="none"
          stroke={series.color}
          strokeWidth={series.width}
          strokeDasharray={series.dash || undefined}
          strokeLinejoin="round"
          points={points.map((p) => `${x(p.day).toFixed(1)},${y(p[series.key]).toFixed(1)}`).join(" ")}
        />
      ))}
      {points.length <= MARK_POINTS_UP_TO &&
        SERIES.map((series) =>
          points.map((p) => <circle key={`${series.key}-${p.day.getTime()}`} cx={x(p.day)} cy={y(p[series.key])} r={series.key === "overall" ? 4 : 3} fill={series.color} />),
        )}
    </svg>
  );
}

export function TrendChart({ points, title = "Health over the last 90 days" }: { points: HistoryPoint[]; title?: string }) {
  if (points.length === 0) return <p className="text-sm text-stone-600">No history yet: the first daily snapshot is taken within a day.</p>;
  const description = describeTrend(points);

  return (
    // Named by the chart's title: the caption holds only the legend.
    <figure aria-label={title} className="space-y-3">
      {LAYOUTS.map((layout) => (
        <ChartSvg key={layout.id} points={points} title={title} description={description} layout={layout} />
      ))}
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700" aria-label="Legend">
          {SERIES.map((series) => (
            <li key={series.key} className="flex items-center gap-1.5">
              <svg width="28" height="8" aria-hidden="true">
                <line x1="0" x2="28" y1="4" y2="4" stroke={series.color} strokeWidth={series.width} strokeDasharray={series.dash || undefined} />
              </svg>
              {series.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Show the trend as a table</summary>
        {/* Ninety rows scroll in a box a screen high (its header stays on top): the box is a
            keyboard stop, a region named after the chart, so it scrolls without a mouse. On a phone
            it scrolls sideways too, its shadows saying so; a day never wraps. */}
        <div tabIndex={0} role="region" aria-label={`${title}: daily scores`} className="scroll-shadows mt-2 max-h-80 overflow-auto rounded border border-stone-200">
          <table className="w-full text-right text-xs">
            <caption className="sr-only">{title}: daily scores</caption>
            <thead className="sticky top-0 bg-stone-100">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">Day</th>
                {SERIES.map((series) => (
                  <th key={series.key} scope="col" className="px-2 py-1">
                    {series.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.day.getTime()} className="odd:bg-white even:bg-stone-50">
                  <th scope="row" className="px-2 py-0.5 text-left font-normal whitespace-nowrap">
                    {point.day.toISOString().slice(0, 10)}
                  </th>
                  {SERIES.map((series) => (
                    <td key={series.key} className="px-2 py-0.5">
                      {formatScoreTenths(point[series.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
