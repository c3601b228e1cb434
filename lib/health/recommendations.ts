// Moderator recommendations. They reuse the engine's QM classification (`prepare`), so every
// thread the dashboard calls "unanswered" or "answered late" lowers responsiveness. Not every
// thread that lowers it is listed: one opened 24–48 h ago with no reply yet already counts as
// unanswered in the metric, but it can still be answered in time, so no one is told to.

import { DAY_MS, HOUR_MS, RESPONSE_HOURS, WINDOW_DAYS } from "./constants";
import { openedThreads, reportFrom } from "./compute";
import { type PostRecord, type Prepared, prepare } from "./qualify";
import type { GroupActivity, HealthReport } from "./types";

/**
 * Threads opened in the last 30 days by a QM, older than `hours`, that still have no QM reply
 * from another member; newest first (the one whose author may still be waiting for an answer
 * comes first; the oldest have likely given up).
 */
export function unansweredThreads(activity: GroupActivity, now: Date, hours: number = RESPONSE_HOURS): string[] {
  return unansweredThreadsOf(prepare(activity, now.getTime()), hours).unanswered;
}

/**
 * Threads opened in the last 30 days by a QM and older than `hours` whose first QM reply from
 * another member came later than `hours` after them, or has not come yet: the ones that lower
 * responsiveness. Those still unanswered are the ones to act on; those answered late are only
 * evidence. Both newest first.
 */
function unansweredThreadsOf(ctx: Prepared, hours: number): { unanswered: string[]; answeredLate: string[] } {
  const limit = hours * HOUR_MS;
  const late = openedThreads(ctx)
    .filter((t) => ctx.nowMs - t.createdMs > limit && (t.firstReplyMs === null || t.firstReplyMs - t.createdMs > limit))
    .reverse();
  return { unanswered: late.filter((t) => t.firstReplyMs === null).map((t) => t.id), answeredLate: late.filter((t) => t.firstReplyMs !== null).map((t) => t.id) };
}

/** Members with ≥ 3 QMs in the last 30 days none of which got a QM reply from another member; most QMs first. */
export function unansweredContributors(activity: GroupActivity, now: Date): string[] {
  return unansweredContributorsOf(prepare(activity, now.getTime())).map((member) => member.id);
}

/** Each author's QMs (qualifying messages, within the daily cap) in the last 30 days. */
export function qualifyingMessages(activity: GroupActivity, now: Date): Map<string, number> {
  return qualifyingMessagesOf(prepare(activity, now.getTime()));
}

function qualifyingMessagesOf(ctx: Prepared): Map<string, number> {
  const windowMs = WINDOW_DAYS.activity * DAY_MS;
  const qms = new Map<string, number>();
  for (const p of ctx.posts) if (p.counted && ctx.nowMs - p.t < windowMs) qms.set(p.authorId, (qms.get(p.authorId) ?? 0) + 1);
  return qms;
}

/** A member never answered: their QMs in the last 30 days, and the latest of them (the one to answer first). */
export interface UnansweredContributor {
  id: string;
  messages: number;
  latestPostId: string;
}

function unansweredContributorsOf(ctx: Prepared): UnansweredContributor[] {
  const windowMs = WINDOW_DAYS.activity * DAY_MS;
  const answered = new Set<PostRecord>();
  for (const p of ctx.posts) {
    if (p.counted && p.parent && p.parent.authorId !== p.authorId) answered.add(p.parent);
  }
  const replied = new Set<string>();
  // Posts are in time order: the last counted one seen per author is their latest.
  const latest = new Map<string, string>();
  for (const p of ctx.posts) {
    if (!p.counted || !(ctx.nowMs - p.t < windowMs)) continue;
    if (answered.has(p)) replied.add(p.authorId);
    latest.set(p.authorId, p.id);
  }
  return [...qualifyingMessagesOf(ctx).entries()]
    .filter(([id, n]) => n >= 3 && !replied.has(id))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id, messages]) => ({ id, messages, latestPostId: latest.get(id)! }));
}

export interface GroupReview {
  report: HealthReport;
  /** Threads older than 48 h with no reply yet, newest first (`unansweredThreads`). */
  unansweredThreadIds: string[];
  /** Threads whose first reply came after 48 h, newest first: they lower responsiveness, but need no answer now. */
  answeredLateThreadIds: string[];
  /** Members never answered, most QMs first. */
  unansweredContributors: UnansweredContributor[];
}

/**
 * The report and the moderators' evidence from one classification of the posts: the
 * dashboard needs all three, and classifying a 20,000-post group three times costs ~100 ms.
 */
export function reviewGroup(activity: GroupActivity, now: Date, hours: number = RESPONSE_HOURS): GroupReview {
  const ctx = prepare(activity, now.getTime());
  const threads = unansweredThreadsOf(ctx, hours);
  return { report: reportFrom(ctx), unansweredThreadIds: threads.unanswered, answeredLateThreadIds: threads.answeredLate, unansweredContributors: unansweredContributorsOf(ctx) };
}
