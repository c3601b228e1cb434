/**
 * Whether page `page` of a list exists. Page 1 always does (an empty list shows its empty
 * state); a later page only if some row falls on it. Pages beyond the last answer 404, as on
 * GitHub: a stale or hand-edited `?page=` gets a clear "not found" instead of an empty list
 * that looks like lost data.
 */
export function pageExists(page: number, total: number, pageSize: number): boolean {
  return page === 1 || (Number.isInteger(page) && page > 1 && (page - 1) * pageSize < total);
}
