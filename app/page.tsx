import Link from "next/link";
import { connection } from "next/server";
import { GroupCard } from "@/components/groups/group-card";
import { ButtonLink } from "@/components/ui/button";
import { getViewer } from "@/lib/auth/session";
import { listGroupsWithNews } from "@/lib/discussions/visits";
import { ROLE_LABELS } from "@/lib/groups/ability";
import { listGroups } from "@/lib/groups/data";
import { EmptyState } from "@/components/ui/empty-state";

export default async function HomePage() {
  await connection();
  const viewer = await getViewer();
  const now = new Date();
  const [{ groups, total }, mine] = await Promise.all([listGroups(viewer, { page: 1 }), viewer ? listGroupsWithNews(viewer.id, now) : []]);
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-gradient-to-br from-brand-50 to-white px-6 py-10">
        <h1 className="text-3xl font-semibold tracking-tight">Groups where people listen, share and build together</h1>
        <p className="mt-3 max-w-2xl text-stone-700">
          Toile hosts topic-focused groups with threaded discussions, offline meetups and projects born from conversations, and shows
          the people who run them what keeps each group alive.
        </p>
        <div className="mt-6 flex gap-3">
          <ButtonLink href="/groups">Browse all groups</ButtonLink>
          {viewer ? (
            <ButtonLink href="/groups/new" variant="secondary">
              Start a group
            </ButtonLink>
          ) : (
            <ButtonLink href="/signup" variant="secondary">
              Create an account
            </ButtonLink>
          )}
        </div>
      </section>
      {mine.length > 0 && (
        // A member's way back in: their groups, and where something happened since they last read.
        <section aria-labelledby="your-groups">
          <h2 id="your-groups" className="mb-3 text-xl font-semibold">
            Your groups
          </h2>
          <ul aria-labelledby="your-groups" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {mine.map((group) => (
              <li key={group.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
                <span>
                  <Link href={`/g/${group.slug}`} lang={group.language} className="font-medium text-stone-900 underline decoration-brand-600/40 hover:decoration-brand-700">
                    {group.name}
                  </Link>
                  {group.role !== "member" && <span className="ml-2 text-xs uppercase tracking-wide text-stone-600">{ROLE_LABELS[group.role]}</span>}
                </span>
                {group.threadsWithNews > 0 ? (
                  <span className="rounded-full bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-800">
                    {group.threadsWithNews} {group.threadsWithNews === 1 ? "thread" : "threads"} with news
                  </span>
                ) : (
                  <span className="text-sm text-stone-600">Nothing new</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="active-groups">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="active-groups" className="text-xl font-semibold">
            Recently active groups
          </h2>
          <Link href="/groups" className="text-sm text-brand-700 hover:underline">
            All {total} groups →
          </Link>
        </div>
        {groups.length === 0 ? (
          <EmptyState title="No groups yet" action={{ href: "/groups/new", label: "Start a group" }}>
            Be the first to start one: a group gathers people around a topic to discuss and meet.
          </EmptyState>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            {groups.slice(0, 8).map((group) => (
              <GroupCard key={group.slug} group={group} now={now} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
