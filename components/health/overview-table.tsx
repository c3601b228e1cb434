import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { OverviewRow } from "@/lib/health/data";
import { changeDirection, formatChange, formatScore } from "@/lib/health/format";
import { firstDirection, type OverviewQuery, type OverviewSort } from "@/lib/health/schema";
import { BandBadge } from "./band-badge";
import { SidewaysScroll } from "@/components/ui/sideways-scroll";

/** `numeric`: right-aligned. The first click's order is `firstDirection`'s. */
const COLUMNS: { sort: OverviewSort; label: string; numeric: boolean }[] = [
  { sort: "name", label: "Group", numeric: false },
  { sort: "overall", label: "Overall", numeric: true },
  // Beside the overall score, so that a phone shows it without scrolling sideways. Sorted by the
  // bands' order (Thriving → Dormant when descending), not alphabetically.
  { sort: "band", label: "Band", numeric: true },
  { sort: "activity", label: "Activity", numeric: true },
  { sort: "richness", label: "Richness", numeric: true },
  { sort: "meetups", label: "Meetups", numeric: true },
  { sort: "projects", label: "Projects", numeric: true },
  { sort: "change30", label: "30-day change", numeric: true },
  // Group.lastActivityAt: posts, meetups scheduled, check-ins, projects and their updates (decision 017).
  { sort: "lastActivity", label: "Last activity", numeric: false },
];

export function overviewHref(query: Partial<OverviewQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.view && query.view !== "all") params.set("view", query.view);
  if (query.band) params.set("band", query.band);
  if (query.sort) params.set("sort", query.sort);
  if (query.dir) params.set("dir", query.dir);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/health?${search}` : "/health";
}

/** A column header's link: sorts by the column, in its first direction, or flips the order when already sorted by it. */
export function sortHref(query: OverviewQuery, sort: OverviewSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : firstDirection(sort, query.view);
  return overviewHref({ ...query, sort, dir, page: 1 });
}

/** Sortable by every column: each header is a link that sorts (and flips the order when already sorted). */
export function OverviewTable({ rows, query, now, allGroups }: { rows: OverviewRow[]; query: OverviewQuery; now: Date; /** A site admin's view. */ allGroups: boolean }) {
  return (
    <>
      {/* Nine columns do not fit a phone or a tablet: say that the rest is to the right. */}
      <p className="mb-1 text-xs text-stone-500 lg:hidden">
        The table scrolls sideways: the dimensions, the 30-day change and the last activity are to the right.
      </p>
      <SidewaysScroll className="scroll-shadows rounded-lg border border-stone-200">
        <table className="w-full text-sm [&_td]:px-2 [&_th]:px-2">
          <caption className="sr-only">{allGroups ? "Health of every group" : "Health of the groups you moderate"}, sorted by {COLUMNS.find((c) => c.sort === query.sort)?.label}</caption>
          <thead className="bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
            <tr>
              {COLUMNS.map((column) => {
                const active = query.sort === column.sort;
                return (
                  <th key={column.sort} scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"} className={`px-3 py-2 ${column.numeric && column.sort !== "band" ? "text-right" : "text-left"}`}>
                    {/* 24 px tall to tap (WCAG 2.5.8), into the cell's padding: the row keeps its height. */}
                    <Link href={sortHref(query, column.sort)} className="-my-1 inline-flex min-h-6 items-center gap-0.5 hover:text-stone-900">
                      {column.label}
                      {/* Every column sorts, so each shows a mark: ▲/▼ on the sorted one, ↕ on the
                          others. Seen only: aria-sort (on the sorted one) says it to screen readers. */}
                      <span aria-hidden>{active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {rows.map((row) => (
              <tr key={row.groupId}>
                {/* Wide enough for a two-word name on one line, beside eight columns of numbers (a
                    little narrower on a phone, where the band must fit beside the score). */}
                <th scope="row" className="min-w-28 px-3 py-2 text-left font-medium sm:min-w-40">
                  <Link href={`/g/${row.group.slug}/health`} lang={row.group.language} className="text-brand-700 hover:underline">
                    {row.group.name}
                  </Link>
                </th>
                {row.health ? (
                  <>
                    <td className="px-3 py-2 text-right font-semibold tabular-nums">{formatScore(row.health.overall)}</td>
                    <td className="px-3 py-2">
                      {/* On a phone the band and "(provisional)" may take two lines, to fit beside the
                          score; on a wide screen, where the table has the room, one. */}
                      <BandBadge band={row.health.band} provisional={row.health.provisional} prefix="" className="flex-wrap rounded-xl lg:flex-nowrap lg:rounded-full" />
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.health.activity)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.health.richness)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.health.meetups)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.health.projects)}</td>
                    {/* Red only for what prints as a loss: −0.03 prints "0.0", which is no decline. */}
                    <td className={`px-3 py-2 text-right tabular-nums ${changeDirection(row.health.change30) === "decline" ? "text-red-700" : ""}`}>{formatChange(row.health.change30)}</td>
                  </>
                ) : (
                  <>
                    <td className="px-3 py-2 text-right text-stone-500">—</td>
                    <td className="px-3 py-2 text-xs text-stone-500">Not scored yet (within minutes)</td>
                    {["activity", "richness", "meetups", "projects", "change30"].map((key) => (
                      <td key={key} className="px-3 py-2 text-right text-stone-500">
                        —
                      </td>
                    ))}
                  </>
                )}
                <td className="px-3 py-2 text-stone-600">
                  <RelativeTime date={row.group.lastActivityAt} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </SidewaysScroll>
    </>
  );
}
