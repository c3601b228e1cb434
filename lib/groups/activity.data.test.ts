import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteThread, replyToPost } from "@/lib/discussions/mutations";
import { setCheckIn } from "@/lib/meetups/mutations";
import { makeMeetup } from "@/lib/meetups/test-fixtures";
import { deleteProject, deleteProjectUpdate, postProjectUpdate } from "@/lib/projects/mutations";
import { makeProject } from "@/lib/projects/test-fixtures";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { recordGroupActivity, recomputeAllGroupActivity } from "./activity";
import { listGroups } from "./data";

const DAY = 24 * 3600_000;
const longAgo = () => new Date(Date.now() - 30 * DAY);
type User = Awaited<ReturnType<typeof makeUser>>;

const lastActivity = async (groupId: string) => (await db.group.findUniqueOrThrow({ where: { id: groupId }, select: { lastActivityAt: true } })).lastActivityAt;
/** The group as quiet for a month, so any activity shows. */
const quieten = (groupId: string) => db.group.update({ where: { id: groupId }, data: { lastActivityAt: longAgo(), createdAt: new Date(Date.now() - 60 * DAY) } });

describe("a group's last activity", () => {
  let owner: User, member: User;
  let group: { id: string; slug: string };

  beforeEach(async () => {
    [owner, member] = await Promise.all([makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, member.id);
    await quieten(group.id);
  });

  /** Asserts `act` moved the group's last activity from a month ago to about now. */
  async function expectMovedToNow(act: () => Promise<unknown>) {
    const before = Date.now();
    await act();
    expect((await lastActivity(group.id)).getTime()).toBeGreaterThanOrEqual(before - 5_000);
  }

  it("moves with a post", async () => {
    await expectMovedToNow(() => makeThread(member.id, group.id));
  });

  it("moves when a meetup is scheduled", async () => {
    await expectMovedToNow(() => makeMeetup(owner.id, group.id));
  });

  it("moves when someone is checked in at a meetup", async () => {
    const startsAt = new Date(Date.now() - 3600_000);
    const meetup = await makeMeetup(owner.id, group.id, { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000) }, new Date(startsAt.getTime() - 3600_000));
    await quieten(group.id);
    await expectMovedToNow(() => setCheckIn(owner.id, meetup.id, member.id, true));
  });

  it("moves when a project starts and when an update is posted", async () => {
    let projectId = 0;
    await expectMovedToNow(async () => ({ projectId } = await makeProject(member.id, group.id)));
    await quieten(group.id);
    await expectMovedToNow(() => postProjectUpdate(member.id, projectId, "The bays are built."));
  });

  it("never moves back: an activity committed later is kept", async () => {
    const later = new Date(Date.now() + 60_000);
    await db.$transaction((tx) => recordGroupActivity(tx, group.id, later));
    await db.$transaction((tx) => recordGroupActivity(tx, group.id, new Date()));
    expect(await lastActivity(group.id)).toEqual(later);
  });

  it("is not moved back by deleting a project or an update (their activity happened), only by deleting a thread", async () => {
    const { projectId } = await makeProject(member.id, group.id);
    const { updateId } = await postProjectUpdate(member.id, projectId, "Halfway there.");
    const moved = await lastActivity(group.id);
    await deleteProjectUpdate(member.id, updateId);
    await deleteProject(owner.id, projectId);
    expect(await lastActivity(group.id)).toEqual(moved);
  });

  it("deleting a spam thread goes back to the latest other activity, a meetup included", async () => {
    const { id: meetupId } = await makeMeetup(owner.id, group.id);
    const meetupAt = (await db.meetup.findUniqueOrThrow({ where: { id: meetupId }, select: { createdAt: true } })).createdAt;
    const spam = await makeThread(member.id, group.id, "Cheap watches");
    await replyToPost(member.id, { threadId: spam.threadId, parentId: spam.postId, body: "Still cheap." });
    expect((await lastActivity(group.id)).getTime()).toBeGreaterThan(meetupAt.getTime());
    await deleteThread(owner.id, spam.threadId);
    expect(await lastActivity(group.id)).toEqual(meetupAt);
  });

  it("orders the directory: a group whose latest news is a meetup comes before one with an older post", async () => {
    const stamp = group.slug.replace("group-", "");
    const [busy, talkative] = await Promise.all([makeGroup(owner.id, { name: `Busy ${stamp}` }), makeGroup(owner.id, { name: `Talkative ${stamp}` })]);
    await makeThread(owner.id, talkative.id);
    await makeThread(owner.id, busy.id);
    await quieten(busy.id);
    await makeMeetup(owner.id, busy.id);
    const { groups } = await listGroups(null, { q: stamp, page: 1 });
    // The quiet group of beforeEach (same stamp) last.
    expect(groups.map((g) => g.name)).toEqual([`Busy ${stamp}`, `Talkative ${stamp}`, `Group ${stamp}`]);
  });

  it("is recomputed from everything stored (the seed's path), deleted projects left out", async () => {
    const { projectId } = await makeProject(member.id, group.id);
    const projectAt = (await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { createdAt: true } })).createdAt;
    await quieten(group.id);
    await recomputeAllGroupActivity(db);
    expect(await lastActivity(group.id)).toEqual(projectAt);
    await deleteProject(owner.id, projectId);
    await recomputeAllGroupActivity(db);
    expect(await lastActivity(group.id)).toEqual((await db.group.findUniqueOrThrow({ where: { id: group.id } })).createdAt);
  });
});
