import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The words that differ between the forms naming a member by what they typed: what a removed
 * member cannot do ("take part in its projects") and what only members can ("be added to its
 * projects"), each the end of a sentence.
 */
export interface MemberLookupWording {
  removed: string;
  membersOnly: string;
}

/**
 * Finds the active member of the group a person means: by email when the text has an "@" (as
 * owners add members, decision 007), otherwise by exact name (case aside) among the group's
 * members. Each miss says which, on the `person` field. Callers authorize the actor and
 * rate-limit them first (decision 007 §5): the answers tell which emails have an account.
 */
export async function findMemberByNameOrEmail(tx: Tx, groupId: string, person: string, wording: MemberLookupWording) {
  const byEmail = person.includes("@");
  const users = await tx.user.findMany({
    where: byEmail ? { email: person.toLowerCase() } : { name: { equals: person, mode: "insensitive" }, memberships: { some: { groupId } } },
    take: 2,
    select: { id: true, name: true, memberships: { where: { groupId }, select: { status: true } } },
  });
  if (users.length === 0) {
    throw new AppError("INVALID", byEmail ? "No one has a Toile account with that email." : `No member of this group is called “${person}”. Check the spelling, or use their email.`, { field: "person" });
  }
  if (users.length > 1) throw new AppError("INVALID", `Several members are called “${person}”: use the email of the one you mean.`, { field: "person" });
  const [user] = users as [(typeof users)[number]];
  const status = user.memberships[0]?.status;
  if (status === "banned") throw new AppError("INVALID", `${user.name} was removed from this group: they cannot ${wording.removed}.`, { field: "person" });
  if (status !== "active") throw new AppError("INVALID", `${user.name} is not a member of this group: only its members can ${wording.membersOnly}.`, { field: "person" });
  return { id: user.id, name: user.name };
}
