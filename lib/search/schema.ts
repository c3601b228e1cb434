import { z } from "zod";
import { searchQueryField } from "@/lib/groups/schema";
import { pageNumberSchema } from "@/lib/pagination";

/** Longer than any group's address (48 characters): a longer `?group=` names no group. */
const GROUP_PARAM_MAX = 100;

/**
 * `/search?q=…&group=…&page=…`: a query read as the directory reads one (trimmed, bounded), the
 * address (slug) of the one group to search in, if any, and a page. A `group` that is not a
 * string, or too long to be an address, reads as no group.
 */
export const searchPageQuerySchema = z.object({
  q: searchQueryField,
  group: z.string().trim().max(GROUP_PARAM_MAX).optional().catch(undefined).transform((value) => value || undefined),
  page: pageNumberSchema,
});
