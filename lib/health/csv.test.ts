import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { historyCsv, neutralizeCsvText, overviewCsv, overviewCsvName } from "./csv";
import type { OverviewRow } from "./data";
import { formatScoreTenths } from "./format";

const row = (name: string, health: OverviewRow["health"] = null): OverviewRow => ({
  groupId: name,
  group: { slug: "garden", name, language: "en", lastActivityAt: new Date("2026-06-15T10:00:00Z"), visibility: "public" },
  health,
});

describe("health CSV", () => {
  it("quotes names with commas and quotes, and round-trips through a CSV parser", () => {
    const csv = overviewCsv([
      row('Gardeners, "City"', {
        overall: 81.234,
        band: "thriving",
        provisional: false,
        activity: 90,
        richness: 80.06,
        meetups: 70,
        projects: 60,
        change30: -3.26,
        computedAt: new Date("2026-06-15T12:00:00Z"),
      }),
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
        richness: "80",
        meetups: "70",
        projects: "60",
        change_30d: "-3.3",
        last_activity: "2026-06-15T10:00:00.000Z",
        computed_at: "2026-06-15T12:00:00.000Z",
      },
    ]);
  });

  it("lists a group not scored yet with empty scores", () => {
    const [parsed] = parse(overviewCsv([row("New group")]), { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual({
      group: "New group",
      slug: "garden",
      overall: "",
      band: "not-scored",
      provisional: "",
      activity: "",
      richness: "",
      meetups: "",
      projects: "",
      change_30d: "",
      last_activity: "2026-06-15T10:00:00.000Z",
      computed_at: "",
    });
  });

  it("keeps a group name that looks like a formula as text (CSV injection)", () => {
    const names = ["=HYPERLINK(\"http://evil.test\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rReturn", "=1,2"];
    const parsed = parse(overviewCsv(names.map((name) => row(name))), { columns: true }) as Record<string, string>[];
    expect(parsed.map((r) => r.group)).toEqual(names.map((name) => `'${name}`));
    for (const r of parsed) expect(r.group).not.toMatch(/^[=+\-@\t\r]/);
    // Ordinary names, and these characters elsewhere in a name, are left alone.
    expect(neutralizeCsvText("City Gardeners")).toBe("City Gardeners");
    expect(neutralizeCsvText("Ateliers = vélo + café")).toBe("Ateliers = vélo + café");
    expect(neutralizeCsvText("")).toBe("");
    // Numbers are not text: a negative change stays a number.
    const [scored] = parse(overviewCsv([row("-dash", { overall: 10, band: "dormant", provisional: false, activity: 0, richness: 0, meetups: 0, projects: 0, change30: -4, computedAt: new Date() })]), { columns: true }) as Record<string, string>[];
    expect(scored).toMatchObject({ group: "'-dash", change_30d: "-4" });
  });

  it("writes one row per day of history", () => {
    const csv = historyCsv([
      { day: new Date("2026-06-14T00:00:00Z"), overall: 50, band: "needs-attention", provisional: true, activity: 1, richness: 2, meetups: 3, projects: 4 },
      { day: new Date("2026-06-15T00:00:00Z"), overall: 55.55, band: "healthy", provisional: false, activity: 1, richness: 2, meetups: 3, projects: 4 },
    ]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.day, r.overall, r.band, r.provisional])).toEqual([
      ["2026-06-14", "50", "needs-attention", "true"],
      ["2026-06-15", "55.5", "healthy", "false"],
    ]);
  });

  it("gives history scores exactly as the trend's data table shows them, cut to tenths (a band never crosses)", () => {
    const scores = [74.45, 55.55, 0.05, 99.95, 33.333, 0, 100];
    const csv = historyCsv(scores.map((overall, i) => ({ day: new Date(Date.UTC(2026, 5, i + 1)), overall, band: "healthy", provisional: false, activity: overall, richness: 0, meetups: 0, projects: 0 })));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.overall))).toEqual(scores.map((s) => Number(formatScoreTenths(s))));
  });

  it("names the overview export by what it holds and the day, so downloads do not overwrite each other", () => {
    const day = new Date("2026-11-27T18:00:00Z");
    expect(overviewCsvName({ view: "all", band: undefined, q: undefined }, day)).toBe("group-health-2026-11-27.csv");
    expect(overviewCsvName({ view: "declines", band: "dormant", q: "Vélo Café" }, day)).toBe("group-health-declines-dormant-matching-velo-cafe-2026-11-27.csv");
    // Nothing of a search survives into the name but letters, digits and hyphens.
    expect(overviewCsvName({ view: "all", band: undefined, q: '"; rm -rf /' }, day)).toBe("group-health-matching-rm-rf-2026-11-27.csv");
  });
});
