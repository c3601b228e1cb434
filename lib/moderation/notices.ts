import type { Tx } from "@/lib/db";
import { sendNotifications, type AddressedNoticeKind } from "@/lib/notifications/mutations";

/**
 * Tells people that the group's moderators acted on their things — deleted or restored their
 * post, thread, project or project update (decision 019) — in the act's transaction. Always
 * "the moderators of <group>", never a name: who acted is in the group's moderation log, which
 * only the moderators read, as reporters are never named to authors (decision 012).
 *
 * The notice leads to `url`, or to the group's page when null; to the directory for someone no
 * longer in a hidden private group (removed first, as a spammer usually is), where either would
 * be a 404. A listed private group's page shows outsiders its listing (decision 025): the group's
 * page, then, whatever `url` was.
 * The caller leaves the one acting out of `userIds`.
 */
export async function tellOfModeration(
  tx: Tx,
  notice: { userIds: string[]; groupId: string; kind: AddressedNoticeKind; message: (groupName: string) => string; url: string | null },
): Promise<void> {
  if (notice.userIds.length === 0) return;
  const group = await tx.group.findUniqueOrThrow({
    where: { id: notice.groupId },
    select: { name: true, slug: true, visibility: true, listed: true, memberships: { where: { userId: { in: notice.userIds }, status: "active" }, select: { userId: true } } },
  });
  const inside = new Set(group.memberships.map((membership) => membership.userId));
  const message = notice.message(group.name);
  await sendNotifications(
    notice.userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      message,
      url: group.visibility === "private" && !inside.has(userId) ? (group.listed ? `/g/${group.slug}` : "/groups") : (notice.url ?? `/g/${group.slug}`),
    })),
    tx,
  );
}

/** A notice's end: the moderator's reason, quoted, when they gave one (decision 019); else a full stop. */
export function endingWithReason(reason: string | null | undefined): string {
  return reason ? `: “${reason}”` : ".";
}
