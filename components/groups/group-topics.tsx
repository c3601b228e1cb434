import Link from "next/link";

/** The directory filtered by `tag` (and still searching `q`, when it was). */
export function topicFilterHref(tag: string, q?: string): string {
  return `/groups?${new URLSearchParams({ tag, ...(q ? { q } : {}) })}`;
}

/** A topic among others, to filter the directory by: a rounded chip, dark when it is the current filter. */
export const TOPIC_CHIP = "rounded-full border border-stone-300 px-2.5 py-1 hover:bg-stone-100 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white";

/** A group's topic tags, each leading to the directory filtered by it. */
export function GroupTopics({ tags, className = "" }: { tags: string[]; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Topics" className={`flex flex-wrap gap-1.5 ${className}`}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={topicFilterHref(tag)} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800 hover:bg-brand-100">
            {/* bdi: a right-to-left tag ("عربى") keeps its # in front of it. */}
            #<bdi>{tag}</bdi>
          </Link>
        </li>
      ))}
    </ul>
  );
}
