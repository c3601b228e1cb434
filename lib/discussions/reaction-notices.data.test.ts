import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { leaveGroup } from "@/lib/groups/mutations";
import { markNotificationRead } from "@/lib/notifications/mutations";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { loadPostReactors, REACTORS_PAGE_SIZE } from "./data";
import { replyToPost, setReaction } from "./mutations";
import { REACTION_NOTICE } from "./reaction-notices";

/** The post author's notices of reactions, oldest first. */
const noticesOf = (userId: string) => db.notification.findMany({ where: { userId, kind: REACTION_NOTICE }, orderBy: { id: "asc" }, select: { id: true, message: true, url: true, readAt: true } });

describe("notices of reactions (decision 029)", () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  let fans: Awaited<ReturnType<typeof makeUser>>[];
  let group: { id: string; slug: string };

  beforeAll(async () => {
    author = await makeUser({ name: "Author Ada" });
    fans = await Promise.all(["Bo", "Cy", "Di", "Ed", "Flo", "Gus"].map((name) => makeUser({ name: `Fan ${name}` })));
    group = await makeGroup(author.id);
    for (const fan of fans) await addMember(group.id, fan.id);
  });

  it("tells the author once per post while unread, naming the latest and counting the others", async () => {
    const { postId } = await makeThread(author.id, group.id, "Winter compost");
    await setReaction(fans[0]!.id, postId, "insightful", true);
    expect(await noticesOf(author.id).then((n) => n.filter((x) => x.url === `/g/${group.slug}/posts/${postId}`))).toMatchObject([
      { message: "Fan Bo reacted with Insightful to your thread “Winter compost”.", readAt: null },
    ]);
    // A second kind from the same person: still one person.
    await setReaction(fans[0]!.id, postId, "thanks", true);
    await setReaction(fans[1]!.id, postId, "like", true);
    await setReaction(fans[2]!.id, postId, "love", true);
    const notices = (await noticesOf(author.id)).filter((x) => x.url === `/g/${group.slug}/posts/${postId}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toBe("Fan Di and 2 others reacted to your thread “Winter compost”.");
  });

  it("once read, a new person starts a new notice that counts only those since; nobody starts two", async () => {
    const { threadId, postId: openerId } = await makeThread(fans[0]!.id, group.id, "Seed swap");
    const { postId } = await replyToPost(author.id, { threadId, parentId: openerId, body: "I can bring tomatoes." });
    const forPost = async () => (await noticesOf(author.id)).filter((x) => x.url === `/g/${group.slug}/posts/${postId}`);
    await setReaction(fans[0]!.id, postId, "like", true);
    await setReaction(fans[1]!.id, postId, "like", true);
    const [first] = await forPost();
    expect(first!.message).toBe("Fan Cy and 1 other reacted to your post in “Seed swap”.");
    await markNotificationRead(author.id, first!.id);
    // Taking a reaction back and giving it again, or another kind, tells nothing more.
    await setReaction(fans[0]!.id, postId, "like", false);
    await setReaction(fans[0]!.id, postId, "like", true);
    await setReaction(fans[1]!.id, postId, "celebrate", true);
    expect(await forPost()).toHaveLength(1);
    // Someone new does; and the notice counts the people since it was read, not before.
    await setReaction(fans[3]!.id, postId, "funny", true);
    await setReaction(fans[4]!.id, postId, "like", true);
    const after = await forPost();
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({ readAt: null });
    // Ed's and Flo's reactions, and Bo's and Cy's given again since the first notice was read.
    expect(after[1]!.message).toBe("Fan Flo and 3 others reacted to your post in “Seed swap”.");
  });

  it("reactions at once make one notice, and an author who left the group is told nothing", async () => {
    const { postId } = await makeThread(author.id, group.id, "Rain barrels");
    await Promise.all(fans.map((fan) => setReaction(fan.id, postId, "like", true)));
    const notices = (await noticesOf(author.id)).filter((x) => x.url === `/g/${group.slug}/posts/${postId}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^Fan \w+ and 5 others reacted to your thread “Rain barrels”\.$/);

    const leaver = await makeUser();
    await addMember(group.id, leaver.id);
    const { postId: leaversPost } = await makeThread(leaver.id, group.id, "Goodbye");
    await leaveGroup(leaver.id, group.id);
    await setReaction(fans[0]!.id, leaversPost, "love", true);
    expect(await noticesOf(leaver.id)).toEqual([]);
    expect(await db.reaction.count({ where: { postId: leaversPost } })).toBe(1);
  });
});

describe("who reacted to a post", () => {
  it("lists each person once with every kind they gave, in the order they reacted, one kind or all, by pages", async () => {
    const owner = await makeUser({ name: "Owner Oz" });
    const group = await makeGroup(owner.id, { visibility: "private" });
    const { postId } = await makeThread(owner.id, group.id);
    const people = await Promise.all(Array.from({ length: REACTORS_PAGE_SIZE + 2 }, (_, i) => makeUser({ name: `Reader ${String(i).padStart(2, "0")}` })));
    await db.membership.createMany({ data: people.map((person) => ({ groupId: group.id, userId: person.id })) });
    // Liked in the order of their names, a second apart.
    const start = Date.now() - 3_600_000;
    await db.reaction.createMany({ data: people.map((person, i) => ({ postId, userId: person.id, kind: "like" as const, createdAt: new Date(start + i * 1000) })) });
    await setReaction(people[1]!.id, postId, "insightful", true);
    await setReaction(people[3]!.id, postId, "insightful", true);
    const member = { id: people[0]!.id, isSiteAdmin: false };

    const all = await loadPostReactors(postId, group.slug, member, { page: 1 });
    expect(all!.counts).toEqual({ like: REACTORS_PAGE_SIZE + 2, insightful: 2 });
    expect(all!.total).toBe(REACTORS_PAGE_SIZE + 2);
    expect(all!.people).toHaveLength(REACTORS_PAGE_SIZE);
    expect(all!.people.slice(0, 2).map((p) => [p.name, p.kinds])).toEqual([
      ["Reader 00", ["like"]],
      ["Reader 01", ["like", "insightful"]],
    ]);
    expect((await loadPostReactors(postId, group.slug, member, { page: 2 }))!.people.map((p) => p.name)).toEqual([`Reader ${REACTORS_PAGE_SIZE}`, `Reader ${REACTORS_PAGE_SIZE + 1}`]);
    // Past the last page: nothing, and no total (the page answers 404).
    expect(await loadPostReactors(postId, group.slug, member, { page: 3 })).toMatchObject({ people: [], total: 0 });

    const insightful = await loadPostReactors(postId, group.slug, member, { kind: "insightful", page: 1 });
    expect(insightful!.people.map((p) => [p.name, p.kinds])).toEqual([
      ["Reader 01", ["insightful"]],
      ["Reader 03", ["insightful"]],
    ]);
    expect(insightful!.total).toBe(2);

    // The thread's readers only: not an outsider of the private group, nor anyone once the post is deleted.
    const outsider = await makeUser();
    expect(await loadPostReactors(postId, group.slug, { id: outsider.id, isSiteAdmin: false }, { page: 1 })).toBeNull();
    expect(await loadPostReactors(postId, "another-group", member, { page: 1 })).toBeNull();
    await db.post.update({ where: { id: postId }, data: { deletedAt: new Date() } });
    expect(await loadPostReactors(postId, group.slug, member, { page: 1 })).toBeNull();
  });
});
