import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GroupCard } from "@/components/groups/group-card";
import { TOPIC_CHIP, topicFilterHref } from "@/components/groups/group-topics";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { getViewer } from "@/lib/auth/session";
import { DIRECTORY_PAGE_SIZE, listGroups, listTopics } from "@/lib/groups/data";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { SidewaysScroll } from "@/components/ui/sideways-scroll";

export const metadata: Metadata = { title: "Groups" };

/** The filter row's topics: the most used; the topics page lists them all. */
const POPULAR_TOPICS = 20;

export default async function GroupsPage({ searchParams }: PageProps<"/groups">) {
  const query = directoryQuerySchema.parse(await searchParams);
  const viewer = await getViewer();
  const [{ groups, total }, popular] = await Promise.all([listGroups(viewer, query), listTopics(viewer, { order: "popular", pageSize: POPULAR_TOPICS })]);
  const tags = popular.topics;
  if (!pageExists(query.page, total, DIRECTORY_PAGE_SIZE)) notFound();
  const now = new Date();
  const filters = [query.tag && `tagged #${query.tag}`, query.q && `matching “${query.q}”`].filter(Boolean).join(" ");
  // The most used topics, and the chosen one even when it is not among them.
  const chips: { tag: string; count: number | null }[] = query.tag && !tags.some((t) => t.tag === query.tag) ? [...tags, { tag: query.tag, count: null }] : tags;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">Groups</h1>
        {viewer && (
          <Link href="/groups/new" className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-800">
            Start a group
          </Link>
        )}
      </div>
      <SearchForm action="/groups" id="group-search" label="Search groups by name or topic" value={query.q} keep={{ tag: query.tag }} />
      {chips.length > 0 && (
        // One row that scrolls sideways on a phone (the groups come first), wrapping from a tablet up.
        <SidewaysScroll as="nav" aria-label="Filter by topic" className="-mx-4 flex gap-1.5 overflow-x-auto px-4 pb-1 text-xs whitespace-nowrap sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
          <Link href={query.q ? `/groups?q=${encodeURIComponent(query.q)}` : "/groups"} aria-current={!query.tag ? "page" : undefined} className={TOPIC_CHIP}>
            All topics
          </Link>
          {chips.map(({ tag, count }) => (
            <Link key={tag} href={topicFilterHref(tag, query.q)} aria-current={query.tag === tag ? "page" : undefined} className={TOPIC_CHIP}>
              #<bdi>{tag}</bdi> {count !== null && <span className="text-stone-500 in-aria-[current=page]:text-stone-300">({count})</span>}
            </Link>
          ))}
          {popular.total > tags.length && (
            <Link href="/groups/topics" className="px-1.5 py-1 text-brand-700 underline">
              All {popular.total} topics
            </Link>
          )}
        </SidewaysScroll>
      )}
      <div className="text-sm text-stone-600" aria-live="polite">
        {total === 0 ? (
          <EmptyState
            title={filters ? `No group ${filters}.` : "No group yet."}
            action={filters ? { href: "/groups", label: "See every group" } : { href: "/groups/new", label: "Start a group" }}
          >
            {filters ? "Try fewer words, or another topic." : "Be the first to start one."}
          </EmptyState>
        ) : (
          `${total} ${total === 1 ? "group" : "groups"}${filters ? ` ${filters}` : ""}`
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {groups.map((group) => (
          <GroupCard key={group.slug} group={group} now={now} />
        ))}
      </div>
      <Pagination page={query.page} pageSize={DIRECTORY_PAGE_SIZE} total={total} basePath="/groups" params={{ q: query.q, tag: query.tag }} />
    </div>
  );
}
