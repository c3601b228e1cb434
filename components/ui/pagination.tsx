import Link from "next/link";

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  /** The other query parameters to keep (search, filters, another list's page). */
  params?: Record<string, string | undefined>;
  /** The parameter holding this list's page, when a page holds two paginated lists. */
  pageParam?: string;
  /** The navigation landmark's name; each list's pagination needs its own when there are two. */
  label?: string;
}

/** Previous/next links that keep the other query parameters (search, filters). */
export function Pagination({ page, pageSize, total, basePath, params = {}, pageParam = "page", label = "Pagination" }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (target > 1) search.set(pageParam, String(target));
    const query = search.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100";
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4 pt-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-600">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
