import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { AdviceList } from "@/components/health/advice-list";
import { BandBadge } from "@/components/health/band-badge";
import { MetricTable } from "@/components/health/metric-table";
import { TrendChart } from "@/components/health/trend-chart";
import { RelativeTime } from "@/components/ui/relative-time";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { DIMENSION_LABELS } from "@/lib/health";
import { seesMemberEvidence } from "@/lib/health/advice";
import { movedDrivers } from "@/lib/health/drivers";
import { groupHealthAccess, loadGroupHealthDashboard } from "@/lib/health/data";
import { changeDirection, formatChange, formatDimensionShare, formatScore, isWeightReduced, NEW_GROUP_DAYS, tooEarlyToTell } from "@/lib/health/format";
import { groupPageMetadata } from "@/lib/page-titles";
import { pathWithQuery, signInPath } from "@/lib/auth/paths";

export const generateMetadata = groupPageMetadata("Group health");

/** A driver's points in the colour of the way they print: "0.0 pts" is neither red nor green. */
const DIRECTION_COLOURS = { decline: "text-red-700", rise: "text-emerald-700", steady: "text-stone-700" } as const;

export default async function GroupHealthPage({ params, searchParams }: PageProps<"/g/[slug]/health">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  // Owners, moderators and site admins only: per-member evidence never leaves this page.
  const access = groupHealthAccess(loaded, loaded?.viewer ?? null);
  if (!loaded || access === "not-found") notFound();
  if (access === "sign-in") redirect(signInPath(pathWithQuery(`/g/${loaded.group.slug}/health`, await searchParams)));
  if (access === "forbidden") forbidden();
  const now = new Date();
  const dashboard = await loadGroupHealthDashboard(loaded.group, { memberEvidence: seesMemberEvidence(loaded.actor) }, now);
  if (!dashboard) notFound();
  const { report, refreshing, updatePending, previous, change30, history, advice } = dashboard;
  // A change that prints as "0.0" is no driver: a dormant group would list three "Unchanged".
  const drivers = movedDrivers(dashboard.drivers);

  return (
    <div className="space-y-10">
      <section aria-labelledby="health-heading" className="flex flex-wrap items-end justify-between gap-6">
        <div className="space-y-2">
          <h2 id="health-heading" className="text-lg font-semibold">
            Group health
          </h2>
          <p className="flex flex-wrap items-baseline gap-3">
            {/* Named in words, for everyone: a bare "72" tells a screen reader (and a newcomer) nothing. */}
            <span>
              <span className="text-sm font-medium text-stone-600">Overall score</span>{" "}
              <span className="text-5xl font-semibold tabular-nums">
                {formatScore(report.overall)}
                <span className="sr-only"> out of 100</span>
              </span>
            </span>
            <BandBadge band={report.band} provisional={report.provisional} prefix="" />
            <span className="text-sm text-stone-600">
              {change30 === null ? "no score 30 days ago to compare with" : `${formatChange(change30)} since 30 days ago`}
            </span>
          </p>
          {report.provisional && <p className="text-sm text-amber-800">Provisional: fewer than 5 qualifying messages in the last 30 days, so the evidence is thin.</p>}
          {/* What the members see instead of this band, said here so that the two pages agree. */}
          {tooEarlyToTell(report.provisional, loaded.group.createdAt, now) && (
            <p className="text-sm text-stone-600">The group is under {NEW_GROUP_DAYS} days old: on the group&apos;s page, its members read &ldquo;too early to tell&rdquo; rather than this band.</p>
          )}
          <p className="text-xs text-stone-500">
            Computed <RelativeTime date={report.computedAt} now={now} /> from the last 30 days of discussion and 90 days of meetups and projects.
          </p>
          {/* The stored review is not current: shown at once rather than computed in the request (decision 003). */}
          {refreshing && (
            <p role="status" className="text-sm text-stone-700">
              Not up to date: a newer review is being computed; reload in a minute to see it.
            </p>
          )}
          {/* Activity since this review: the recompute job takes it within minutes (the advice below already counts it). */}
          {updatePending && (
            <p role="status" className="text-sm text-stone-700">
              There has been activity since: the scores update within a few minutes.
            </p>
          )}
        </div>
        <p className="flex gap-4 text-sm">
          {/* A file, not a page: a plain link, which Next.js does not prefetch. */}
          <a href={`/g/${slug}/health/history.csv`} className="text-brand-700 hover:underline" download>
            Download 90-day history (CSV)
          </a>
          <Link href="/health" className="text-brand-700 hover:underline">
            {/* A site admin's overview lists every group, not only those they run. */}
            {loaded.actor.isSiteAdmin ? "All groups' health" : "All my groups"}
          </Link>
        </p>
      </section>

      <section aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading" className="mb-3 text-lg font-semibold">
          Dimensions
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {report.dimensions.map((dimension) => (
            <li key={dimension.key} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm text-stone-600">{DIMENSION_LABELS[dimension.key]}</p>
              <p className="text-3xl font-semibold tabular-nums">{formatScore(dimension.score)}</p>
              <p className="text-xs text-stone-500">
                weight {formatDimensionShare(dimension, report.dimensions)} of the overall score
                {isWeightReduced(dimension) && " (reduced while the group is under 90 days old)"}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading" className="mb-3 text-lg font-semibold">
          Trend
        </h2>
        <TrendChart points={history} />
      </section>

      <section aria-labelledby="drivers-heading">
        <h2 id="drivers-heading" className="mb-3 text-lg font-semibold">
          What changed in 30 days
        </h2>
        {!previous ? (
          <p className="text-sm text-stone-600">No earlier score to compare with yet.</p>
        ) : drivers.length === 0 ? (
          <p className="text-sm text-stone-600">No metric moved in 30 days.</p>
        ) : (
          <ol className="space-y-2">
            {drivers.map((driver) => (
              <li key={`${driver.dimension}-${driver.key}`} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
                <span className={`mr-2 font-semibold tabular-nums ${DIRECTION_COLOURS[changeDirection(driver.delta)]}`}>
                  {formatChange(driver.delta)} pts
                </span>{" "}
                <span className="font-medium">{driver.label}</span> <span className="text-stone-500">({DIMENSION_LABELS[driver.dimension]})</span>
                <p className="mt-1 text-stone-700">{driver.explanation}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="advice-heading">
        <h2 id="advice-heading" className="mb-3 text-lg font-semibold">
          Recommendations
        </h2>
        <AdviceList
          advice={advice}
          lang={loaded.group.language}
          canStartProjects={can(loaded.actor, "participate", loaded.group)}
          // What t/new accepts: members who may post, and whoever may join (it offers to join first).
          canStartThreads={can(loaded.actor, "participate", loaded.group) || can(loaded.actor, "join", loaded.group)}
        />
      </section>

      <section aria-labelledby="metrics-heading" className="space-y-6">
        <h2 id="metrics-heading" className="text-lg font-semibold">
          Every metric
        </h2>
        {report.dimensions.map((dimension) => (
          <MetricTable key={dimension.key} dimension={dimension} share={formatDimensionShare(dimension, report.dimensions)} />
        ))}
      </section>
    </div>
  );
}
