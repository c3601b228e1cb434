import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import type { GroupRole, MembershipStatus } from "./ability";

/**
 * Whether the person is an active member of the group *now*, with their membership row
 * share-locked for the rest of the transaction. A ban or a removal (which update or delete that
 * row) waits for the transaction to end, and one committed meanwhile is seen here: what was
 * checked before the transaction may be out of date by the time it writes. Taken first in the
 * transaction, in the order leaving and removal take theirs (membership row, then the rest), so
 * the two wait for each other instead of deadlocking.
 */
export async function lockActiveMembership(tx: Tx, groupId: string, userId: string): Promise<boolean> {
  return (await lockMembership(tx, groupId, userId))?.status === "active";
}

/** `lockActiveMembership`, refusing (403) someone removed or gone since the check before the transaction. */
export async function requireActiveMembership(tx: Tx, groupId: string, userId: string, verb: string): Promise<void> {
  const status = (await lockMembership(tx, groupId, userId))?.status;
  if (status !== "active") throw notMemberRefusal(status, verb);
}

/** The person's membership row as it stands now, share-locked for the rest of the transaction (null: none). */
export async function lockMembership(tx: Tx, groupId: string, userId: string): Promise<{ role: GroupRole; status: MembershipStatus } | null> {
  const rows = await tx.$queryRaw<{ role: GroupRole; status: MembershipStatus }[]>`
    SELECT role::text AS role, status::text AS status FROM "Membership" WHERE "groupId" = ${groupId} AND "userId" = ${userId} FOR SHARE`;
  return rows[0] ?? null;
}

/**
 * The 403 for someone who is not (or no longer) an active member, worded the same before a
 * transaction (`requireGroupAbility`) and inside one: removed, or never joined (`join` replaces
 * the default invitation).
 */
export function notMemberRefusal(status: string | undefined, verb: string, join?: string): AppError {
  return new AppError("FORBIDDEN", status === "banned" ? `You were removed from this group and cannot ${verb}.` : (join ?? `Join the group to ${verb}.`));
}
