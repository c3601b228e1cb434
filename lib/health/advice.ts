/**
 * Recommendations for a group's moderators, each tied to evidence and to a link to act.
 * Pure: the page passes the activity, the engine's evidence (`reviewGroup`), and the titles
 * and names it looked up.
 */
import type { GroupActivity } from "./types";

const DAY_MS = 24 * 3600 * 1000;

export type Advice =
  | { kind: "unanswered-threads"; threads: { id: string; title: string; href: string; ageDays: number }[] }
  | { kind: "schedule-meetup"; href: string; lastHeldDaysAgo: number | null }
  | { kind: "active-threads"; threads: { id: string; title: string; href: string; posts: number; authors: number; meetupHref: string; projectHref: string }[] }
  | { kind: "unanswered-members"; members: { id: string; name: string; href: string; messages: number }[] };

export interface AdviceInput {
  activity: GroupActivity;
  now: Date;
  groupSlug: string;
  threads: Map<string, { title: string; slug: string }>;
  users: Map<string, string>;
  /** From `reviewGroup`: threads with no reply within 48 h, members never answered. */
  unansweredThreadIds: string[];
  unansweredContributorIds: string[];
  /** From `mostActiveThreads`. */
  activeThreads: { id: string; posts: number; authors: number }[];
}

const MEETUP_LOOKBACK_DAYS = 90;
const ACTIVE_WINDOW_DAYS = 30;

/** Threads busiest in the last 30 days (≥ 5 visible posts by ≥ 3 authors): worth taking offline or turning into a project. */
export function mostActiveThreads(activity: GroupActivity, now: Date, limit = 3): { id: string; posts: number; authors: number }[] {
  const since = now.getTime() - ACTIVE_WINDOW_DAYS * DAY_MS;
  const stats = new Map<string, { posts: number; authors: Set<string> }>();
  const members = new Set(activity.memberIds);
  for (const post of activity.posts) {
    const t = post.createdAt.getTime();
    if (!post.visible || t <= since || t > now.getTime() || !members.has(post.authorId)) continue;
    const entry = stats.get(post.threadId) ?? { posts: 0, authors: new Set<string>() };
    entry.posts += 1;
    entry.authors.add(post.authorId);
    stats.set(post.threadId, entry);
  }
  return [...stats.entries()]
    .filter(([, s]) => s.posts >= 5 && s.authors.size >= 3)
    .map(([id, s]) => ({ id, posts: s.posts, authors: s.authors.size }))
    .sort((a, b) => b.posts - a.posts || b.authors - a.authors || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Days since the last meetup held (not cancelled, started), or null if none in the data. */
function lastMeetupDaysAgo(activity: GroupActivity, now: Date): number | null {
  const past = activity.meetups.filter((m) => !m.cancelled && m.startsAt.getTime() <= now.getTime()).map((m) => m.startsAt.getTime());
  return past.length ? (now.getTime() - Math.max(...past)) / DAY_MS : null;
}

export function adviseModerators({ activity, now, groupSlug, threads, users, unansweredThreadIds, unansweredContributorIds, activeThreads }: AdviceInput): Advice[] {
  const advice: Advice[] = [];
  const base = `/g/${groupSlug}`;
  const threadHref = (id: string) => `${base}/t/${id}-${threads.get(id)?.slug ?? "thread"}`;

  const unanswered = unansweredThreadIds;
  if (unanswered.length > 0) {
    const createdAt = new Map(activity.threads.map((t) => [t.id, t.createdAt.getTime()]));
    advice.push({
      kind: "unanswered-threads",
      threads: unanswered.map((id) => ({ id, title: threads.get(id)?.title ?? `Thread ${id}`, href: threadHref(id), ageDays: Math.floor((now.getTime() - (createdAt.get(id) ?? now.getTime())) / DAY_MS) })),
    });
  }

  const upcoming = activity.meetups.some((m) => !m.cancelled && m.startsAt.getTime() > now.getTime());
  const lastHeld = lastMeetupDaysAgo(activity, now);
  if (!upcoming && (lastHeld === null || lastHeld > MEETUP_LOOKBACK_DAYS)) {
    advice.push({ kind: "schedule-meetup", href: `${base}/meetups/new`, lastHeldDaysAgo: lastHeld === null ? null : Math.floor(lastHeld) });
  }

  const active = activeThreads;
  if (active.length > 0) {
    advice.push({
      kind: "active-threads",
      threads: active.map((t) => ({
        ...t,
        title: threads.get(t.id)?.title ?? `Thread ${t.id}`,
        href: threadHref(t.id),
        meetupHref: `${base}/meetups/new?thread=${t.id}`,
        projectHref: `${base}/projects/new?thread=${t.id}`,
      })),
    });
  }

  const ignored = unansweredContributorIds;
  if (ignored.length > 0) {
    const since = now.getTime() - ACTIVE_WINDOW_DAYS * DAY_MS;
    advice.push({
      kind: "unanswered-members",
      members: ignored.slice(0, 5).map((id) => ({
        id,
        name: users.get(id) ?? "A member",
        href: `/u/${id}`,
        messages: activity.posts.filter((p) => p.authorId === id && p.visible && p.createdAt.getTime() > since && p.createdAt.getTime() <= now.getTime()).length,
      })),
    });
  }
  return advice;
}
