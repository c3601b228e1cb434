import { AppError } from "@/lib/errors";
import { can, type GroupAction, type GroupActor } from "./ability";
import { loadGroupActor } from "./data";
import { notMemberRefusal } from "./membership-lock";

export interface RefusalWording {
  /** What the person tried, for the ban message: "You were removed from this group and cannot <verb>." */
  verb: string;
  /** Refusal of "participate" to a non-member (default: "Join the group to <verb>."). */
  join?: string;
  /** Refusal of any other action: the role it needs is missing. */
  role?: string;
  /**
   * The 404's message when the group is hidden from the person, naming what they acted on
   * ("This post does not exist."): the same words as for a thing that does not exist, so an
   * outsider cannot tell a private group's post from no post at all.
   */
  hidden?: string;
}

/**
 * The group and the person's standing in it, read from the database: a 404 AppError when the
 * group does not exist or is hidden from them (a private group's existence does not leak).
 */
export async function loadVisibleGroupActor(groupId: string, userId: string, hidden = "This group does not exist."): Promise<{ actor: GroupActor; visibility: "public" | "private" }> {
  const loaded = await loadGroupActor(groupId, userId);
  if (!loaded || !can(loaded.actor, "view", loaded)) throw new AppError("NOT_FOUND", hidden);
  return loaded;
}

/**
 * Every mutation's group check, read from the database each time: the group must be visible to
 * the person (404 otherwise, so a private group's existence does not leak), and the action
 * allowed by `can()` (403 with a specific message otherwise).
 */
export async function requireGroupAbility(groupId: string, userId: string, action: GroupAction, wording: RefusalWording): Promise<GroupActor> {
  const loaded = await loadVisibleGroupActor(groupId, userId, wording.hidden);
  if (can(loaded.actor, action, loaded)) return loaded.actor;
  const status = loaded.actor.membership?.status;
  if (status === "banned" || action === "participate") throw notMemberRefusal(status, wording.verb, wording.join);
  throw new AppError("FORBIDDEN", wording.role ?? `You cannot ${wording.verb} in this group.`);
}
