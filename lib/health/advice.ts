/**
 * Recommendations for a group's moderators, each tied to evidence and to a link to act.
 * Pure. In two steps: `gatherEvidence` distils the activity (with the engine's review) into a
 * small, serialisable `HealthEvidence`, stored with the group's latest report so a dashboard
 * never has to reload 20,000 posts; `adviseModerators` turns it into advice with the titles
 * and names the page looked up.
 */
import { postPermalink } from "@/lib/discussions/paths";
import { meetupPath } from "@/lib/meetups/paths";
import type { GroupActor } from "@/lib/groups/ability";
import { MEETUP_MIN_CHECKINS, WINDOW_DAYS } from "./constants";
import type { GroupReview } from "./recommendations";
import type { GroupActivity } from "./types";

const DAY_MS = 24 * 3600 * 1000;

export type Advice =
  /** Nobody wrote for a while: the first thing to fix, before answers, meetups or projects. */
  | { kind: "revive-discussion"; href: string; quietDays: number | null }
  /**
   * Threads still without a reply after 48 h: `count` of them, the newest `threads` listed
   * (`more` not listed); `answeredLate` others got their first reply only after 48 h (evidence of
   * low responsiveness, nothing left to answer).
   */
  | { kind: "unanswered-threads"; count: number; threads: { id: string; title: string; href: string; ageDays: number }[]; more: number; answeredLate: number }
  | { kind: "schedule-meetup"; href: string; lastHeldDaysAgo: number | null }
  /**
   * A meetup took place but does not count as held: fewer than MEETUP_MIN_CHECKINS members are
   * checked in, while its check-in is still open (`closesAt`). Checking in who came counts it.
   */
  | { kind: "check-in-meetup"; href: string; title: string; checkedIn: number; closesAt: string }
  /** `meetup` / `project`: what already came of the thread, linked instead of suggesting it again. */
  | {
      kind: "active-threads";
      threads: {
        id: string;
        title: string;
        href: string;
        posts: number;
        authors: number;
        meetupHref: string;
        projectHref: string;
        meetup: { title: string; href: string } | null;
        project: { title: string; href: string } | null;
      }[];
    }
  /**
   * `members` lists who, by name, with their qualifying messages and a link to the latest of
   * them (to answer it; null for evidence stored before it named one); empty for a viewer who
   * may not see member-level evidence, who gets only `count`.
   */
  | { kind: "unanswered-members"; count: number; members: { id: string; name: string; href: string | null; messages: number }[] };

/**
 * Who may see member-level evidence (who was never answered): the group's own owner and
 * moderators. A site admin reads every group's dashboard, but as such sees only how many.
 */
export function seesMemberEvidence(actor: GroupActor): boolean {
  return actor.membership?.status === "active" && (actor.membership.role === "owner" || actor.membership.role === "moderator");
}

/** What the advice is built from, as of `computedAt`; plain JSON (dates as ISO strings). */
export interface HealthEvidence {
  computedAt: string;
  /**
   * Threads older than 48 h still without a reply (from `reviewGroup`), with when each was
   * opened. Evidence stored before `answeredLateThreadCount` existed also lists threads answered
   * late here.
   */
  unansweredThreads: { id: string; createdAt: string }[];
  /** Threads whose first reply came after 48 h (absent from evidence stored before it existed). */
  answeredLateThreadCount?: number;
  /**
   * How many members posted ≥ 3 qualifying messages in 30 days and were never answered. The
   * group's owners and moderators are not counted: the advice is for them, about the others.
   */
  unansweredMemberCount: number;
  /**
   * The first of them (most messages first), with their qualifying messages and the latest one
   * (absent from evidence stored before it existed): the ones a moderator may be shown.
   */
  unansweredMembers: { id: string; messages: number; latestPostId?: string }[];
  /** From `mostActiveThreads`: more than the advice lists, as those that already became a meetup and a project are left out. */
  activeThreads: { id: string; posts: number; authors: number }[];
  upcomingMeetup: boolean;
  /** Start of the last meetup held (contract: ≥ 3 members checked in), or null. */
  lastHeldAt: string | null;
  /** The last post by a member, or null for none (absent from evidence stored before it existed). */
  lastMessageAt?: string | null;
}

/** What already came of a busy thread: the latest meetup linked to it, and a project born in it. */
export interface ThreadFollowUp {
  meetup: { id: number; title: string } | null;
  project: { id: number; name: string } | null;
}

/**
 * Facts read when the page is shown, over the group's whole history (`loadAdviceFacts`). The
 * evidence comes from a `GroupActivity`, which only reaches 105 days back for posts and 180
 * for meetups: without these, a group silent for 200 days would read "Nobody has written yet".
 */
export interface AdviceFacts {
  lastMessageAt: string | null;
  lastHeldAt: string | null;
  upcomingMeetup: boolean;
  /**
   * The latest meetup that started, whose check-in is still open, and that has too few members
   * checked in to count as held; null when there is none. (Only the page's facts know it: the
   * advice stored with a snapshot never suggests a check-in that may have happened since.)
   */
  uncountedMeetup: { id: number; title: string; checkedIn: number; closesAt: string } | null;
  /** By thread id: only threads something came of. */
  followUps: Map<string, ThreadFollowUp>;
}

export interface AdviceInput {
  evidence: HealthEvidence;
  now: Date;
  groupSlug: string;
  threads: Map<string, { title: string; slug: string }>;
  users: Map<string, string>;
  /** From `seesMemberEvidence`: false keeps names and per-member counts out of the advice. */
  memberEvidence: boolean;
  /** When given, they replace the evidence's last message, last meetup held and upcoming meetup. */
  facts?: AdviceFacts;
}

const MEETUP_LOOKBACK_DAYS = 90;
/** Days without a post after which a group is told to start a conversation. */
export const QUIET_DAYS = 14;
/** Members named in the "never answered" advice (the count covers everyone). */
const MEMBERS_LISTED = 5;
/** Unanswered threads listed by title, newest first (the count covers everyone; the rest are "and N more"). */
export const UNANSWERED_THREADS_LISTED = 8;
/** Busy threads suggested for a meetup or a project. */
const ACTIVE_THREADS_LISTED = 3;
/** Busy threads kept in the evidence: more than listed, as those that became both a meetup and a project are skipped. */
const ACTIVE_THREADS_GATHERED = 6;

/** Threads busiest in the last 30 days (≥ 5 visible posts by ≥ 3 authors): worth taking offline or turning into a project. */
export function mostActiveThreads(activity: GroupActivity, now: Date, limit = 3): { id: string; posts: number; authors: number }[] {
  const since = now.getTime() - WINDOW_DAYS.activity * DAY_MS;
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
 * When the last meetup held started, or null if none in the data. "Held" is the contract's:
 * not cancelled, started, and at least 3 members checked in. A meetup nobody came to is not
 * one the group had; the advice to schedule one stands.
 */
function lastMeetupHeldAt(activity: GroupActivity, now: Date): Date | null {
  const members = new Set(activity.memberIds);
  const held = activity.meetups
    .filter((m) => !m.cancelled && m.startsAt.getTime() <= now.getTime() && new Set(m.checkedInIds.filter((id) => members.has(id))).size >= MEETUP_MIN_CHECKINS)
    .map((m) => m.startsAt.getTime());
  return held.length ? new Date(Math.max(...held)) : null;
}

/**
 * Distils a group's activity into the evidence the advice needs. `review` is the engine's
 * (`reviewGroup`): threads with no reply within 48 h, members never answered. `staffIds`: the
 * group's owners and moderators (loaded beside the activity), who are left out of "never
 * answered" — the people who read the advice are not the ones it asks them to answer.
 */
export function gatherEvidence(
  activity: GroupActivity,
  now: Date,
  review: Pick<GroupReview, "unansweredThreadIds" | "answeredLateThreadIds" | "unansweredContributors">,
  staffIds: readonly string[],
): HealthEvidence {
  const opened = new Map(activity.threads.map((t) => [t.id, t.createdAt]));
  const lastHeld = lastMeetupHeldAt(activity, now);
  const members = new Set(activity.memberIds);
  let lastMessage = Number.NEGATIVE_INFINITY;
  for (const post of activity.posts) {
    const t = post.createdAt.getTime();
    if (post.visible && members.has(post.authorId) && t <= now.getTime() && t > lastMessage) lastMessage = t;
  }
  const staff = new Set(staffIds);
  const unansweredMembers = review.unansweredContributors.filter((member) => !staff.has(member.id));
  return {
    computedAt: now.toISOString(),
    unansweredThreads: review.unansweredThreadIds.map((id) => ({ id, createdAt: (opened.get(id) ?? now).toISOString() })),
    answeredLateThreadCount: review.answeredLateThreadIds.length,
    unansweredMemberCount: unansweredMembers.length,
    unansweredMembers: unansweredMembers.slice(0, MEMBERS_LISTED),
    activeThreads: mostActiveThreads(activity, now, ACTIVE_THREADS_GATHERED),
    upcomingMeetup: activity.meetups.some((m) => !m.cancelled && m.startsAt.getTime() > now.getTime()),
    lastHeldAt: lastHeld ? lastHeld.toISOString() : null,
    lastMessageAt: Number.isFinite(lastMessage) ? new Date(lastMessage).toISOString() : null,
  };
}

/** The advice, as of `now`, from the evidence (gathered at `evidence.computedAt`, minutes before at most). */
export function adviseModerators({ evidence, now, groupSlug, threads, users, memberEvidence, facts }: AdviceInput): Advice[] {
  const advice: Advice[] = [];
  const base = `/g/${groupSlug}`;
  const threadHref = (id: string) => `${base}/t/${id}-${threads.get(id)!.slug}`;
  const daysSince = (iso: string) => (now.getTime() - new Date(iso).getTime()) / DAY_MS;

  // Threads the page could not name were deleted since the evidence was gathered: they are left
  // out, as a link to them would lead to a 404 (decision 009).
  const named = <T extends { id: string }>(list: T[]) => list.filter((thread) => threads.has(thread.id));
  const lastMessageAt = facts ? facts.lastMessageAt : evidence.lastMessageAt;
  if (lastMessageAt !== undefined) {
    const quiet = lastMessageAt === null ? null : daysSince(lastMessageAt);
    if (quiet === null || quiet > QUIET_DAYS) advice.push({ kind: "revive-discussion", href: `${base}/t/new`, quietDays: quiet === null ? null : Math.floor(quiet) });
  }
  // Newest first: its author may still be waiting; the oldest have likely moved on.
  const unanswered = named(evidence.unansweredThreads).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  if (unanswered.length > 0) {
    const listed = unanswered.slice(0, UNANSWERED_THREADS_LISTED);
    advice.push({
      kind: "unanswered-threads",
      count: unanswered.length,
      threads: listed.map(({ id, createdAt }) => ({ id, title: threads.get(id)!.title, href: threadHref(id), ageDays: Math.floor(daysSince(createdAt)) })),
      more: unanswered.length - listed.length,
      answeredLate: evidence.answeredLateThreadCount ?? 0,
    });
  }

  const lastHeldAt = facts ? facts.lastHeldAt : evidence.lastHeldAt;
  const lastHeld = lastHeldAt === null ? null : daysSince(lastHeldAt);
  const uncounted = facts?.uncountedMeetup;
  if (uncounted) {
    // The meetup that just took place counts once who came is checked in: that comes before
    // scheduling another, which the advice would otherwise ask for as if none had happened.
    advice.push({ kind: "check-in-meetup", href: `${meetupPath(groupSlug, uncounted.id)}/check-in`, title: uncounted.title, checkedIn: uncounted.checkedIn, closesAt: uncounted.closesAt });
  } else if (!(facts ? facts.upcomingMeetup : evidence.upcomingMeetup) && (lastHeld === null || lastHeld > MEETUP_LOOKBACK_DAYS)) {
    advice.push({ kind: "schedule-meetup", href: `${base}/meetups/new`, lastHeldDaysAgo: lastHeld === null ? null : Math.floor(lastHeld) });
  }

  // A thread that already has a meetup and a project has nothing left to suggest; one that has
  // either links to it rather than suggesting another.
  const active = named(evidence.activeThreads)
    .filter((t) => {
      const done = facts?.followUps.get(t.id);
      return !(done?.meetup && done.project);
    })
    .slice(0, ACTIVE_THREADS_LISTED);
  if (active.length > 0) {
    advice.push({
      kind: "active-threads",
      threads: active.map((t) => {
        const done = facts?.followUps.get(t.id);
        return {
          ...t,
          title: threads.get(t.id)!.title,
          href: threadHref(t.id),
          meetupHref: `${base}/meetups/new?thread=${t.id}`,
          projectHref: `${base}/projects/new?thread=${t.id}`,
          meetup: done?.meetup ? { title: done.meetup.title, href: meetupPath(groupSlug, done.meetup.id) } : null,
          project: done?.project ? { title: done.project.name, href: `${base}/projects/${done.project.id}` } : null,
        };
      }),
    });
  }

  if (evidence.unansweredMemberCount > 0) {
    advice.push({
      kind: "unanswered-members",
      count: evidence.unansweredMemberCount,
      // A link to answer them, not to their profile: their latest unanswered message, wherever
      // its thread renders it (the permalink resolves sub-thread pages).
      members: memberEvidence
        ? evidence.unansweredMembers.map(({ id, messages, latestPostId }) => ({
            id,
            name: users.get(id) ?? "A member",
            href: latestPostId === undefined ? null : postPermalink(groupSlug, Number(latestPostId)),
            messages,
          }))
        : [],
    });
  }
  return advice;
}
