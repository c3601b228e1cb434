/**
 * Recommendations for a group's moderators, each tied to evidence and to a link to act.
 * Pure: the page passes the activity, the engine's evidence (`reviewGroup`), and the titles
 * and names it looked up.
 */
import type { GroupActor } from "@/lib/groups/ability";
import { MEETUP_MIN_CHECKINS, WINDOW_DAYS } from "./constants";
import { prepare } from "./qualify";
import type { GroupActivity } from "./types";

const DAY_MS = 24 * 3600 * 1000;

export type Advice =
  | { kind: "unanswered-threads"; threads: { id: string; title: string; href: string; ageDays: number }[] }
  | { kind: "schedule-meetup"; href: string; lastHeldDaysAgo: number | null }
  | { kind: "active-threads"; threads: { id: string; title: string; href: string; posts: number; authors: number; meetupHref: string; projectHref: string }[] }
  /**
   * `members` lists who, by name, with their qualifying messages; empty for a viewer who may
   * not see member-level evidence, who gets only `count`.
   */
  | { kind: "unanswered-members"; count: number; members: { id: string; name: string; href: string; messages: number }[] };

/**
 * Who may see member-level evidence (who was never answered): the group's own owner and
 * moderators. A site admin reads every group's dashboard, but as such sees only how many.
 */
export function seesMemberEvidence(actor: GroupActor): boolean {
  return actor.membership?.status === "active" && (actor.membership.role === "owner" || actor.membership.role === "moderator");
}

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
  /** From `seesMemberEvidence`: false keeps names and per-member counts out of the advice. */
  memberEvidence: boolean;
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

/**
 * Days since the last meetup held, or null if none in the data. "Held" is the contract's: not
 * cancelled, started, and at least 3 members checked in. A meetup nobody came to is not one
 * the group had; the advice to schedule one stands.
 */
function lastMeetupDaysAgo(activity: GroupActivity, now: Date): number | null {
  const members = new Set(activity.memberIds);
  const held = activity.meetups
    .filter((m) => !m.cancelled && m.startsAt.getTime() <= now.getTime() && new Set(m.checkedInIds.filter((id) => members.has(id))).size >= MEETUP_MIN_CHECKINS)
    .map((m) => m.startsAt.getTime());
  return held.length ? (now.getTime() - Math.max(...held)) / DAY_MS : null;
}

/**
 * Qualifying messages (within the daily cap) of each of these members in the last 30 days: the
 * count the "never answered" rule is about. Whether a post qualifies depends only on its
 * author's own posts (length, near-copies, daily cap), so classifying just these members'
 * posts gives the engine's answer at a fraction of the cost.
 */
export function qualifyingMessagesOf(activity: GroupActivity, now: Date, memberIds: string[]): Map<string, number> {
  const wanted = new Set(memberIds);
  const counts = new Map<string, number>(memberIds.map((id) => [id, 0]));
  const ctx = prepare({ ...activity, posts: activity.posts.filter((p) => wanted.has(p.authorId)) }, now.getTime());
  const windowMs = WINDOW_DAYS.activity * DAY_MS;
  for (const post of ctx.posts) {
    if (post.counted && ctx.nowMs - post.t < windowMs) counts.set(post.authorId, (counts.get(post.authorId) ?? 0) + 1);
  }
  return counts;
}

export function adviseModerators({ activity, now, groupSlug, threads, users, unansweredThreadIds, unansweredContributorIds, activeThreads, memberEvidence }: AdviceInput): Advice[] {
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
    const listed = memberEvidence ? ignored.slice(0, 5) : [];
    const messages = qualifyingMessagesOf(activity, now, listed);
    advice.push({
      kind: "unanswered-members",
      count: ignored.length,
      members: listed.map((id) => ({ id, name: users.get(id) ?? "A member", href: `/u/${id}`, messages: messages.get(id) ?? 0 })),
    });
  }
  return advice;
}
