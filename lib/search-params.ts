/**
 * A route handler's query as Next.js hands it to a page (`searchParams`): a name given once is a
 * string, a name repeated is an array of its values. A route that exports what a page shows must
 * read the query the same way: `Object.fromEntries` keeps the last of repeated values, where the
 * page's schema sees an array and falls back to its default (the export would filter what the
 * page did not).
 */
export function pageSearchParams(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    record[name] = values.length === 1 ? values[0]! : values;
  }
  return record;
}
