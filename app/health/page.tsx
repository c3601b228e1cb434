import type { Metadata } from "next";
import { FilterLink } from "@/components/ui/filter-link";
import { forbidden, notFound, redirect } from "next/navigation";
import { overviewHref, OverviewTable } from "@/components/health/overview-table";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { getViewer } from "@/lib/auth/session";
import { BAND_LABELS } from "@/lib/health";
import { listHealthOverview, overviewAccess, OVERVIEW_PAGE_SIZE } from "@/lib/health/data";
import { overviewEmptyState } from "@/lib/health/overview-empty";
import { BANDS, overviewQuerySchema } from "@/lib/health/schema";
import { EmptyState } from "@/components/ui/empty-state";
import { pageExists } from "@/lib/pagination";
import { pathWithQuery, signInPath } from "@/lib/auth/paths";

export const metadata: Metadata = { title: "Group health" };

export default async function HealthOverviewPage({ searchParams }: PageProps<"/health">) {
  const viewer = await getViewer();
  const search = await searchParams;
  if (!viewer) redirect(signInPath(pathWithQuery("/health", search)));
  if ((await overviewAccess(viewer)) !== "ok") forbidden();
  const query = overviewQuerySchema.parse(search);
  const { rows, total } = await listHealthOverview(viewer, query);
  const empty = total === 0 ? overviewEmptyState(query) : null;
  if (!pageExists(query.page, total, OVERVIEW_PAGE_SIZE)) notFound();
  const now = new Date();
  const exportParams = new URLSearchParams(overviewHref({ ...query, page: 1 }).split("?")[1] ?? "");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Group health</h1>
          <p className="text-sm text-stone-600">
            {viewer.isSiteAdmin ? "Every group on Toile (you are a site admin)." : "The groups you own or moderate."} Scores refresh within minutes of activity.
          </p>
        </div>
        {/* A file, not a page: a plain link, which Next.js does not prefetch. */}
        <a href={`/health/export.csv${exportParams.size ? `?${exportParams}` : ""}`} className="text-sm font-medium text-brand-700 hover:underline" download>
          Download as CSV
        </a>
      </div>

      <SearchForm action="/health" id="health-search" label="Find a group by name or topic" value={query.q} keep={{ view: query.view === "all" ? undefined : query.view, band: query.band, sort: query.sort, dir: query.dir }} />
      <nav aria-label="Views" className="flex flex-wrap gap-2 text-sm">
        <FilterLink href={overviewHref({ q: query.q, band: query.band })} current={query.view === "all"}>
          All groups
        </FilterLink>
        <FilterLink href={overviewHref({ q: query.q, view: "declines", band: query.band })} current={query.view === "declines"}>
          Biggest declines
        </FilterLink>
      </nav>
      <nav aria-label="Filter by band" className="flex flex-wrap gap-2 text-sm">
        <FilterLink href={overviewHref({ ...query, band: undefined, page: 1 })} current={!query.band}>
          Any band
        </FilterLink>
        {BANDS.map((band) => (
          <FilterLink key={band} href={overviewHref({ ...query, band, page: 1 })} current={query.band === band}>
            {BAND_LABELS[band]}
          </FilterLink>
        ))}
      </nav>

      <div className="text-sm text-stone-600" aria-live="polite">
        {total === 0 && empty ? (
          // An empty list as everywhere (decision 041): what is missing, what to try, the way back.
          <EmptyState title={empty.title} action={{ href: "/health", label: "See every group" }}>
            {empty.hint}
          </EmptyState>
        ) : (
          <p>{`${total.toLocaleString("en")} ${total === 1 ? "group" : "groups"}${query.q ? ` matching “${query.q}”` : ""}`}</p>
        )}
      </div>
      {rows.length > 0 && <OverviewTable rows={rows} query={query} now={now} allGroups={viewer.isSiteAdmin} />}
      <Pagination
        page={query.page}
        pageSize={OVERVIEW_PAGE_SIZE}
        total={total}
        basePath="/health"
        params={{ q: query.q, view: query.view === "all" ? undefined : query.view, band: query.band, sort: query.sort, dir: query.dir }}
      />
    </div>
  );
}
