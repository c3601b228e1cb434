/** CSV exports of the health pages (RFC 4180, via csv-stringify): same numbers as the pages show. */
import { stringify } from "csv-stringify/sync";
import type { OverviewRow } from "./data";
import type { HistoryPoint } from "./snapshots";

const round = (value: number) => Math.round(value * 10) / 10;

export const OVERVIEW_COLUMNS = ["group", "slug", "overall", "band", "provisional", "activity", "richness", "meetups", "projects", "change_30d", "last_activity", "computed_at"] as const;

export function overviewCsv(rows: OverviewRow[]): string {
  return stringify(
    rows.map((row) => [
      row.group.name,
      row.group.slug,
      round(row.overall),
      row.band,
      row.provisional,
      round(row.activity),
      round(row.richness),
      round(row.meetups),
      round(row.projects),
      row.change30 === null ? "" : round(row.change30),
      row.group.lastActivityAt.toISOString(),
      row.computedAt.toISOString(),
    ]),
    { header: true, columns: [...OVERVIEW_COLUMNS], cast: { boolean: (value) => (value ? "true" : "false") } },
  );
}

export const HISTORY_COLUMNS = ["day", "overall", "band", "provisional", "activity", "richness", "meetups", "projects"] as const;

export function historyCsv(points: HistoryPoint[]): string {
  return stringify(
    points.map((p) => [p.day.toISOString().slice(0, 10), round(p.overall), p.band, p.provisional, round(p.activity), round(p.richness), round(p.meetups), round(p.projects)]),
    { header: true, columns: [...HISTORY_COLUMNS], cast: { boolean: (value) => (value ? "true" : "false") } },
  );
}

export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
