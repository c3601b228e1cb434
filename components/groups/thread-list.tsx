import Link from "next/link";
import { NewBadge } from "@/components/discussions/new-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Avatar } from "@/components/users/avatar";
import { threadPath } from "@/lib/discussions/paths";
import type { ThreadFreshness } from "@/lib/discussions/unread";

export interface ThreadRow {
  id: number;
  title: string;
  slug: string;
  pinned: boolean;
  locked: boolean;
  lastActivityAt: Date;
  replyCount: number;
  /** A reply is marked as its answer (decision 035). */
  answered?: boolean;
  author: { id: string; name: string };
}

/**
 * `lang`: the group's language, which its thread titles are written in. `freshness`: what is new
 * to the signed-in reader in each thread (none for visitors).
 */
export function ThreadList({ groupSlug, lang, threads, freshness, now }: { groupSlug: string; lang: string; threads: ThreadRow[]; freshness?: ReadonlyMap<number, ThreadFreshness>; now: Date }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Threads">
      {threads.map((thread) => {
        const replies = thread.replyCount;
        const fresh = freshness?.get(thread.id) ?? null;
        return (
          <li key={thread.id} className="flex items-center gap-3 px-4 py-3">
            {/* Who started it, at a glance (decision 030); the words say it too. */}
            <Avatar user={thread.author} size="md" />
            {/* Replies and activity in a column of their own on the right (below, on a phone), on every
                row alike: a long title wraps within its column instead of pushing them under it. */}
            <div className="flex min-w-0 grow flex-col gap-1 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 grow">
                <p className="flex flex-wrap items-center gap-2">
                  {thread.pinned && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-800">Pinned</span>}
                  {thread.locked && <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-medium text-stone-700">Locked</span>}
                  <Link href={threadPath(groupSlug, thread)} lang={lang} className="min-w-0 font-medium text-stone-900 wrap-anywhere hover:underline">
                    {thread.title}
                  </Link>
                  {thread.answered && (
                    <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800">
                      <span aria-hidden>✓ </span>Answered
                    </span>
                  )}
                  {fresh && <FreshnessBadge freshness={fresh} />}
                </p>
                <p className="text-xs text-stone-600">Started by {thread.author.name}</p>
              </div>
              <p className="text-xs text-stone-600 sm:shrink-0 sm:text-right">
                {replies} {replies === 1 ? "reply" : "replies"} · active <RelativeTime date={thread.lastActivityAt} now={now} />
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** "3 new" (posts since the reader's last visit) or "New" (a recent thread they never opened). */
function FreshnessBadge({ freshness }: { freshness: NonNullable<ThreadFreshness> }) {
  if (freshness.kind === "new") return <NewBadge shown="New" spoken="new thread, not opened yet" />;
  return <NewBadge shown={`${freshness.count} new`} spoken={`${freshness.count} new ${freshness.count === 1 ? "post" : "posts"} since your last visit`} />;
}
