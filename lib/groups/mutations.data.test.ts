import { describe, expect, it } from "vitest";
import { registerUser } from "@/lib/auth/mutations";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recomputeGroups } from "@/lib/health/recompute";
import { addMember, makeGroup, makeUser, uniqueSuffix } from "@/test/fixtures";
import { listGroups, loadGroup } from "./data";
import { addMemberByEmail, joinGroup, leaveGroup, setMemberRole, updateGroupSettings } from "./mutations";
import { groupSettingsSchema } from "./schema";

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e),
  );
}

describe("groups", () => {
  it("makes the creator the owner and refuses a taken slug on the slug field", async () => {
    const owner = await makeUser();
    const group = await makeGroup(owner.id, { slug: `taken-${uniqueSuffix()}` });
    const membership = await db.membership.findUniqueOrThrow({ where: { groupId_userId: { groupId: group.id, userId: owner.id } } });
    expect(membership.role).toBe("owner");
    const error = await makeGroup(owner.id, { slug: group.slug }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("ALREADY_EXISTS");
    expect((error as AppError).field).toBe("slug");
  });

  it("join and leave public groups; private groups and owners follow the rules", async () => {
    const owner = await makeUser();
    const person = await makeUser();
    const pub = await makeGroup(owner.id);
    const priv = await makeGroup(owner.id, { visibility: "private" });
    await joinGroup(person.id, pub.id);
    expect(await codeOf(joinGroup(person.id, pub.id))).toBe("ALREADY_EXISTS");
    expect(await codeOf(joinGroup(person.id, priv.id))).toBe("NOT_FOUND");
    // A site admin sees a private group but cannot join it either: its owners add members.
    const admin = await makeUser({ isSiteAdmin: true });
    await expect(joinGroup(admin.id, priv.id)).rejects.toThrow("This group is private: its owners add members from the Members page.");
    expect(await codeOf(leaveGroup(owner.id, pub.id))).toBe("FORBIDDEN");
    await leaveGroup(person.id, pub.id);
    expect(await db.membership.count({ where: { groupId: pub.id, userId: person.id } })).toBe(0);
  });

  it("the owner and site admins change a group's settings; moderators and members cannot; the address stays", async () => {
    const owner = await makeUser();
    const moderator = await makeUser();
    const admin = await makeUser({ isSiteAdmin: true });
    const group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
    const input = groupSettingsSchema.parse({ groupId: group.id, version: "0", name: "Compost Circle", description: "We turn **kitchen scraps** into soil.", tags: "compost, Zero Waste", visibility: "private", language: "fr" });
    expect(await codeOf(updateGroupSettings(moderator.id, input))).toBe("FORBIDDEN");
    expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).name).not.toBe("Compost Circle");
    await updateGroupSettings(owner.id, input);
    const saved = await db.group.findUniqueOrThrow({ where: { id: group.id } });
    expect(saved).toMatchObject({ slug: group.slug, name: "Compost Circle", tags: ["compost", "zero-waste"], visibility: "private", language: "fr" });
    expect(saved.descriptionHtml).toContain("<strong>kitchen scraps</strong>");
    await updateGroupSettings(admin.id, { ...input, version: 1, visibility: "public" });
    expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).visibility).toBe("public");
    // Now private again, an outsider does not learn the group exists.
    await updateGroupSettings(owner.id, { ...input, version: 2 });
    expect(await codeOf(updateGroupSettings((await makeUser()).id, input))).toBe("NOT_FOUND");
    expect(groupSettingsSchema.safeParse({ ...input, tags: "compost", name: "x" }).error?.issues[0]?.message).toBe("Give the group a name of at least 3 characters.");
    expect(groupSettingsSchema.safeParse({ ...input, tags: "compost", language: "klingon" }).error?.issues[0]?.message).toBe("Choose the language of the group's discussions.");
    // A form from before the field existed: English.
    expect(groupSettingsSchema.parse({ ...input, tags: "compost", language: undefined }).language).toBe("en");
  });

  it("private groups are listed and loaded only for members and site admins", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const admin = await makeUser({ isSiteAdmin: true });
    const name = `Secret ${uniqueSuffix()}`;
    const priv = await makeGroup(owner.id, { visibility: "private", name });
    const search = { q: name, page: 1 };
    expect((await listGroups({ id: outsider.id, isSiteAdmin: false }, search)).total).toBe(0);
    expect((await listGroups(null, search)).total).toBe(0);
    expect((await listGroups({ id: owner.id, isSiteAdmin: false }, search)).total).toBe(1);
    expect((await listGroups({ id: admin.id, isSiteAdmin: true }, search)).total).toBe(1);
    expect(await loadGroup(priv.slug, { id: outsider.id, isSiteAdmin: false })).toBeNull();
    expect((await loadGroup(priv.slug, { id: owner.id, isSiteAdmin: false }))?.actor.membership?.role).toBe("owner");
  });

  it("filters the directory by tag and counts active members", async () => {
    const owner = await makeUser();
    const tag = `tag-${uniqueSuffix()}`;
    const group = await makeGroup(owner.id);
    await db.group.update({ where: { id: group.id }, data: { tags: [tag] } });
    const banned = await makeUser();
    await addMember(group.id, banned.id);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: banned.id } }, data: { status: "banned" } });
    const { groups, total } = await listGroups(null, { tag, page: 1 });
    expect(total).toBe(1);
    expect(groups[0]?.memberCount).toBe(1);
  });

  it("only owners and site admins appoint roles, and a group keeps an owner", async () => {
    const owner = await makeUser();
    const mod = await makeUser();
    const admin = await makeUser({ isSiteAdmin: true });
    const group = await makeGroup(owner.id);
    await addMember(group.id, mod.id);
    await setMemberRole(owner.id, group.id, mod.id, "moderator");
    expect(await codeOf(setMemberRole(mod.id, group.id, owner.id, "member"))).toBe("FORBIDDEN");
    expect(await codeOf(setMemberRole(owner.id, group.id, owner.id, "member"))).toBe("CONFLICT");
    await setMemberRole(admin.id, group.id, mod.id, "organizer");
    const updated = await db.membership.findUniqueOrThrow({ where: { groupId_userId: { groupId: group.id, userId: mod.id } } });
    expect(updated.role).toBe("organizer");
  });

  it("the person whose role changes is told, in one sentence naming the role and the group; not of their own change, nor of a change to the same role", async () => {
    const owner = await makeUser({ name: "Olivia Owner" });
    const admin = await makeUser({ isSiteAdmin: true, name: "Ada Admin" });
    const person = await makeUser();
    const name = `Green Corner ${uniqueSuffix()}`;
    const group = await makeGroup(owner.id, { name });
    await addMember(group.id, person.id);
    const told = () => db.notification.findMany({ where: { userId: person.id }, orderBy: { id: "asc" }, select: { kind: true, message: true, url: true } });
    await setMemberRole(owner.id, group.id, person.id, "moderator");
    // Saving the same role again changes nothing, and says nothing.
    await setMemberRole(owner.id, group.id, person.id, "moderator");
    await setMemberRole(admin.id, group.id, person.id, "organizer");
    await setMemberRole(owner.id, group.id, person.id, "owner");
    await setMemberRole(owner.id, group.id, person.id, "member");
    const url = `/g/${group.slug}`;
    expect(await told()).toEqual([
      { kind: "group.role", message: `Olivia Owner made you a moderator of ${name}: see its Reports and Health tabs.`, url },
      { kind: "group.role", message: `Ada Admin made you an organizer of ${name}: you can now schedule its meetups.`, url },
      { kind: "group.role", message: `Olivia Owner made you an owner of ${name}.`, url },
      { kind: "group.role", message: `Olivia Owner changed your role in ${name} to member.`, url },
    ]);
    // An owner stepping down (another owner remains) is not told of what they did themselves.
    await setMemberRole(owner.id, group.id, person.id, "owner");
    await setMemberRole(owner.id, group.id, owner.id, "moderator");
    expect(await db.notification.count({ where: { userId: owner.id } })).toBe(0);
    // A refused change (Olivia is a moderator now) tells nobody.
    expect(await codeOf(setMemberRole(owner.id, group.id, person.id, "member"))).toBe("FORBIDDEN");
    expect(await told()).toHaveLength(5);
  });

  it("joining, leaving, being added and being appointed mark the group's health for recomputation", async () => {
    const [owner, joiner, added] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const group = await makeGroup(owner.id);
    // Members are the health model's counted actors: each change of them is due for a recompute.
    const dirtyAfter = async (change: () => Promise<unknown>) => {
      await recomputeGroups([group.id]);
      expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).dirtySince).toBeNull();
      await change();
      return (await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).dirtySince !== null;
    };
    expect(await dirtyAfter(() => joinGroup(joiner.id, group.id))).toBe(true);
    // Leaving without a seat at any meetup to give up.
    expect(await dirtyAfter(() => leaveGroup(joiner.id, group.id))).toBe(true);
    expect(await dirtyAfter(() => addMemberByEmail(owner.id, group.id, added.email))).toBe(true);
    expect(await dirtyAfter(() => setMemberRole(owner.id, group.id, added.id, "moderator"))).toBe(true);
  });
});

describe("adding members by email", () => {
  /** The AppError an add fails with, as the form would show it. */
  async function refusal(promise: Promise<unknown>) {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof AppError)) throw error ?? new Error("The add was expected to fail.");
    return { code: error.code, field: error.field, message: error.message };
  }
  const membershipOf = (groupId: string, userId: string) => db.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true, status: true } });
  const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, select: { kind: true, message: true, url: true } });

  it("an owner adds someone with an account to a private group: a member, told who added them where", async () => {
    const owner = await makeUser({ name: "Olivia Owner" });
    const person = await makeUser();
    const name = `Quiet Circle ${uniqueSuffix()}`;
    const group = await makeGroup(owner.id, { visibility: "private", name });
    expect(await loadGroup(group.slug, { id: person.id, isSiteAdmin: false })).toBeNull();
    // Accounts store emails lower-cased; the form's address may come in any case.
    const added = await addMemberByEmail(owner.id, group.id, `  ${person.email.toUpperCase()} `);
    expect(added).toEqual({ userId: person.id, name: person.name });
    expect(await membershipOf(group.id, person.id)).toEqual({ role: "member", status: "active" });
    expect(await notificationsOf(person.id)).toEqual([{ kind: "group.added", message: `Olivia Owner added you to ${name}.`, url: `/g/${group.slug}` }]);
    expect(await notificationsOf(owner.id)).toEqual([]);
    expect((await loadGroup(group.slug, { id: person.id, isSiteAdmin: false }))?.actor.membership).toEqual({ role: "member", status: "active" });
  });

  it("a site admin adds people to any group, themselves included (without a notification to themselves)", async () => {
    const owner = await makeUser();
    const admin = await makeUser({ isSiteAdmin: true, name: "Ada Admin" });
    const person = await makeUser();
    const group = await makeGroup(owner.id, { visibility: "private" });
    await addMemberByEmail(admin.id, group.id, person.email);
    expect(await membershipOf(group.id, person.id)).toEqual({ role: "member", status: "active" });
    expect((await notificationsOf(person.id))[0]?.message).toMatch(/^Ada Admin added you to /);
    await addMemberByEmail(admin.id, group.id, admin.email);
    expect(await membershipOf(group.id, admin.id)).toEqual({ role: "member", status: "active" });
    expect(await notificationsOf(admin.id)).toEqual([]);
    // Public groups too: someone who has not found the group yet can be brought in.
    const pub = await makeGroup(owner.id);
    await addMemberByEmail(owner.id, pub.id, person.email);
    expect(await membershipOf(pub.id, person.id)).toEqual({ role: "member", status: "active" });
  });

  it("moderators, organizers and members cannot add anyone, and learn nothing about the email", async () => {
    const owner = await makeUser();
    const person = await makeUser();
    const group = await makeGroup(owner.id, { visibility: "private" });
    for (const role of ["moderator", "organizer", "member"] as const) {
      const insider = await makeUser();
      await addMember(group.id, insider.id, role);
      for (const email of [person.email, "nobody-at-all@example.test"]) {
        expect(await refusal(addMemberByEmail(insider.id, group.id, email))).toEqual({
          code: "FORBIDDEN",
          field: undefined,
          message: "Only the group's owner or a site admin can add members.",
        });
      }
    }
    expect(await membershipOf(group.id, person.id)).toBeNull();
    expect(await notificationsOf(person.id)).toEqual([]);
  });

  it("a private group is not found by outsiders; a public one refuses them", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const person = await makeUser();
    const priv = await makeGroup(owner.id, { visibility: "private" });
    const pub = await makeGroup(owner.id);
    expect(await refusal(addMemberByEmail(outsider.id, priv.id, person.email))).toMatchObject({ code: "NOT_FOUND", field: undefined });
    expect((await refusal(addMemberByEmail(outsider.id, pub.id, person.email))).code).toBe("FORBIDDEN");
    expect(await db.membership.count({ where: { userId: person.id } })).toBe(0);
  });

  it("an email without an account is refused on the email field", async () => {
    const owner = await makeUser();
    const group = await makeGroup(owner.id, { visibility: "private" });
    expect(await refusal(addMemberByEmail(owner.id, group.id, `nobody-${uniqueSuffix()}@example.test`))).toEqual({
      code: "INVALID",
      field: "email",
      message: "No one has a Toile account with that email — ask them to sign up first.",
    });
    expect(await db.membership.count({ where: { groupId: group.id } })).toBe(1);
  });

  it("an active member (the owner too) is already in, and hears about it once", async () => {
    const owner = await makeUser();
    const person = await makeUser();
    const group = await makeGroup(owner.id, { visibility: "private" });
    await addMemberByEmail(owner.id, group.id, person.email);
    expect(await refusal(addMemberByEmail(owner.id, group.id, person.email))).toEqual({
      code: "ALREADY_EXISTS",
      field: "email",
      message: `${person.name} is already a member of this group.`,
    });
    expect((await refusal(addMemberByEmail(owner.id, group.id, owner.email))).code).toBe("ALREADY_EXISTS");
    expect(await membershipOf(group.id, owner.id)).toEqual({ role: "owner", status: "active" });
    expect(await notificationsOf(person.id)).toHaveLength(1);
  });

  it("someone removed from the group stays removed: the owner cannot add them back", async () => {
    const owner = await makeUser();
    const removed = await makeUser();
    const group = await makeGroup(owner.id, { visibility: "private" });
    await addMember(group.id, removed.id);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed.id } }, data: { status: "banned" } });
    expect(await refusal(addMemberByEmail(owner.id, group.id, removed.email))).toEqual({
      code: "FORBIDDEN",
      field: "email",
      message: "The person with that email was removed from this group, so they cannot be added back.",
    });
    expect(await membershipOf(group.id, removed.id)).toEqual({ role: "member", status: "banned" });
    expect(await notificationsOf(removed.id)).toEqual([]);
  });

  it("two owners adding the same person at once make one membership and one notification", async () => {
    for (let round = 0; round < 3; round++) {
      const [first, second, person] = await Promise.all([makeUser(), makeUser(), makeUser()]);
      const group = await makeGroup(first.id, { visibility: "private" });
      await addMember(group.id, second.id, "owner");
      const results = await Promise.allSettled([addMemberByEmail(first.id, group.id, person.email), addMemberByEmail(second.id, group.id, person.email)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      expect(rejected?.status === "rejected" && rejected.reason instanceof AppError && rejected.reason.code).toBe("ALREADY_EXISTS");
      expect(await db.membership.count({ where: { groupId: group.id, userId: person.id } })).toBe(1);
      expect(await notificationsOf(person.id)).toHaveLength(1);
    }
  });
});

describe("accounts", () => {
  it("refuses a duplicate email (case-insensitively) and a weak password, on their fields", async () => {
    const email = `dup-${uniqueSuffix()}@example.test`;
    await registerUser({ email, name: "First", password: "correct horse battery staple" }, "192.0.2.1");
    const dup = await registerUser({ email, name: "Second", password: "another long passphrase here" }, "192.0.2.1").catch((e: unknown) => e);
    expect((dup as AppError).code).toBe("ALREADY_EXISTS");
    expect((dup as AppError).field).toBe("email");
    const weak = await registerUser({ email: `weak-${uniqueSuffix()}@example.test`, name: "Weak", password: "password123" }, "192.0.2.1").catch((e: unknown) => e);
    expect((weak as AppError).field).toBe("password");
    expect((weak as AppError).message).toMatch(/too easy to guess/);
  });
});

describe("ownership under concurrency", () => {
  it("two owners demoting each other at the same time leave the group one owner", async () => {
    for (let round = 0; round < 3; round++) {
      const [first, second] = await Promise.all([makeUser(), makeUser()]);
      const group = await makeGroup(first.id);
      await addMember(group.id, second.id, "owner");
      const results = await Promise.allSettled([setMemberRole(first.id, group.id, second.id, "member"), setMemberRole(second.id, group.id, first.id, "member")]);
      const owners = await db.membership.count({ where: { groupId: group.id, role: "owner" } });
      expect(owners).toBe(1);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    }
  });
});

describe("members list", () => {
  it("lists active members, the people who run the group first, with the total for pagination", async () => {
    const owner = await makeUser({ name: "Owner" });
    const group = await makeGroup(owner.id);
    const early = await makeUser({ name: "Early member" });
    const mod = await makeUser({ name: "Late moderator" });
    const banned = await makeUser({ name: "Banned" });
    await addMember(group.id, early.id);
    await addMember(group.id, mod.id, "moderator");
    await addMember(group.id, banned.id);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: banned.id } }, data: { status: "banned" } });
    const { listGroupMembers } = await import("./data");
    const { members, total } = await listGroupMembers(group.id);
    expect(total).toBe(3);
    expect(members.map((m) => m.user.name)).toEqual(["Owner", "Late moderator", "Early member"]);
    expect((await listGroupMembers(group.id, { page: 2 })).members).toEqual([]);
  });
});

describe("topics", () => {
  it("counts tags over the groups the viewer may see, most used first", async () => {
    const owner = await makeUser();
    const outsider = await makeUser();
    const tag = `t${uniqueSuffix()}`;
    const rare = `r${uniqueSuffix()}`;
    const secret = `s${uniqueSuffix()}`;
    for (const tags of [[tag], [tag, rare]]) {
      const group = await makeGroup(owner.id);
      await db.group.update({ where: { id: group.id }, data: { tags } });
    }
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    await db.group.update({ where: { id: hidden.id }, data: { tags: [secret] } });
    const { listTopics } = await import("./data");
    const popular = async (viewer: Parameters<typeof listTopics>[0]) => (await listTopics(viewer, { order: "popular", pageSize: 1000 })).topics;
    const find = (tags: { tag: string; count: number }[], name: string) => tags.find((t) => t.tag === name);
    const all = await popular(null);
    expect(find(all, tag)?.count).toBe(2);
    expect(find(all, rare)?.count).toBe(1);
    expect(all.findIndex((t) => t.tag === tag)).toBeLessThan(all.findIndex((t) => t.tag === rare));
    expect(find(all, secret)).toBeUndefined();
    expect(find(await popular({ id: outsider.id, isSiteAdmin: false }), secret)).toBeUndefined();
    expect(find(await popular({ id: owner.id, isSiteAdmin: false }), secret)?.count).toBe(1);
    expect(find(await popular({ id: outsider.id, isSiteAdmin: true }), secret)?.count).toBe(1);
  });

  it("pages through every topic A to Z, with how many there are in all", async () => {
    const owner = await makeUser();
    const group = await makeGroup(owner.id);
    const suffix = uniqueSuffix();
    await db.group.update({ where: { id: group.id }, data: { tags: [`b${suffix}`, `a${suffix}`] } });
    const { listTopics } = await import("./data");
    const everything = await listTopics(null, { order: "name", pageSize: 10_000 });
    expect(everything.total).toBe(everything.topics.length);
    expect(everything.topics.map((t) => t.tag)).toEqual(everything.topics.map((t) => t.tag).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const at = everything.topics.findIndex((t) => t.tag === `a${suffix}`);
    expect(everything.topics[at + 1]?.tag).toBe(`b${suffix}`);
    const second = await listTopics(null, { order: "name", page: at + 2, pageSize: 1 });
    expect(second).toEqual({ topics: [{ tag: `b${suffix}`, count: 1 }], total: everything.total });
    expect(await listTopics(null, { order: "name", page: everything.total + 1, pageSize: 1 })).toEqual({ topics: [], total: 0 });
  });
});
