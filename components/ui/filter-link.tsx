import Link from "next/link";

/**
 * One choice of a list's filter or view, as a pill link ("All groups", "Dormant", "💡 Insightful 2"):
 * the current one is marked `aria-current="page"` and drawn filled.
 */
export function FilterLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-100 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white"
    >
      {children}
    </Link>
  );
}
