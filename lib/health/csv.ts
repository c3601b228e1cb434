/** CSV exports of the health pages (RFC 4180, via csv-stringify): same numbers as the pages show. */
import { stringify } from "csv-stringify/sync";
import type { OverviewRow } from "./data";
import type { HistoryPoint } from "./snapshots";

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
      health ? round(health.overall) : "",
      health ? health.band : "not-scored",
      health ? health.provisional : "",
      health ? round(health.activity) : "",
      health ? round(health.richness) : "",
      health ? round(health.meetups) : "",
      health ? round(health.projects) : "",
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
