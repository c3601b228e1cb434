import { db } from "@/lib/db";
import { postPermalink, threadPath } from "@/lib/discussions/paths";
import { meetupPath } from "@/lib/meetups/paths";
import { ACTION_TARGETS, MODERATION_LOG_PAGE_SIZE, readDetails, type ModerationAction, type ModerationDetails, type ModerationLogQuery, type ModerationTargetKind } from "./log";

export interface ModerationLogEntry {
  id: number;
  action: ModerationAction;
  /** Null once the person's account is gone. */
  actor: { id: string; name: string } | null;
  target: { kind: ModerationTargetKind; label: string; /** Where the target is now; null when it is gone (or has no page). */ href: string | null };
  details: ModerationDetails;
  createdAt: Date;
}

/**
 * A page of a group's moderation log, newest first, all of it or one action's entries (the page
 * checks who may read it; `group` is the scope). Each entry links to its target while the target
 * exists and is readable: a deleted post, thread or project, or a deleted account, keeps only the
 * label it had. A page reads at most one query per kind of target to know that.
 */
export async function listModerationLog(group: { id: string; slug: string }, query: ModerationLogQuery): Promise<{ entries: ModerationLogEntry[]; total: number }> {
  const where = { groupId: group.id, ...(query.action ? { action: query.action } : {}) };
  const [rows, total] = await Promise.all([
    db.moderationEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * MODERATION_LOG_PAGE_SIZE,
      take: MODERATION_LOG_PAGE_SIZE,
      select: { id: true, action: true, targetKind: true, targetId: true, targetLabel: true, details: true, createdAt: true, actor: { select: { id: true, name: true } } },
    }),
    db.moderationEntry.count({ where }),
  ]);
  const links = await targetLinks(group, rows);
  const entries = rows.map((row) => ({
    id: row.id,
    action: row.action,
    actor: row.actor,
    target: { kind: row.targetKind, label: row.targetLabel, href: links.get(`${row.targetKind}:${row.targetId}`) ?? null },
    details: readDetails(row.details),
    createdAt: row.createdAt,
  }));
  return { entries, total };
}

/** The current address of each target that still exists, by "<kind>:<id>". */
async function targetLinks(group: { id: string; slug: string }, rows: { targetKind: ModerationTargetKind; targetId: string }[]): Promise<Map<string, string>> {
  const ids = (kind: ModerationTargetKind) => [...new Set(rows.filter((row) => row.targetKind === kind).map((row) => row.targetId))];
  const numbers = (kind: ModerationTargetKind) => ids(kind).map(Number).filter(Number.isSafeInteger);
  const [posts, threads, projects, meetups, people] = await Promise.all([
    // In a standing thread of this group: a deleted post too, whose place shows the moderators
    // who deleted it, with "Restore" (decision 009).
    numbers("post").length ? db.post.findMany({ where: { id: { in: numbers("post") }, thread: { groupId: group.id, deletedAt: null } }, select: { id: true } }) : [],
    numbers("thread").length ? db.thread.findMany({ where: { id: { in: numbers("thread") }, groupId: group.id, deletedAt: null }, select: { id: true, slug: true } }) : [],
    numbers("project").length ? db.project.findMany({ where: { id: { in: numbers("project") }, groupId: group.id, deletedAt: null }, select: { id: true } }) : [],
    // A cancelled meetup keeps its page (with its banner).
    numbers("meetup").length ? db.meetup.findMany({ where: { id: { in: numbers("meetup") }, groupId: group.id }, select: { id: true } }) : [],
    ids("member").length ? db.user.findMany({ where: { id: { in: ids("member") } }, select: { id: true } }) : [],
  ]);
  return new Map([
    ...posts.map(({ id }) => [`post:${id}`, postPermalink(group.slug, id)] as const),
    ...threads.map((thread) => [`thread:${thread.id}`, threadPath(group.slug, thread)] as const),
    ...projects.map(({ id }) => [`project:${id}`, `/g/${group.slug}/projects/${id}`] as const),
    ...meetups.map(({ id }) => [`meetup:${id}`, meetupPath(group.slug, id)] as const),
    ...people.map(({ id }) => [`member:${id}`, `/u/${id}`] as const),
  ]);
}

/**
 * Who did `action` last to each of these targets, and when, from the group's log: the Deleted
 * projects page's "deleted by". A target missing from the map has no entry (it was acted on before
 * the log existed).
 */
export async function lastActs(groupId: string, action: ModerationAction, targetIds: (string | number)[]): Promise<Map<string, { actor: { id: string; name: string } | null; at: Date }>> {
  if (targetIds.length === 0) return new Map();
  const rows = await db.moderationEntry.findMany({
    where: { groupId, targetKind: ACTION_TARGETS[action], targetId: { in: targetIds.map(String) }, action },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["targetId"],
    select: { targetId: true, createdAt: true, actor: { select: { id: true, name: true } } },
  });
  return new Map(rows.map((row) => [row.targetId, { actor: row.actor, at: row.createdAt }]));
}
