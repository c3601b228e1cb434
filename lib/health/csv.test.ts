import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { historyCsv, overviewCsv } from "./csv";

describe("health CSV", () => {
  it("quotes names with commas and quotes, and round-trips through a CSV parser", () => {
    const csv = overviewCsv([
      {
        groupId: "g1",
        overall: 81.234,
        band: "thriving",
        provisional: false,
        activity: 90,
        richness: 80.06,
        meetups: 70,
        projects: 60,
        change30: -3.26,
        computedAt: new Date("2026-06-15T12:00:00Z"),
        group: { slug: "garden", name: 'Gardeners, "City"', lastActivityAt: new Date("2026-06-15T10:00:00Z"), visibility: "public" },
      },
    ]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        group: 'Gardeners, "City"',
        slug: "garden",
        overall: "81.2",
        band: "thriving",
        provisional: "false",
        activity: "90",
        richness: "80.1",
        meetups: "70",
        projects: "60",
        change_30d: "-3.3",
        last_activity: "2026-06-15T10:00:00.000Z",
        computed_at: "2026-06-15T12:00:00.000Z",
      },
    ]);
  });

  it("writes one row per day of history", () => {
    const csv = historyCsv([
      { day: new Date("2026-06-14T00:00:00Z"), overall: 50, band: "needs-attention", provisional: true, activity: 1, richness: 2, meetups: 3, projects: 4 },
      { day: new Date("2026-06-15T00:00:00Z"), overall: 55.55, band: "healthy", provisional: false, activity: 1, richness: 2, meetups: 3, projects: 4 },
    ]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.day, r.overall, r.band, r.provisional])).toEqual([
      ["2026-06-14", "50", "needs-attention", "true"],
      ["2026-06-15", "55.6", "healthy", "false"],
    ]);
  });
});
