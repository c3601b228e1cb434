import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { OverviewRow } from "@/lib/health/data";
import { formatChange, formatScore } from "@/lib/health/format";
import type { OverviewQuery, OverviewSort } from "@/lib/health/schema";
import { BandBadge } from "./band-badge";

const COLUMNS: { sort: OverviewSort; label: string; numeric: boolean }[] = [
  { sort: "name", label: "Group", numeric: false },
  { sort: "overall", label: "Overall", numeric: true },
  { sort: "activity", label: "Activity", numeric: true },
  { sort: "richness", label: "Richness", numeric: true },
  { sort: "meetups", label: "Meetups", numeric: true },
  { sort: "projects", label: "Projects", numeric: true },
  { sort: "change30", label: "30-day change", numeric: true },
  { sort: "lastActivity", label: "Last activity", numeric: false },
];

export function overviewHref(query: Partial<OverviewQuery>): string {
  const params = new URLSearchParams();
  if (query.view && query.view !== "all") params.set("view", query.view);
  if (query.band) params.set("band", query.band);
  if (query.sort) params.set("sort", query.sort);
  if (query.dir) params.set("dir", query.dir);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/health?${search}` : "/health";
}

/** Sortable by every column: each header is a link that sorts (and flips the order when already sorted). */
export function OverviewTable({ rows, query, now }: { rows: OverviewRow[]; query: OverviewQuery; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Health of the groups you moderate, sorted by {COLUMNS.find((c) => c.sort === query.sort)?.label}</caption>
        <thead className="bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            {COLUMNS.map((column) => {
              const active = query.sort === column.sort;
              const nextDir = active ? (query.dir === "asc" ? "desc" : "asc") : column.numeric ? "desc" : "asc";
              return (
                <th key={column.sort} scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"} className={`px-3 py-2 ${column.numeric ? "text-right" : "text-left"}`}>
                  <Link href={overviewHref({ ...query, sort: column.sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 hover:text-stone-900">
                    {column.label}
                    <span aria-hidden>{active ? (query.dir === "asc" ? "▲" : "▼") : ""}</span>
                  </Link>
                </th>
              );
            })}
            <th scope="col" className="px-3 py-2 text-left">
              Band
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((row) => (
            <tr key={row.groupId}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/g/${row.group.slug}/health`} className="text-brand-700 hover:underline">
                  {row.group.name}
                </Link>
              </th>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{formatScore(row.overall)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.activity)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.richness)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.meetups)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.projects)}</td>
              <td className={`px-3 py-2 text-right tabular-nums ${row.change30 !== null && row.change30 < 0 ? "text-red-700" : ""}`}>{formatChange(row.change30)}</td>
              <td className="px-3 py-2 text-stone-600">
                <RelativeTime date={row.group.lastActivityAt} now={now} />
              </td>
              <td className="px-3 py-2">
                <BandBadge band={row.band} provisional={row.provisional} prefix="" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
