/**
 * CSV exports of the health pages (RFC 4180, via csv-stringify): the pages' scores to one decimal
 * (the trend's table shows the same; the pages cut them to whole points), cut down as the pages
 * cut them, so a score never crosses its band's threshold (lib/health/format).
 */
import { stringify } from "csv-stringify/sync";
import { slugFromName } from "@/lib/groups/schema";
import type { OverviewRow } from "./data";
import type { OverviewQuery } from "./schema";
import { scoreTenths } from "./format";
import type { HistoryPoint } from "./snapshots";

/** A change over 30 days, to one decimal (its sign is its meaning, not a band). */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Text a user chose (a group's name) must stay text in a spreadsheet: a cell starting with
 * = + - @, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a
 * formula (CSV injection). OWASP's remedy: prefix such a cell with a single quote.
 */
export function neutralizeCsvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const OVERVIEW_COLUMNS = ["group", "slug", "overall", "band", "provisional", "activity", "richness", "meetups", "projects", "change_30d", "last_activity", "computed_at"] as const;

/** A group not scored yet has a row with empty scores and the band "not-scored". */
export function overviewCsv(rows: OverviewRow[]): string {
  return stringify(
    rows.map(({ group, health }) => [
      neutralizeCsvText(group.name),
      neutralizeCsvText(group.slug),
      health ? scoreTenths(health.overall) : "",
      health ? health.band : "not-scored",
      health ? health.provisional : "",
      health ? scoreTenths(health.activity) : "",
      health ? scoreTenths(health.richness) : "",
      health ? scoreTenths(health.meetups) : "",
      health ? scoreTenths(health.projects) : "",
      health?.change30 == null ? "" : round(health.change30),
      group.lastActivityAt.toISOString(),
      health ? health.computedAt.toISOString() : "",
    ]),
    { header: true, columns: [...OVERVIEW_COLUMNS], cast: { boolean: (value) => (value ? "true" : "false") } },
  );
}

export const HISTORY_COLUMNS = ["day", "overall", "band", "provisional", "activity", "richness", "meetups", "projects"] as const;

export function historyCsv(points: HistoryPoint[]): string {
  return stringify(
    points.map((p) => [p.day.toISOString().slice(0, 10), scoreTenths(p.overall), p.band, p.provisional, scoreTenths(p.activity), scoreTenths(p.richness), scoreTenths(p.meetups), scoreTenths(p.projects)]),
    { header: true, columns: [...HISTORY_COLUMNS], cast: { boolean: (value) => (value ? "true" : "false") } },
  );
}

/**
 * The overview export's file name: what it holds and when, so two downloads do not overwrite
 * each other — "group-health-declines-dormant-2026-11-27.csv". A search is named by its words,
 * in the file-name-safe letters of a group's address.
 */
export function overviewCsvName(query: Pick<OverviewQuery, "view" | "band" | "q">, day: Date): string {
  const search = query.q ? slugFromName(query.q, 40) : "";
  const parts = ["group-health", query.view === "declines" ? "declines" : "", query.band ?? "", search ? `matching-${search}` : "", day.toISOString().slice(0, 10)];
  return `${parts.filter(Boolean).join("-")}.csv`;
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
