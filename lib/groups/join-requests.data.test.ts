import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectAppError } from "@/lib/projects/test-fixtures";
import { acceptInvite, createInvite } from "@/lib/invites/mutations";
import { addMember, makeGroup, makeThread, makeUser, noticeAndLogMark, toldAndLoggedSince, untilSomeoneWaitsForALock } from "@/test/fixtures";
import { heldChange } from "@/test/held";
import { listGroups, loadGroup } from "./data";
import { askToJoin, countJoinRequests, decideJoinRequest, joinRequestsPath, listJoinRequests, loadListedGroup, withdrawJoinRequest } from "./join-requests";
import { addMemberByEmail, joinGroup, removeMember, updateGroupSettings } from "./mutations";

type User = Awaited<ReturnType<typeof makeUser>>;
const reader = (user: User) => ({ id: user.id, isSiteAdmin: false });

/** Decision 025: a listed private group is found by anyone, who may ask to join; its moderators answer. */
describe("requests to join a listed private group", () => {
  let owner: User, moderator: User, member: User;
  let listed: { id: string; slug: string; name: string };

  beforeAll(async () => {
    [owner, moderator, member] = await Promise.all([makeUser({ name: "Olga Owner" }), makeUser(), makeUser()]);
    const group = await makeGroup(owner.id, { visibility: "private", name: `Seed circle ${Date.now()}` });
    listed = { ...group, name: (await db.group.update({ where: { id: group.id }, data: { listed: true }, select: { name: true } })).name };
    await addMember(listed.id, moderator.id, "moderator");
    await addMember(listed.id, member.id);
    await makeThread(owner.id, listed.id, "Members only talk");
  });

  it("is listed in the directory to anyone, with its description, while its content stays hidden", async () => {
    const outsider = await makeUser();
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    for (const viewer of [null, reader(outsider)]) {
      const { groups } = await listGroups(viewer, { q: listed.name, page: 1 });
      expect(groups.map((group) => group.id)).toEqual([listed.id]);
      expect(groups[0]).toMatchObject({ visibility: "private", memberCount: 3 });
      expect((await listGroups(viewer, { page: 1 })).groups.map((group) => group.id)).not.toContain(hidden.id);
      // Its pages read through loadGroup: still hidden.
      expect(await loadGroup(listed.slug, viewer)).toBeNull();
    }
    expect(await loadListedGroup(listed.slug, reader(outsider))).toMatchObject({ group: { id: listed.id, memberCount: 3 }, request: null, removed: false });
    expect(await loadListedGroup(hidden.slug, reader(outsider))).toBeNull();
  });

  it("someone asks, the moderators are told; a second request while it waits is refused; they may take it back", async () => {
    const asker = await makeUser({ name: "Ana Asker" });
    const before = await noticeAndLogMark();
    await askToJoin(asker.id, listed.id, "I tend the plot next door.");
    const told = await toldAndLoggedSince(before);
    expect(told.entries).toEqual([]);
    expect(told.notices.map((notice) => notice.userId).sort()).toEqual([owner.id, moderator.id].sort());
    expect(told.notices[0]).toMatchObject({ kind: "group.join.requested", message: `Ana Asker asks to join ${listed.name}.`, url: joinRequestsPath(listed.slug) });
    expect(await listJoinRequests(listed.id)).toEqual([expect.objectContaining({ message: "I tend the plot next door.", user: { id: asker.id, name: "Ana Asker" } })]);
    await expectAppError(askToJoin(asker.id, listed.id, "Again?"), "ALREADY_EXISTS", /not answered yet/);
    const [waiting] = await listJoinRequests(listed.id);
    await withdrawJoinRequest(asker.id, listed.id);
    expect(await countJoinRequests(listed.id)).toBe(0);
    await expectAppError(decideJoinRequest(moderator.id, waiting!.id, "accept"), "NOT_FOUND", /taken back/);
    await expectAppError(withdrawJoinRequest(asker.id, listed.id), "CONFLICT", /no request waiting/);
  });

  it("accepting makes them a member (logged, and they are told); a second answer is refused", async () => {
    const asker = await makeUser({ name: "Ben Asker" });
    await askToJoin(asker.id, listed.id, "");
    const [request] = await listJoinRequests(listed.id);
    await expectAppError(decideJoinRequest(member.id, request!.id, "accept"), "FORBIDDEN", /owners and moderators/);
    await expectAppError(decideJoinRequest(asker.id, request!.id, "accept"), "NOT_FOUND");
    const before = await noticeAndLogMark();
    const [first, second] = await Promise.allSettled([decideJoinRequest(moderator.id, request!.id, "accept"), decideJoinRequest(owner.id, request!.id, "decline", "No.")]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const told = await toldAndLoggedSince(before);
    expect(told.entries).toHaveLength(1);
    expect(told.notices).toHaveLength(1);
    if (first.status === "fulfilled") {
      expect(await loadGroup(listed.slug, reader(asker))).not.toBeNull();
      expect(told).toEqual({
        notices: [{ userId: asker.id, kind: "group.request.accepted", message: `The moderators of ${listed.name} accepted your request to join.`, url: `/g/${listed.slug}` }],
        entries: [{ actorId: moderator.id, action: "join_request_accepted", targetKind: "member", targetId: asker.id, targetLabel: "Ben Asker", details: { requestId: request!.id } }],
      });

      await expectAppError(askToJoin(asker.id, listed.id, ""), "ALREADY_EXISTS", /already a member/);
    } else {
      expect(told.entries[0]).toMatchObject({ action: "join_request_declined" });
    }
    expect(await countJoinRequests(listed.id)).toBe(0);
  });

  it("a moderator answering a request another accepted meanwhile is told so; anyone else learns nothing", async () => {
    const asker = await makeUser({ name: "Dev Asker" });
    await askToJoin(asker.id, listed.id, "");
    const [request] = await listJoinRequests(listed.id);
    await decideJoinRequest(moderator.id, request!.id, "accept");
    await expectAppError(decideJoinRequest(owner.id, request!.id, "decline", "No."), "CONFLICT", /^Dev Asker's request was accepted already: they are a member\.$/);
    await expectAppError(decideJoinRequest(member.id, request!.id, "decline"), "FORBIDDEN", /owners and moderators/);
    await expectAppError(decideJoinRequest((await makeUser()).id, request!.id, "accept"), "NOT_FOUND");
  });

  it("joining once the group went public clears one's request; a request left from before is cleared by its answer, telling nobody", async () => {
    const [founder, asker] = await Promise.all([makeUser(), makeUser({ name: "Léa Asker" })]);
    const group = await makeGroup(founder.id, { visibility: "private" });
    await db.group.update({ where: { id: group.id }, data: { listed: true } });
    await askToJoin(asker.id, group.id, "Hello");
    await db.group.update({ where: { id: group.id }, data: { visibility: "public", listed: false } });
    await joinGroup(asker.id, group.id);
    expect(await db.joinRequest.count({ where: { groupId: group.id, userId: asker.id } })).toBe(0);

    // A request that outlived its asker's joining (before joining cleared it): declining it tells
    // nobody and logs nothing; accepting one does the same.
    const before = await noticeAndLogMark();
    for (const decision of ["decline", "accept"] as const) {
      const stale = await db.joinRequest.create({ data: { groupId: group.id, userId: asker.id, message: "" }, select: { id: true } });
      expect(await decideJoinRequest(founder.id, stale.id, decision, null)).toEqual({ name: "Léa Asker", alreadyMember: true });
      expect(await db.joinRequest.count({ where: { id: stale.id } })).toBe(0);
    }
    expect(await toldAndLoggedSince(before)).toEqual({ notices: [], entries: [] });
    expect(await db.membership.findUnique({ where: { groupId_userId: { groupId: group.id, userId: asker.id } }, select: { status: true } })).toEqual({ status: "active" });
  });

  it("a second answer to a request declined meanwhile says so, and changes nothing", async () => {
    const asker = await makeUser({ name: "Eve Asker" });
    await askToJoin(asker.id, listed.id, "");
    const [request] = await listJoinRequests(listed.id);
    await decideJoinRequest(moderator.id, request!.id, "decline", "Full for now.");
    await expectAppError(decideJoinRequest(owner.id, request!.id, "accept"), "CONFLICT", /^Eve Asker's request was declined already\.$/);
    expect(await db.membership.findUnique({ where: { groupId_userId: { groupId: listed.id, userId: asker.id } } })).toBeNull();
    expect(await db.joinRequest.findUnique({ where: { id: request!.id }, select: { status: true, reason: true } })).toEqual({ status: "declined", reason: "Full for now." });
  });

  it("declining keeps the reason for them to read; they may ask again, and the same request waits anew", async () => {
    const asker = await makeUser({ name: "Cleo Asker" });
    await askToJoin(asker.id, listed.id, "Please?");
    const [request] = await listJoinRequests(listed.id);
    const before = await noticeAndLogMark();
    await decideJoinRequest(owner.id, request!.id, "decline", "We only take people from the plot.");
    expect(await toldAndLoggedSince(before)).toEqual({
      notices: [{ userId: asker.id, kind: "group.request.declined", message: `The moderators of ${listed.name} declined your request to join: “We only take people from the plot.”`, url: `/g/${listed.slug}` }],
      entries: [{ actorId: owner.id, action: "join_request_declined", targetKind: "member", targetId: asker.id, targetLabel: "Cleo Asker", details: { reason: "We only take people from the plot." } }],
    });
    expect(await loadListedGroup(listed.slug, reader(asker))).toMatchObject({ request: { status: "declined", reason: "We only take people from the plot." } });
    expect(await loadGroup(listed.slug, reader(asker))).toBeNull();
    await askToJoin(asker.id, listed.id, "I joined the plot since.");
    expect(await loadListedGroup(listed.slug, reader(asker))).toMatchObject({ request: { status: "pending", message: "I joined the plot since.", reason: null, decidedAt: null } });
    expect((await listJoinRequests(listed.id)).map((waiting) => waiting.id)).toEqual([request!.id]);
    await withdrawJoinRequest(asker.id, listed.id);
  });

  it("someone added by the owner meanwhile has their request go with it", async () => {
    const asker = await makeUser({ name: "Dan Asker" });
    await askToJoin(asker.id, listed.id, "");
    await addMemberByEmail(owner.id, listed.id, asker.email);
    expect(await countJoinRequests(listed.id)).toBe(0);
    expect(await db.joinRequest.count({ where: { userId: asker.id } })).toBe(0);
  });

  it("the moderators' notices of a request are left unread only while it waits for them: asked anew, taken back, answered or let in otherwise, they are read", async () => {
    const unread = (asker: User) =>
      db.notification.findMany({ where: { kind: "group.join.requested", readAt: null, message: { startsWith: `${asker.name} asks` } }, select: { userId: true }, orderBy: { userId: "asc" } });
    const moderators = [owner.id, moderator.id].sort().map((userId) => ({ userId }));
    const asker = await makeUser({ name: `Noor Asker ${Date.now()}` });
    await askToJoin(asker.id, listed.id, "");
    expect(await unread(asker)).toEqual(moderators);
    // Taken back: nothing left to answer.
    await withdrawJoinRequest(asker.id, listed.id);
    expect(await unread(asker)).toEqual([]);
    // Asked, declined, asked anew: one unread notice each, the latest.
    await askToJoin(asker.id, listed.id, "");
    await decideJoinRequest(owner.id, (await listJoinRequests(listed.id)).find((request) => request.user.id === asker.id)!.id, "decline");
    expect(await unread(asker)).toEqual([]);
    await askToJoin(asker.id, listed.id, "Once more.");
    await askToJoin(asker.id, listed.id, "").catch(() => undefined);
    expect(await unread(asker)).toEqual(moderators);
    // Accepted by one moderator: the other's notice no longer asks anything.
    await decideJoinRequest(moderator.id, (await listJoinRequests(listed.id)).find((request) => request.user.id === asker.id)!.id, "accept");
    expect(await unread(asker)).toEqual([]);
    // Let in another way (added by the owner) while waiting.
    const other = await makeUser({ name: `Omar Asker ${Date.now()}` });
    await askToJoin(other.id, listed.id, "");
    await addMemberByEmail(owner.id, listed.id, other.email);
    expect(await unread(other)).toEqual([]);
  });

  it("is refused in a public group, in a hidden one, to a member, and to someone removed", async () => {
    const outsider = await makeUser();
    const open = await makeGroup(owner.id);
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    await expectAppError(askToJoin(outsider.id, open.id, ""), "CONFLICT", /public/);
    await expectAppError(askToJoin(outsider.id, hidden.id, ""), "NOT_FOUND", /^This group does not exist\.$/);
    await expectAppError(askToJoin(member.id, listed.id, ""), "ALREADY_EXISTS", /already a member/);
    const removed = await makeUser();
    await addMember(listed.id, removed.id);
    await removeMember(owner.id, listed.id, removed.id);
    await expectAppError(askToJoin(removed.id, listed.id, ""), "FORBIDDEN", /removed/);
    expect(await loadListedGroup(listed.slug, reader(removed))).toMatchObject({ removed: true });
    expect(await countJoinRequests(listed.id)).toBe(0);
  });

  it("the owner lists and unlists the group from its settings, which the log records", async () => {
    const group = await makeGroup(owner.id, { visibility: "private", name: "Quiet circle" });
    const { description, tags } = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { description: true, tags: true } });
    const settings = { groupId: group.id, name: "Quiet circle", description, tags, language: "en" as const };
    const before = await noticeAndLogMark();
    await updateGroupSettings(owner.id, { ...settings, version: 0, visibility: "listed" });
    expect(await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { visibility: true, listed: true } })).toEqual({ visibility: "private", listed: true });
    expect((await toldAndLoggedSince(before)).entries).toEqual([expect.objectContaining({ action: "settings_changed", details: { fields: ["listed"] } })]);
    await updateGroupSettings(owner.id, { ...settings, version: 1, visibility: "private" });
    expect(await loadListedGroup(group.slug, null)).toBeNull();
  });
});

/**
 * Accepting a request takes the request's row, then writes the membership; adding the person by
 * email and their accepting an invitation link take them in the same order: fired at once, one
 * of each pair wins, the other is refused with its own words or finds them a member — never a
 * deadlock — and the person ends an active member with no request left.
 */
describe("accepting a request while the person is added or comes in by a link", () => {
  it("never deadlocks, and leaves one active membership and no request", async () => {
    const [owner, moderator] = await Promise.all([makeUser(), makeUser()]);
    const group = await makeGroup(owner.id, { visibility: "private" });
    await db.group.update({ where: { id: group.id }, data: { listed: true } });
    await addMember(group.id, moderator.id, "moderator");
    const { path } = await createInvite(owner.id, { groupId: group.id, expiresInDays: 7, maxUses: null });
    const token = path.split("/").pop()!;
    for (let round = 0; round < 8; round++) {
      const asker = await makeUser();
      await askToJoin(asker.id, group.id, "");
      const request = await db.joinRequest.findFirstOrThrow({ where: { groupId: group.id, userId: asker.id }, select: { id: true } });
      const other = round % 2 === 0 ? acceptInvite(asker.id, token) : addMemberByEmail(owner.id, group.id, asker.email);
      const [accepting, coming] = await Promise.allSettled([decideJoinRequest(moderator.id, request.id, "accept"), other]);
      if (accepting.status === "rejected") expect(accepting.reason).toMatchObject({ code: "CONFLICT", message: `${asker.name} is a member already: they came in another way.` });
      if (coming.status === "rejected") expect(coming.reason).toMatchObject({ code: "ALREADY_EXISTS", message: `${asker.name} is already a member of this group.` });
      expect(await db.membership.findUnique({ where: { groupId_userId: { groupId: group.id, userId: asker.id } }, select: { status: true, role: true } })).toEqual({ status: "active", role: "member" });
      expect(await db.joinRequest.count({ where: { groupId: group.id, userId: asker.id } })).toBe(0);
    }
  }, 60_000);

  it("accepting a request of someone who became a member by a path that skipped it is no error", async () => {
    const [owner, asker] = await Promise.all([makeUser(), makeUser()]);
    const group = await makeGroup(owner.id, { visibility: "private" });
    await db.group.update({ where: { id: group.id }, data: { listed: true } });
    await askToJoin(asker.id, group.id, "");
    const request = await db.joinRequest.findFirstOrThrow({ where: { groupId: group.id, userId: asker.id }, select: { id: true } });
    // Their membership is being written, not yet committed, as the moderator accepts.
    const held = await heldChange((tx) => tx.membership.create({ data: { groupId: group.id, userId: asker.id } }));
    const accepting = decideJoinRequest(owner.id, request.id, "accept");
    await untilSomeoneWaitsForALock();
    held.release();
    await held.done;
    // A member by then: the request goes, and nobody is told of an acceptance that changed nothing.
    expect(await accepting).toEqual({ name: asker.name, alreadyMember: true });
    expect(await db.notification.count({ where: { userId: asker.id, kind: "group.request.accepted" } })).toBe(0);
    expect(await db.membership.count({ where: { groupId: group.id, userId: asker.id, status: "active" } })).toBe(1);
    expect(await db.joinRequest.count({ where: { groupId: group.id, userId: asker.id } })).toBe(0);
  });
});
