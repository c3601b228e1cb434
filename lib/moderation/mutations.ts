import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTION_TARGETS, type ModerationAction, type ModerationDetails } from "./log";

export interface ModerationRecord {
  groupId: string;
  actorId: string;
  action: ModerationAction;
  /** The target's id and what it is called now (kept as it is, should it be deleted or renamed). */
  target: { id: string | number; label: string };
  details?: ModerationDetails;
  /** When, if the act has its own clock (a project's `deletedAt`): the entry says the same moment. */
  at?: Date;
}

/**
 * Writes one entry of the group's moderation log, in the transaction of the act it records
 * (`tx`): the act and its entry are saved together or not at all, so a refused or rolled-back act
 * leaves no entry, and no act goes unrecorded. Which acts call this: lib/moderation/log.ts. (The
 * demo seed writes its history with the client itself: it records acts it does not perform.)
 */
export async function recordModeration(tx: Db | Tx, record: ModerationRecord): Promise<void> {
  await tx.moderationEntry.create({
    data: {
      groupId: record.groupId,
      actorId: record.actorId,
      action: record.action,
      targetKind: ACTION_TARGETS[record.action],
      targetId: String(record.target.id),
      targetLabel: record.target.label,
      details: (record.details ?? undefined) as Prisma.InputJsonValue | undefined,
      createdAt: record.at,
    },
  });
}
