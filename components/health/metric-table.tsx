import type { DimensionScore } from "@/lib/health";
import { DIMENSION_LABELS } from "@/lib/health";
import { formatMetricTarget, formatMetricValue, formatScore, METRIC_UNITS } from "@/lib/health/format";

/** One dimension's metrics: score, raw value with its unit, target, sample, and the evidence. */
/** `share`: the dimension's share of the overall score (`formatDimensionShare`), not its raw weight. */
export function MetricTable({ dimension, share }: { dimension: DimensionScore; share: string }) {
  const id = `dimension-${dimension.key}`;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="flex flex-wrap items-baseline gap-x-3 text-base font-semibold">
        {DIMENSION_LABELS[dimension.key]}
        <span className="text-sm font-normal text-stone-600">
          score {formatScore(dimension.score)} · weight {share} of the overall score
        </span>
      </h3>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Metrics of {DIMENSION_LABELS[dimension.key]}</caption>
          <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2">Metric</th>
              <th scope="col" className="px-3 py-2 text-right">Score</th>
              <th scope="col" className="px-3 py-2 text-right">Value</th>
              <th scope="col" className="px-3 py-2 text-right">Target</th>
              <th scope="col" className="px-3 py-2 text-right">Sample</th>
              <th scope="col" className="px-3 py-2">Evidence</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {dimension.metrics.map((metric) => (
              <tr key={metric.key} className="align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {metric.label}
                  {metric.provisional && <span className="ml-1.5 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">provisional</span>}
                  <span className="block text-xs font-normal text-stone-500">{METRIC_UNITS[metric.key]?.description}</span>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{formatScore(metric.score)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMetricValue(metric)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMetricTarget(metric)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{metric.sample}</td>
                <td className="px-3 py-2 text-stone-700">{metric.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
