import type { DimensionScore, MetricScore } from "@/lib/health";
import { DIMENSION_LABELS } from "@/lib/health";
import { formatMetricTarget, formatMetricValue, formatScore, METRIC_UNITS } from "@/lib/health/format";
import { SidewaysScroll } from "@/components/ui/sideways-scroll";

/** The numbers of a metric, in the table's column order and the card's list order. */
const NUMBERS: { label: string; format: (metric: MetricScore) => string }[] = [
  { label: "Score", format: (metric) => formatScore(metric.score) },
  { label: "Value", format: formatMetricValue },
  { label: "Target", format: formatMetricTarget },
  { label: "Sample", format: (metric) => String(metric.sample) },
];

function MetricName({ metric }: { metric: MetricScore }) {
  return (
    <>
      {/* Spaces in the text, not only margins: read aloud it is "Follow-through provisional …". */}
      {metric.label}
      {metric.provisional && (
        <>
          {" "}
          <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">provisional</span>
        </>
      )}{" "}
      <span className="block text-xs font-normal text-stone-500">{METRIC_UNITS[metric.key]?.description}</span>
    </>
  );
}

/**
 * One dimension's metrics: score, raw value with its unit, target, sample, and the evidence.
 * `share`: the dimension's share of the overall score (`formatDimensionShare`), not its raw weight.
 *
 * A table from the `sm` breakpoint up; below it, where six columns would push the evidence off
 * a phone's screen, one card per metric with the evidence at full width. The layout not in use
 * is `display: none`, so screen readers meet the metrics once.
 */
export function MetricTable({ dimension, share }: { dimension: DimensionScore; share: string }) {
  const id = `dimension-${dimension.key}`;
  const name = `Metrics of ${DIMENSION_LABELS[dimension.key]}`;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="flex flex-wrap items-baseline gap-x-3 text-base font-semibold">
        {DIMENSION_LABELS[dimension.key]}
        <span className="text-sm font-normal text-stone-600">
          score {formatScore(dimension.score)} · weight {share} of the overall score
        </span>
      </h3>
      <ul aria-label={name} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm sm:hidden">
        {dimension.metrics.map((metric) => (
          <li key={metric.key} className="space-y-2 p-3">
            <h4 className="font-medium">
              <MetricName metric={metric} />
            </h4>
            {/* Sized to their content and wrapping: values such as "29.8 / week" do not break. */}
            <dl className="flex flex-wrap gap-x-6 gap-y-2">
              {NUMBERS.map(({ label, format }) => (
                <div key={label}>
                  <dt className="text-xs uppercase tracking-wide text-stone-600">{label}</dt>
                  <dd className="tabular-nums">{format(metric)}</dd>
                </div>
              ))}
            </dl>
            <p className="text-stone-700">{metric.explanation}</p>
          </li>
        ))}
      </ul>
      <SidewaysScroll className="scroll-shadows hidden rounded-lg border border-stone-200 sm:block">
        <table className="w-full text-sm">
          <caption className="sr-only">{name}</caption>
          <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2">Metric</th>
              {NUMBERS.map(({ label }) => (
                <th key={label} scope="col" className="px-3 py-2 text-right">
                  {label}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">Evidence</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {dimension.metrics.map((metric) => (
              <tr key={metric.key} className="align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <MetricName metric={metric} />
                </th>
                {NUMBERS.map(({ label, format }) => (
                  <td key={label} className="px-3 py-2 text-right tabular-nums">
                    {format(metric)}
                  </td>
                ))}
                <td className="px-3 py-2 text-stone-700">{metric.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </SidewaysScroll>
    </section>
  );
}
