import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { likeLiteral } from "@/lib/like";

/**
 * The words that differ between the forms naming a member by what they typed: what a removed
 * member cannot do ("take part in its projects") and what only members can ("be added to its
 * projects"), each the end of a sentence.
 */
export interface MemberLookupWording {
  removed: string;
  membersOnly: string;
}

/** How many of the members whose names start alike an ambiguous start names. */
const NAMED_WHEN_SEVERAL = 5;

const memberSelect = (groupId: string) => ({ id: true, name: true, memberships: { where: { groupId }, select: { status: true } } }) as const;

/**
 * Finds the active member of the group a person means: by email when the text has an "@" (as
 * owners add members, decision 007); otherwise by name (case aside) among the group's members:
 * the whole name first, else the start of one active member's name ("Grace" for Grace Kim, as
 * the form's suggestions offer it). Each miss says which, on the `person` field; a start that
 * several names share lists them. Prisma compares names case aside with ILIKE, so what was typed
 * is escaped (lib/like): "%" is a percent sign, not everyone. An email is looked up among the
 * group's members (and removed members) only: anyone can lead a project, and an answer naming
 * whoever holds an address anywhere on Toile would map emails to names. Callers authorize the
 * actor and rate-limit them first.
 */
export async function findMemberByNameOrEmail(tx: Tx, groupId: string, person: string, wording: MemberLookupWording) {
  const byEmail = person.includes("@");
  const users = await tx.user.findMany({
    where: { ...(byEmail ? { email: person.toLowerCase() } : { name: { equals: likeLiteral(person), mode: "insensitive" } }), memberships: { some: { groupId } } },
    take: 2,
    select: memberSelect(groupId),
  });
  if (users.length > 1) throw new AppError("INVALID", `Several members are called “${person}”: use the email of the one you mean.`, { field: "person" });
  const [user] = users.length === 1 ? users : byEmail ? [] : await memberNamed(tx, groupId, person);
  if (!user) {
    throw new AppError("INVALID", byEmail ? `No member of this group has that email: only its members can ${wording.membersOnly}.` : `No member of this group is called “${person}”. Check the spelling, or use their email.`, { field: "person" });
  }
  // The lookups above find members alone: an active one, or one removed from the group.
  if (user.memberships[0]?.status !== "active") throw new AppError("INVALID", `${user.name} was removed from this group: they cannot ${wording.removed}.`, { field: "person" });
  return { id: user.id, name: user.name };
}

/**
 * The one active member whose name starts with `start` (case aside), none, or a refusal naming
 * those it could be. Removed members are left out: a start is a guess, and a guess should not
 * land on someone who may not take part (their full name still says why they cannot).
 */
async function memberNamed(tx: Tx, groupId: string, start: string) {
  const users = await tx.user.findMany({
    where: { name: { startsWith: likeLiteral(start), mode: "insensitive" }, memberships: { some: { groupId, status: "active" } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: NAMED_WHEN_SEVERAL + 1,
    select: memberSelect(groupId),
  });
  if (users.length <= 1) return users;
  const names = users.slice(0, NAMED_WHEN_SEVERAL).map((user) => user.name);
  const listed = new Intl.ListFormat("en", { type: "conjunction" }).format(users.length > NAMED_WHEN_SEVERAL ? [...names, "others"] : names);
  throw new AppError("INVALID", `Several members' names start with “${start}”: ${listed}. Type more of the name, or use the email of the one you mean.`, { field: "person" });
}
