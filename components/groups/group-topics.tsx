import Link from "next/link";

/** A group's topic tags, each leading to the directory filtered by it. */
export function GroupTopics({ tags, className = "" }: { tags: string[]; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Topics" className={`flex flex-wrap gap-1.5 ${className}`}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={`/groups?tag=${encodeURIComponent(tag)}`} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800 hover:bg-brand-100">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
