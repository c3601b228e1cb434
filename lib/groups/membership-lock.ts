import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";

/**
 * Whether the person is an active member of the group *now*, with their membership row
 * share-locked for the rest of the transaction. A ban or a removal (which update or delete that
 * row) waits for the transaction to end, and one committed meanwhile is seen here: what was
 * checked before the transaction may be out of date by the time it writes. Taken first in the
 * transaction, in the order leaving and removal take theirs (membership row, then the rest), so
 * the two wait for each other instead of deadlocking.
 */
export async function lockActiveMembership(tx: Tx, groupId: string, userId: string): Promise<boolean> {
  return (await lockedStatus(tx, groupId, userId)) === "active";
}

/** `lockActiveMembership`, refusing (403) someone removed or gone since the check before the transaction. */
export async function requireActiveMembership(tx: Tx, groupId: string, userId: string, verb: string): Promise<void> {
  const status = await lockedStatus(tx, groupId, userId);
  if (status === "active") return;
  throw new AppError("FORBIDDEN", status === "banned" ? `You were removed from this group and cannot ${verb}.` : `Join the group to ${verb}.`);
}

async function lockedStatus(tx: Tx, groupId: string, userId: string): Promise<string | undefined> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "Membership" WHERE "groupId" = ${groupId} AND "userId" = ${userId} FOR SHARE`;
  return rows[0]?.status;
}
