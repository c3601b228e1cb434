import { z } from "zod";
import { pageNumberSchema } from "@/lib/pagination";

export const BANDS = ["thriving", "healthy", "needs-attention", "dormant"] as const;
export const OVERVIEW_SORTS = ["name", "overall", "band", "activity", "richness", "meetups", "projects", "change30", "lastActivity"] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

/** The moderator overview's query string; anything malformed falls back to the defaults. */
export const overviewQuerySchema = z
  .object({
    band: z.enum(BANDS).optional().catch(undefined),
    view: z.enum(["all", "declines"]).default("all").catch("all"),
    sort: z.enum(OVERVIEW_SORTS).optional().catch(undefined),
    dir: z.enum(["asc", "desc"]).optional().catch(undefined),
    page: pageNumberSchema,
  })
  .transform((query) => {
    // "Biggest declines" lists groups that lost ground, the largest loss first.
    const sort: OverviewSort = query.sort ?? (query.view === "declines" ? "change30" : "overall");
    const dir = query.dir ?? (sort === "name" || (query.view === "declines" && sort === "change30") ? "asc" : "desc");
    return { ...query, sort, dir };
  });
export type OverviewQuery = z.output<typeof overviewQuerySchema>;
