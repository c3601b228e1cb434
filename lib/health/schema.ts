import { z } from "zod";
import { searchQueryField } from "@/lib/groups/schema";
import { pageNumberSchema } from "@/lib/pagination";

export const BANDS = ["thriving", "healthy", "needs-attention", "dormant"] as const;
export const OVERVIEW_SORTS = ["name", "overall", "band", "activity", "richness", "meetups", "projects", "change30", "lastActivity"] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

export type OverviewView = "all" | "declines";

/**
 * The order a column sorts in when first chosen: the most useful one. Names A to Z; scores,
 * bands and last activity highest and most recent first; in "Biggest declines" the 30-day
 * change lowest first (the largest loss). The page's default order and every column header's
 * first click both come from here.
 */
export function firstDirection(sort: OverviewSort, view: OverviewView): "asc" | "desc" {
  return sort === "name" || (view === "declines" && sort === "change30") ? "asc" : "desc";
}

/** The moderator overview's query string; anything malformed falls back to the defaults. */
export const overviewQuerySchema = z
  .object({
    /** Groups whose name or tags contain every word, folded as the directory folds them. */
    q: searchQueryField,
    band: z.enum(BANDS).optional().catch(undefined),
    view: z.enum(["all", "declines"]).default("all").catch("all"),
    sort: z.enum(OVERVIEW_SORTS).optional().catch(undefined),
    dir: z.enum(["asc", "desc"]).optional().catch(undefined),
    page: pageNumberSchema,
  })
  .transform((query) => {
    // "Biggest declines" lists groups that lost ground, the largest loss first.
    const sort: OverviewSort = query.sort ?? (query.view === "declines" ? "change30" : "overall");
    const dir = query.dir ?? firstDirection(sort, query.view);
    return { ...query, sort, dir };
  });
export type OverviewQuery = z.output<typeof overviewQuerySchema>;
