import { z } from "zod";

/** Past this, a `?page=` reads as this page (past the end of any list we have: a 404). */
export const PAGE_MAX = 1_000_000;

/**
 * `?page=`: a positive whole number. A missing, empty or non-numeric value reads as page 1 (a
 * stray parameter); a page past the end stays a number, so the page can answer 404.
 */
export const pageNumberSchema = z.coerce
  .number()
  .catch(1)
  .transform((page) => (Number.isInteger(page) && page >= 1 ? Math.min(page, PAGE_MAX) : 1))
  .default(1);

/**
 * Whether page `page` of a list exists. Page 1 always does (an empty list shows its empty
 * state); a later page only if some row falls on it. Pages beyond the last answer 404, as on
 * GitHub: a stale or hand-edited `?page=` gets a clear "not found" instead of an empty list
 * that looks like lost data.
 */
export function pageExists(page: number, total: number, pageSize: number): boolean {
  return page === 1 || (Number.isInteger(page) && page > 1 && (page - 1) * pageSize < total);
}
