import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadThread } from "@/lib/discussions/data";
import { createThread, replyToPost, setReaction } from "@/lib/discussions/mutations";
import { rsvpToMeetup } from "@/lib/meetups/mutations";
import { makeMeetup, makeMembers } from "@/lib/meetups/test-fixtures";
import { joinProject } from "@/lib/projects/mutations";
import { expectAppError, makeProject } from "@/lib/projects/test-fixtures";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listGroupMembers, listRemovedMembers, loadGroup } from "./data";
import { addMemberByEmail, joinGroup, reinstateMember, removeMember } from "./mutations";

const DAY = 24 * 3600_000;
type User = Awaited<ReturnType<typeof makeUser>>;

const membershipOf = (groupId: string, userId: string) => db.membership.findUniqueOrThrow({ where: { groupId_userId: { groupId, userId } } });
const noticesOf = (userId: string, kind: string) => db.notification.findMany({ where: { userId, kind }, orderBy: { id: "asc" } });

describe("who may remove whom", () => {
  let owner: User, coOwner: User, moderator: User, otherModerator: User, organizer: User, member: User, admin: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, coOwner, moderator, otherModerator, organizer, member, admin] = await Promise.all([
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser({ isSiteAdmin: true }),
    ]);
    group = await makeGroup(owner.id);
    await addMember(group.id, coOwner.id, "owner");
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, otherModerator.id, "moderator");
    await addMember(group.id, organizer.id, "organizer");
    await addMember(group.id, member.id);
  });

  it("members and organizers remove nobody; a moderator removes neither an owner nor another moderator; nobody removes themselves", async () => {
    await expectAppError(removeMember(member.id, group.id, organizer.id), "FORBIDDEN", /Only the group's owner and moderators can remove members/);
    await expectAppError(removeMember(organizer.id, group.id, member.id), "FORBIDDEN");
    await expectAppError(removeMember(moderator.id, group.id, otherModerator.id), "FORBIDDEN", /Only an owner can remove a moderator/);
    await expectAppError(removeMember(moderator.id, group.id, owner.id), "FORBIDDEN", /An owner cannot be removed/);
    await expectAppError(removeMember(owner.id, group.id, coOwner.id), "FORBIDDEN", /An owner cannot be removed/);
    await expectAppError(removeMember(moderator.id, group.id, moderator.id), "FORBIDDEN", /leave the group instead/);
    await expectAppError(removeMember(owner.id, group.id, owner.id), "FORBIDDEN", /leave the group instead/);
    const stranger = await makeUser();
    await expectAppError(removeMember(owner.id, group.id, stranger.id), "NOT_FOUND");
    // Nothing changed.
    expect((await listGroupMembers(group.id)).total).toBe(6);
  });

  it("a moderator removes an organizer (who loses the role); an owner and a site admin remove moderators; twice is a conflict", async () => {
    expect(await removeMember(moderator.id, group.id, organizer.id)).toEqual({ name: organizer.name });
    expect(await membershipOf(group.id, organizer.id)).toMatchObject({ status: "banned", role: "member", removedAt: expect.any(Date) });
    await expectAppError(removeMember(owner.id, group.id, organizer.id), "CONFLICT", /already removed/);
    await removeMember(owner.id, group.id, otherModerator.id);
    await removeMember(admin.id, group.id, moderator.id);
    expect((await listGroupMembers(group.id)).members.map((m) => m.user.id).sort()).toEqual([owner.id, coOwner.id, member.id].sort());
    // A removed moderator has no say any more.
    await expectAppError(removeMember(moderator.id, group.id, member.id), "FORBIDDEN", /You were removed from this group/);
  });

  it("a private group's outsiders cannot even learn who is in it", async () => {
    const secret = await makeGroup(owner.id, { visibility: "private" });
    await addMember(secret.id, member.id);
    const outsider = await makeUser();
    await expectAppError(removeMember(outsider.id, secret.id, member.id), "NOT_FOUND");
  });
});

describe("a removed member", () => {
  const rateLimits = process.env.TOILE_RATE_LIMITS;
  afterEach(() => {
    process.env.TOILE_RATE_LIMITS = rateLimits;
  });

  let owner: User, moderator: User;
  let group: { id: string; slug: string; name?: string };

  beforeAll(async () => {
    [owner, moderator] = await Promise.all([makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
  });

  it("is told, and can no longer post, reply, react, RSVP, join a project, rejoin or be added back", async () => {
    const [person] = await makeMembers(group.id, 1);
    const thread = await makeThread(owner.id, group.id, "Before the removal", "Something worth liking and answering.");
    const meetup = await makeMeetup(owner.id, group.id);
    const project = await makeProject(owner.id, group.id);
    await removeMember(moderator.id, group.id, person!.id);

    const [notice] = await noticesOf(person!.id, "group.removed");
    const { name } = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true } });
    expect(notice).toMatchObject({ message: `You were removed from ${name} by its moderators.`, url: `/g/${group.slug}` });

    await expectAppError(createThread(person!.id, group.id, { title: "Still here?", body: "Let me in" }), "FORBIDDEN", /You were removed from this group and cannot start a thread/);
    await expectAppError(replyToPost(person!.id, { threadId: thread.threadId, parentId: thread.postId, body: "Hello?" }), "FORBIDDEN", /You were removed/);
    await expectAppError(setReaction(person!.id, thread.postId, "love", true), "FORBIDDEN", /You were removed/);
    await expectAppError(rsvpToMeetup(person!.id, meetup.id, "going"), "FORBIDDEN", /You were removed/);
    await expectAppError(joinProject(person!.id, project.projectId), "FORBIDDEN");
    await expectAppError(joinGroup(person!.id, group.id), "FORBIDDEN", /cannot rejoin it/);
    await expectAppError(addMemberByEmail(owner.id, group.id, person!.email), "FORBIDDEN", /cannot be added back/);
    // The group page still loads for them (public), and says they were removed.
    expect((await loadGroup(group.slug, { id: person!.id, isSiteAdmin: false }))?.actor.membership).toEqual({ role: "member", status: "banned" });
  });


  it("is told the reason the moderator gave, which the group's log keeps too (decision 019)", async () => {
    const [person] = await makeMembers(group.id, 1);
    await removeMember(moderator.id, group.id, person!.id, new Date(), "Three warnings about self-promotion.");
    const [notice] = await noticesOf(person!.id, "group.removed");
    const { name } = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true } });
    expect(notice).toMatchObject({ message: `You were removed from ${name} by its moderators: “Three warnings about self-promotion.”` });
    const entry = await db.moderationEntry.findFirstOrThrow({ where: { groupId: group.id, action: "member_removed", targetId: person!.id } });
    expect(entry.details).toEqual({ reason: "Three warnings about self-promotion." });
  });
  it("loses access to a private group, whose notice leads to the directory instead of a 404", async () => {
    const secret = await makeGroup(owner.id, { visibility: "private" });
    const [person] = await makeMembers(secret.id, 1);
    const thread = await makeThread(owner.id, secret.id);
    const viewer = { id: person!.id, isSiteAdmin: false };
    expect(await loadThread(thread.threadId, secret.slug, viewer)).not.toBeNull();
    await removeMember(owner.id, secret.id, person!.id);
    expect(await loadGroup(secret.slug, viewer)).toBeNull();
    expect(await loadThread(thread.threadId, secret.slug, viewer)).toBeNull();
    const [notice] = await noticesOf(person!.id, "group.removed");
    expect(notice?.url).toBe("/groups");
  });

  it("gives up seats at upcoming meetups as leaving does: the waitlist moves up and is told; past meetups keep their history", async () => {
    const [removed, stayer, waiting] = await makeMembers(group.id, 3);
    const { id } = await makeMeetup(owner.id, group.id, { title: "Two seats", capacity: 2, startsAt: new Date(Date.now() + 3 * DAY), rsvpDeadline: new Date(Date.now() + DAY) }, new Date());
    await rsvpToMeetup(removed!.id, id, "going");
    await rsvpToMeetup(stayer!.id, id, "going");
    await rsvpToMeetup(waiting!.id, id, "going");
    const past = await makeMeetup(owner.id, group.id, { title: "Last month" });
    await rsvpToMeetup(removed!.id, past.id, "going");
    await db.meetup.update({ where: { id: past.id }, data: { startsAt: new Date(Date.now() - 30 * DAY), endsAt: new Date(Date.now() - 30 * DAY + 3600_000) } });

    await removeMember(owner.id, group.id, removed!.id);
    const status = async (meetupId: number, userId: string) => (await db.rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId, userId } } })).status;
    expect(await status(id, removed!.id)).toBe("not_going");
    expect(await status(id, waiting!.id)).toBe("going");
    expect(await status(past.id, removed!.id)).toBe("going");
    expect((await noticesOf(waiting!.id, "meetup.promoted")).map((notice) => notice.message)).toEqual([expect.stringMatching(/you are now going to “Two seats”/)]);
  });

  it("is reinstated as a plain member by an owner or moderator, told so, and takes part again", async () => {
    const [person] = await makeMembers(group.id, 1);
    await addMember(group.id, person!.id, "organizer");
    await removeMember(owner.id, group.id, person!.id);
    const { members, total } = await listRemovedMembers(group.id);
    expect(members[0]).toMatchObject({ user: { id: person!.id }, removedAt: expect.any(Date) });
    expect(total).toBeGreaterThanOrEqual(1);

    const [plain] = await makeMembers(group.id, 1);
    await expectAppError(reinstateMember(plain!.id, group.id, person!.id), "FORBIDDEN", /Only the group's owner and moderators can reinstate/);
    await expectAppError(reinstateMember(moderator.id, group.id, plain!.id), "CONFLICT", /already a member/);
    expect(await reinstateMember(moderator.id, group.id, person!.id)).toEqual({ name: person!.name });
    // As a plain member: the organizer role is not given back.
    expect(await membershipOf(group.id, person!.id)).toMatchObject({ status: "active", role: "member", removedAt: null });
    expect((await listRemovedMembers(group.id)).members.map((m) => m.user.id)).not.toContain(person!.id);
    expect(await noticesOf(person!.id, "group.reinstated")).toHaveLength(1);
    const thread = await createThread(person!.id, group.id, { title: "Back again", body: "Thanks for letting me back in." });
    expect(thread.threadId).toBeGreaterThan(0);
  });

  it("marks the group's health for recomputation: the person's activity stops counting", async () => {
    const [person] = await makeMembers(group.id, 1);
    await db.groupHealth.upsert({
      where: { groupId: group.id },
      create: { groupId: group.id, computedAt: new Date(), overall: 0, band: "dormant", provisional: true, activity: 0, richness: 0, meetups: 0, projects: 0, report: {}, dirtySince: null },
      update: { dirtySince: null },
    });
    await removeMember(owner.id, group.id, person!.id);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: group.id } })).dirtySince).not.toBeNull();
  });

  it("removing and reinstating is rate-limited per owner or moderator", async () => {
    process.env.TOILE_RATE_LIMITS = "on";
    const busy = await makeUser();
    const crowd = await makeGroup(busy.id);
    const people = await makeMembers(crowd.id, 31);
    for (const person of people.slice(0, 30)) {
      await removeMember(busy.id, crowd.id, person.id);
      await reinstateMember(busy.id, crowd.id, person.id);
    }
    await expectAppError(removeMember(busy.id, crowd.id, people[30]!.id), "RATE_LIMITED", /many people in a short time/);
    expect((await membershipOf(crowd.id, people[30]!.id)).status).toBe("active");
    // Another moderator is not held back.
    await removeMember(owner.id, group.id, (await makeMembers(group.id, 1))[0]!.id);
  });
});
