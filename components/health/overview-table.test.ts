import { describe, expect, it } from "vitest";
import { OVERVIEW_SORTS, overviewQuerySchema } from "@/lib/health/schema";
import { overviewHref, sortHref } from "./overview-table";

const sortOf = (href: string) => Object.fromEntries(new URL(href, "http://toile.test").searchParams);

describe("the overview's column headers", () => {
  it("sort dates and scores most recent and highest first on the first click; names A to Z", () => {
    const page = overviewQuerySchema.parse({});
    expect(sortOf(sortHref(page, "lastActivity"))).toEqual({ sort: "lastActivity", dir: "desc" });
    for (const sort of OVERVIEW_SORTS.filter((s) => s !== "name" && s !== "overall")) expect(sortOf(sortHref(page, sort)).dir, sort).toBe("desc");
    expect(sortOf(sortHref(page, "name"))).toEqual({ sort: "name", dir: "asc" });
    // In "Biggest declines", the change column starts with the largest loss.
    expect(sortOf(sortHref(overviewQuerySchema.parse({ view: "declines", sort: "overall" }), "change30"))).toMatchObject({ sort: "change30", dir: "asc" });
  });

  it("flip the order of the column already sorted by, back to the first page, keeping the filters", () => {
    const page = overviewQuerySchema.parse({ sort: "lastActivity", band: "dormant", page: "3" });
    expect(page.dir).toBe("desc");
    expect(sortOf(sortHref(page, "lastActivity"))).toEqual({ band: "dormant", sort: "lastActivity", dir: "asc" });
    expect(sortOf(sortHref(overviewQuerySchema.parse({}), "overall"))).toEqual({ sort: "overall", dir: "asc" });
  });

  it("keep a name search through sorting, and into the export's address", () => {
    const page = overviewQuerySchema.parse({ q: "  Vélo  ", view: "declines", band: "dormant", page: "2" });
    expect(page.q).toBe("Vélo");
    expect(sortOf(sortHref(page, "name"))).toEqual({ q: "Vélo", view: "declines", band: "dormant", sort: "name", dir: "asc" });
    expect(overviewHref({ ...page, page: 1 })).toBe("/health?q=V%C3%A9lo&view=declines&band=dormant&sort=change30&dir=asc");
  });
});
