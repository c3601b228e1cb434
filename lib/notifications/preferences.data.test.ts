import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setReaction } from "@/lib/discussions/mutations";
import { rsvpToMeetup, sendMeetupReminders } from "@/lib/meetups/mutations";
import { makeMeetup, makeMembers } from "@/lib/meetups/test-fixtures";
import { addMember, makeGroup, makeThread, makeUser, refusal } from "@/test/fixtures";
import { raced } from "@/test/held";
import { loadMutedGroups, loadMutedNotices } from "./data";
import { sendNotifications, setGroupNoticesMuted, setMutedNotices } from "./mutations";

const HOUR = 3_600_000;
const kindsOf = async (userId: string) => (await db.notification.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { kind: true } })).map((n) => n.kind);

describe("notices a member turned off (decision 031)", () => {
  it("are not sent to them, and still are to everyone else", async () => {
    const organizer = await makeUser();
    const group = await makeGroup(organizer.id);
    const [quiet, keen] = await makeMembers(group.id, 2);
    await setMutedNotices(quiet!.id, ["meetup.created", "meetup.reminder", "post.reacted"]);
    expect((await loadMutedNotices(quiet!.id)).toSorted()).toEqual(["meetup.created", "meetup.reminder", "post.reacted"]);

    // A new meetup, and its reminder the day before, to both who are going.
    const now = new Date();
    const meetup = await makeMeetup(organizer.id, group.id, { title: "Seed swap", startsAt: new Date(now.getTime() + 10 * HOUR) }, now);
    for (const person of [quiet!, keen!]) await rsvpToMeetup(person.id, meetup.id, "going");
    await sendMeetupReminders(now);
    // Reactions to their opening posts.
    for (const person of [quiet!, keen!]) {
      const { postId } = await makeThread(person.id, group.id);
      await setReaction(organizer.id, postId, "thanks", true);
    }
    expect(await kindsOf(quiet!.id)).toEqual([]);
    expect(await kindsOf(keen!.id)).toEqual(["meetup.created", "meetup.reminder", "post.reacted"]);
  });

  it("never stop what is addressed to the person, and turning one back on sends it again", async () => {
    const [person, other] = await Promise.all([makeUser(), makeUser()]);
    const { id: groupId } = await makeGroup(person.id);
    await setMutedNotices(person.id, ["post.reacted"]);
    const sent = await sendNotifications([
      { userId: person.id, kind: "post.replied", message: "Bo replied to your post.", url: "/groups" },
      { userId: person.id, kind: "post.reacted", groupId, message: "Bo reacted.", url: "/groups" },
      { userId: other.id, kind: "post.reacted", groupId, message: "Bo reacted.", url: "/groups" },
    ]);
    expect(sent).toBe(2);
    expect(await kindsOf(person.id)).toEqual(["post.replied"]);
    await setMutedNotices(person.id, []);
    await sendNotifications([{ userId: person.id, kind: "post.reacted", groupId, message: "Cy reacted.", url: "/groups" }]);
    expect(await kindsOf(person.id)).toEqual(["post.replied", "post.reacted"]);
  });

  it("turned off while a notice of reactions is unread, later reactions leave it as it was", async () => {
    const author = await makeUser();
    const group = await makeGroup(author.id);
    const [first, second] = await makeMembers(group.id, 2);
    const { postId } = await makeThread(author.id, group.id, "Rain barrels");
    await setReaction(first!.id, postId, "like", true);
    const [before] = await db.notification.findMany({ where: { userId: author.id, kind: "post.reacted" } });
    await setMutedNotices(author.id, ["post.reacted"]);
    await setReaction(second!.id, postId, "like", true);
    expect(await db.notification.findMany({ where: { userId: author.id, kind: "post.reacted" } })).toEqual([before]);
  });
});

describe("a group whose notices a member muted (decision 031, per group)", () => {
  it("sends them nothing optional from that group, and still does from their other groups", async () => {
    const organizer = await makeUser();
    const [loud, quiet] = [await makeGroup(organizer.id), await makeGroup(organizer.id)];
    const [person] = await makeMembers(quiet.id, 1);
    await db.membership.create({ data: { groupId: loud.id, userId: person!.id } });
    await setGroupNoticesMuted(person!.id, quiet.id, true);
    expect((await loadMutedGroups(person!.id)).map((group) => group.slug)).toEqual([quiet.slug]);

    const now = new Date();
    for (const group of [quiet, loud]) {
      const meetup = await makeMeetup(organizer.id, group.id, { title: `Meetup of ${group.slug}`, startsAt: new Date(now.getTime() + 10 * HOUR) }, now);
      await rsvpToMeetup(person!.id, meetup.id, "going");
      const { postId } = await makeThread(person!.id, group.id);
      await setReaction(organizer.id, postId, "like", true);
    }
    await sendMeetupReminders(now);
    const received = await db.notification.findMany({ where: { userId: person!.id }, select: { kind: true, url: true } });
    expect(received.map((notice) => notice.kind).toSorted()).toEqual(["meetup.created", "meetup.reminder", "post.reacted"]);
    expect(received.every((notice) => notice.url.startsWith(`/g/${loud.slug}/`))).toBe(true);
  });

  it("still sends what is addressed to the member, and everything again once heard", async () => {
    const organizer = await makeUser();
    const group = await makeGroup(organizer.id);
    const [person] = await makeMembers(group.id, 1);
    await setGroupNoticesMuted(person!.id, group.id, true);
    await sendNotifications([
      { userId: person!.id, kind: "post.replied", message: "Bo replied to your post.", url: "/groups" },
      { userId: person!.id, kind: "post.reacted", groupId: group.id, message: "Bo reacted.", url: "/groups" },
    ]);
    expect(await kindsOf(person!.id)).toEqual(["post.replied"]);
    // Muted while a notice of reactions is unread: it is not updated either.
    await setGroupNoticesMuted(person!.id, group.id, false);
    const { postId } = await makeThread(person!.id, group.id);
    await setReaction(organizer.id, postId, "like", true);
    const [gathered] = await db.notification.findMany({ where: { userId: person!.id, kind: "post.reacted" } });
    await setGroupNoticesMuted(person!.id, group.id, true);
    const [second] = await makeMembers(group.id, 1);
    await setReaction(second!.id, postId, "like", true);
    expect(await db.notification.findMany({ where: { userId: person!.id, kind: "post.reacted" } })).toEqual([gathered]);
  });

  it("is muted by active members only", async () => {
    const owner = await makeUser();
    const group = await makeGroup(owner.id);
    const outsider = await makeUser();
    await expect(setGroupNoticesMuted(outsider.id, group.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [removed] = await makeMembers(group.id, 1);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed!.id } }, data: { status: "banned" } });
    await expect(setGroupNoticesMuted(removed!.id, group.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.membership.count({ where: { groupId: group.id, noticesMuted: true } })).toBe(0);
  });

  it("muted as the member leaves or is removed: refused in words, as if they had already gone", async () => {
    const owner = await makeUser();
    const [open, closed] = [await makeGroup(owner.id), await makeGroup(owner.id, { visibility: "private" })];
    const [leaving, removed, leavingPrivate] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    for (const [group, person] of [[open, leaving], [open, removed], [closed, leavingPrivate]] as const) await addMember(group.id, person.id);
    const where = (groupId: string, userId: string) => ({ groupId_userId: { groupId, userId } });
    const left = await raced((tx) => tx.membership.delete({ where: where(open.id, leaving.id) }), () => refusal(setGroupNoticesMuted(leaving.id, open.id, true)));
    expect(left).toMatchObject({ code: "FORBIDDEN", message: "Join the group to mute its notices." });
    const banned = await raced((tx) => tx.membership.update({ where: where(open.id, removed.id), data: { status: "banned" } }), () => refusal(setGroupNoticesMuted(removed.id, open.id, true)));
    expect(banned).toMatchObject({ code: "FORBIDDEN", message: "You were removed from this group and cannot mute its notices." });
    const hidden = await raced((tx) => tx.membership.delete({ where: where(closed.id, leavingPrivate.id) }), () => refusal(setGroupNoticesMuted(leavingPrivate.id, closed.id, true)));
    expect(hidden).toMatchObject({ code: "NOT_FOUND", message: "This group does not exist." });
    expect(await db.membership.count({ where: { groupId: { in: [open.id, closed.id] }, noticesMuted: true } })).toBe(0);
  });
});
