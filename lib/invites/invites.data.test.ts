import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeUser, refusal } from "@/test/fixtures";
import { listActiveInvites, loadInvitation } from "./data";
import { acceptInvite, createInvite, revokeInvite } from "./mutations";
import { hashInviteToken } from "./token";

const DAY = 24 * 60 * 60 * 1000;

function tokenOf(path: string): string {
  return path.slice("/invite/".length);
}

/** A private group with its owner, a moderator, an organizer and a member. */
async function makeCast() {
  const [owner, moderator, organizer, member] = await Promise.all([makeUser({ name: "Olivia Owner" }), makeUser(), makeUser(), makeUser()]);
  const group = await makeGroup(owner.id, { visibility: "private" });
  await addMember(group.id, moderator.id, "moderator");
  await addMember(group.id, organizer.id, "organizer");
  await addMember(group.id, member.id);
  return { owner, moderator, organizer, member, group };
}

async function newLink(actorId: string, groupId: string, options: { days?: 1 | 7 | 30; maxUses?: number | null; now?: Date } = {}) {
  const created = await createInvite(actorId, { groupId, expiresInDays: options.days ?? 7, maxUses: options.maxUses ?? null }, options.now);
  return { ...created, token: tokenOf(created.path) };
}

async function usesOf(inviteId: string) {
  return (await db.groupInvite.findUniqueOrThrow({ where: { id: inviteId } })).uses;
}

async function statusIn(groupId: string, userId: string) {
  return (await db.membership.findUnique({ where: { groupId_userId: { groupId, userId } } }))?.status ?? null;
}

describe("creating and revoking invitation links", () => {
  it("stores only the token's hash, and lists the group's active links with who made them", async () => {
    const { owner, group } = await makeCast();
    const now = new Date();
    const link = await newLink(owner.id, group.id, { maxUses: 5, now });
    expect(link.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    const row = await db.groupInvite.findUniqueOrThrow({ where: { id: link.id } });
    expect(row).toMatchObject({ groupId: group.id, createdById: owner.id, tokenHash: hashInviteToken(link.token), tokenPrefix: link.token.slice(0, 6), maxUses: 5, uses: 0, revokedAt: null });
    expect(row.expiresAt.getTime()).toBe(now.getTime() + 7 * DAY);
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(await listActiveInvites(group.id, now)).toEqual([
      { id: link.id, tokenPrefix: link.token.slice(0, 6), createdAt: row.createdAt, expiresAt: row.expiresAt, maxUses: 5, uses: 0, createdBy: { id: owner.id, name: "Olivia Owner" } },
    ]);
  });

  it("owners and site admins create and revoke links; moderators, organizers and members get 403, outsiders 404", async () => {
    const { owner, moderator, organizer, member, group } = await makeCast();
    const admin = await makeUser({ isSiteAdmin: true });
    const outsider = await makeUser();
    for (const person of [moderator, organizer, member]) {
      const error = await refusal(newLink(person.id, group.id));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe("Only the group's owner or a site admin can create invitation links.");
    }
    expect((await refusal(newLink(outsider.id, group.id))).code).toBe("NOT_FOUND");
    expect(await db.groupInvite.count({ where: { groupId: group.id } })).toBe(0);

    const byOwner = await newLink(owner.id, group.id);
    const byAdmin = await newLink(admin.id, group.id);
    for (const person of [moderator, organizer, member]) {
      expect((await refusal(revokeInvite(person.id, group.id, byOwner.id))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(revokeInvite(outsider.id, group.id, byOwner.id))).code).toBe("NOT_FOUND");
    expect(await db.groupInvite.count({ where: { groupId: group.id, revokedAt: { not: null } } })).toBe(0);

    // Any of them revokes any link of the group, whoever made it.
    await revokeInvite(owner.id, group.id, byAdmin.id);
    await revokeInvite(admin.id, group.id, byOwner.id);
    expect(await listActiveInvites(group.id, new Date())).toEqual([]);
    const again = await refusal(revokeInvite(owner.id, group.id, byOwner.id));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This invitation link was already revoked." });
  });

  it("an owner of another group cannot revoke this group's links through their own group", async () => {
    const { owner, group } = await makeCast();
    const other = await makeUser();
    const theirs = await makeGroup(other.id);
    const link = await newLink(owner.id, group.id);
    expect((await refusal(revokeInvite(other.id, theirs.id, link.id))).code).toBe("NOT_FOUND");
    expect((await db.groupInvite.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
  });

  it("the moderation log records who created a link, how long it lasts and for how many, and who revoked it", async () => {
    const { owner, moderator, group } = await makeCast();
    const link = await newLink(owner.id, group.id, { days: 30, maxUses: 25 });
    await acceptInvite(moderator.id, link.token); // already a member: no use counted
    await acceptInvite((await makeUser()).id, link.token);
    await revokeInvite(owner.id, group.id, link.id);
    await refusal(revokeInvite(owner.id, group.id, link.id)); // a second click records nothing
    await refusal(createInvite(moderator.id, { groupId: group.id, expiresInDays: 7, maxUses: null })); // refused: nothing either
    const entries = await db.moderationEntry.findMany({ where: { groupId: group.id }, orderBy: { id: "asc" } });
    const label = `the invitation link /invite/${link.token.slice(0, 6)}…`;
    expect(entries).toMatchObject([
      { actorId: owner.id, action: "invite_created", targetKind: "invite", targetId: link.id, targetLabel: label, details: { days: 30, maxUses: 25 } },
      { actorId: owner.id, action: "invite_revoked", targetKind: "invite", targetId: link.id, targetLabel: label, details: { uses: 1 } },
    ]);
  });

  it("lists neither expired, revoked nor used-up links", async () => {
    const { owner, group } = await makeCast();
    const now = new Date();
    const old = await newLink(owner.id, group.id, { days: 1, now: new Date(now.getTime() - 2 * DAY) });
    const revoked = await newLink(owner.id, group.id);
    await revokeInvite(owner.id, group.id, revoked.id);
    const once = await newLink(owner.id, group.id, { maxUses: 1 });
    await acceptInvite((await makeUser()).id, once.token);
    const live = await newLink(owner.id, group.id, { maxUses: 2 });
    await acceptInvite((await makeUser()).id, live.token);
    const listed = await listActiveInvites(group.id, now);
    expect(listed.map((invite) => invite.id)).toEqual([live.id]);
    expect(listed[0]).toMatchObject({ uses: 1, maxUses: 2 });
    expect(old.id).not.toBe(live.id);
  });
});

describe("accepting an invitation", () => {
  it("makes an active member of a private group, counts one use, tells the inviter and marks health dirty", async () => {
    const { owner, group } = await makeCast();
    await db.groupHealth.create({ data: { groupId: group.id, computedAt: new Date(), overall: 0, band: "dormant", provisional: true, activity: 0, richness: 0, meetups: 0, projects: 0, report: {} } });
    const link = await newLink(owner.id, group.id);
    const person = await makeUser({ name: "Nina Newcomer" });
    expect(await acceptInvite(person.id, link.token)).toEqual({ slug: group.slug, alreadyMember: false });
    expect(await db.membership.findUniqueOrThrow({ where: { groupId_userId: { groupId: group.id, userId: person.id } } })).toMatchObject({ role: "member", status: "active" });
    expect(await usesOf(link.id)).toBe(1);
    const notices = await db.notification.findMany({ where: { userId: owner.id }, select: { kind: true, message: true, url: true } });
    expect(notices).toEqual([{ kind: "group.joined", message: `Nina Newcomer joined ${(await db.group.findUniqueOrThrow({ where: { id: group.id } })).name} with your invitation link.`, url: `/g/${group.slug}/members` }]);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).dirtySince).not.toBeNull();
  });

  it("an active member is told so and counts no use", async () => {
    const { owner, member, group } = await makeCast();
    const link = await newLink(owner.id, group.id, { maxUses: 1 });
    expect(await acceptInvite(member.id, link.token)).toEqual({ slug: group.slug, alreadyMember: true });
    expect(await acceptInvite(owner.id, link.token)).toEqual({ slug: group.slug, alreadyMember: true });
    expect(await usesOf(link.id)).toBe(0);
    expect(await db.notification.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("a removed person is refused as adding them is, and counts no use", async () => {
    const { owner, member, group } = await makeCast();
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: member.id } }, data: { status: "banned", removedAt: new Date() } });
    const link = await newLink(owner.id, group.id);
    const error = await refusal(acceptInvite(member.id, link.token));
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "You were removed from this group and cannot rejoin it." });
    expect(await statusIn(group.id, member.id)).toBe("banned");
    expect(await usesOf(link.id)).toBe(0);
    expect((await loadInvitation(link.token, member.id))?.viewerStatus).toBe("banned");
  });

  it("expired, revoked and used-up links say which, and leave no membership", async () => {
    const { owner, group } = await makeCast();
    const person = await makeUser();
    const expired = await newLink(owner.id, group.id, { days: 1, now: new Date(Date.now() - DAY - 1000) });
    expect(await refusal(acceptInvite(person.id, expired.token))).toMatchObject({ code: "CONFLICT", message: "This invitation has expired." });
    const revoked = await newLink(owner.id, group.id);
    await revokeInvite(owner.id, group.id, revoked.id);
    expect(await refusal(acceptInvite(person.id, revoked.token))).toMatchObject({ code: "CONFLICT", message: "This invitation was revoked by the group's owners." });
    const once = await newLink(owner.id, group.id, { maxUses: 1 });
    await acceptInvite((await makeUser()).id, once.token);
    expect(await refusal(acceptInvite(person.id, once.token))).toMatchObject({ code: "CONFLICT", message: "This invitation has been used as many times as it allows." });
    expect(await statusIn(group.id, person.id)).toBeNull();
    expect([await usesOf(expired.id), await usesOf(revoked.id), await usesOf(once.id)]).toEqual([0, 0, 1]);
  });

  it("an expiry is judged at the moment of accepting", async () => {
    const { owner, group } = await makeCast();
    const now = new Date();
    const link = await newLink(owner.id, group.id, { days: 1, now });
    expect(await refusal(acceptInvite((await makeUser()).id, link.token, new Date(now.getTime() + DAY)))).toMatchObject({ message: "This invitation has expired." });
    expect(await acceptInvite((await makeUser()).id, link.token, new Date(now.getTime() + DAY - 1))).toMatchObject({ alreadyMember: false });
  });

  it("unknown and malformed tokens are 404s", async () => {
    const person = await makeUser();
    expect((await refusal(acceptInvite(person.id, "A".repeat(43)))).code).toBe("NOT_FOUND");
    expect((await refusal(acceptInvite(person.id, "not a token"))).code).toBe("NOT_FOUND");
    expect(await loadInvitation("A".repeat(43), person.id)).toBeNull();
    expect(await loadInvitation("../../etc", null)).toBeNull();
  });

  it("concurrent accepts never exceed the maximum uses", async () => {
    const { owner, group } = await makeCast();
    const link = await newLink(owner.id, group.id, { maxUses: 3 });
    const people = await Promise.all(Array.from({ length: 8 }, () => makeUser()));
    const results = await Promise.allSettled(people.map((person) => acceptInvite(person.id, link.token)));
    const joined = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(joined).toHaveLength(3);
    for (const result of refused) expect((result as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: "This invitation has been used as many times as it allows." });
    expect(await usesOf(link.id)).toBe(3);
    expect(await db.membership.count({ where: { groupId: group.id, userId: { in: people.map((person) => person.id) } } })).toBe(3);
    expect(await db.notification.count({ where: { userId: owner.id, kind: "group.joined" } })).toBe(3);
  });

  it("the same person accepting twice at once joins once and counts one use", async () => {
    const { owner, group } = await makeCast();
    const link = await newLink(owner.id, group.id, { maxUses: 5 });
    const person = await makeUser();
    const results = await Promise.all([acceptInvite(person.id, link.token), acceptInvite(person.id, link.token)]);
    expect(results.map((result) => result.alreadyMember).sort()).toEqual([false, true]);
    expect(await usesOf(link.id)).toBe(1);
  });

  it("the invitation page sees the group's public face and the viewer's standing", async () => {
    const { owner, member, group } = await makeCast();
    const link = await newLink(owner.id, group.id);
    const invitation = await loadInvitation(link.token, null);
    expect(invitation).toMatchObject({ createdBy: { name: "Olivia Owner" }, uses: 0, maxUses: null, revokedAt: null, viewerStatus: null, group: { id: group.id, slug: group.slug, memberCount: 4 } });
    expect(invitation!.group.descriptionHtml).toContain("A group made by a test fixture.");
    expect((await loadInvitation(link.token, member.id))?.viewerStatus).toBe("active");
  });
});
