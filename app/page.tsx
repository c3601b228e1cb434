import Link from "next/link";
import { connection } from "next/server";
import { GroupCard } from "@/components/groups/group-card";
import { ButtonLink } from "@/components/ui/button";
import { getViewer } from "@/lib/auth/session";
import { listGroups } from "@/lib/groups/data";

export default async function HomePage() {
  await connection();
  const viewer = await getViewer();
  const { groups, total } = await listGroups(viewer, { page: 1 });
  const now = new Date();
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
          <p className="text-stone-600">No groups yet. Be the first to start one.</p>
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
