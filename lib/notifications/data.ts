import { db } from "@/lib/db";
import { isOptionalNotice, type OptionalNoticeKind } from "./preferences";
import { notificationGroupSlug } from "./wording";

export const NOTIFICATIONS_PAGE_SIZE = 30;

/**
 * A person's notifications, newest first (served by the (userId, createdAt desc) index), each
 * with the language of the group it leads into (null outside groups): its quotations are that
 * group's people's words.
 */
export async function listNotifications(userId: string, page = 1) {
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, message: true, url: true, createdAt: true, readAt: true, eventAt: true, eventTimeZone: true },
    }),
    db.notification.count({ where: { userId } }),
  ]);
  const slugs = [...new Set(items.flatMap((item) => notificationGroupSlug(item.url) ?? []))];
  const groups = slugs.length === 0 ? [] : await db.group.findMany({ where: { slug: { in: slugs } }, select: { slug: true, language: true } });
  const languages = new Map(groups.map((group) => [group.slug, group.language]));
  return { items: items.map((item) => ({ ...item, language: languages.get(notificationGroupSlug(item.url) ?? "") ?? null })), total };
}

export async function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The optional notices a member turned off (decision 031), for their Account page. */
export async function loadMutedNotices(userId: string): Promise<OptionalNoticeKind[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mutedNotices: true } });
  return user.mutedNotices.filter(isOptionalNotice);
}

/** The groups whose optional notices the person muted (decision 031), still theirs, by name. */
export async function loadMutedGroups(userId: string): Promise<{ name: string; slug: string; language: string }[]> {
  const rows = await db.membership.findMany({
    where: { userId, status: "active", noticesMuted: true },
    select: { group: { select: { name: true, slug: true, language: true } } },
    orderBy: { group: { name: "asc" } },
  });
  return rows.map((row) => row.group);
}
