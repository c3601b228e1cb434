import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listThreadChoices, loadPostPath, loadThread, loadThreadPosts, THREAD_CHOICES } from "./data";
import { BRANCHES_PER_PAGE, DEFAULT_MAX_DEPTH } from "./tree";

describe("listThreadChoices: the threads a meetup or project form offers", () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  let groupId: string;
  let otherGroupId: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    author = await makeUser();
    groupId = (await makeGroup(author.id)).id;
    otherGroupId = (await makeGroup(author.id)).id;
    const titles = ["Budget 2027", "Rénovation du local", "50% off the venue?", "50 chairs needed", "snake_case or camelCase", "snakes and ladders night"];
    for (const [i, title] of titles.entries()) {
      ids[title] = (await makeThread(author.id, groupId, title)).threadId;
      // Distinct activity times, oldest first, so the expected order is unambiguous.
      await db.thread.update({ where: { id: ids[title] }, data: { lastActivityAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    }
    ids.foreign = (await makeThread(author.id, otherGroupId, "Budget of another group")).threadId;
  });

  it("offers the most recently active first, limited, with chosen older threads kept in front", async () => {
    const all = await listThreadChoices(groupId);
    expect(all.map((t) => t.title)).toEqual(["snakes and ladders night", "snake_case or camelCase", "50 chairs needed", "50% off the venue?", "Rénovation du local", "Budget 2027"]);
    expect(THREAD_CHOICES).toBeGreaterThanOrEqual(20);

    const two = await listThreadChoices(groupId, { limit: 2, include: [ids["Budget 2027"]!, ids.foreign!] });
    expect(two.map((t) => t.title)).toEqual(["Budget 2027", "snakes and ladders night", "snake_case or camelCase"]);
  });

  it("finds threads by a case-insensitive part of the title, in this group only", async () => {
    expect((await listThreadChoices(groupId, { query: "BUDGET" })).map((t) => t.id)).toEqual([ids["Budget 2027"]]);
    expect((await listThreadChoices(groupId, { query: "rénovation" })).map((t) => t.title)).toEqual(["Rénovation du local"]);
    expect(await listThreadChoices(groupId, { query: "nothing like this" })).toEqual([]);
  });

  it("treats % and _ in a search as the characters themselves, not wildcards", async () => {
    expect((await listThreadChoices(groupId, { query: "50%" })).map((t) => t.title)).toEqual(["50% off the venue?"]);
    expect((await listThreadChoices(groupId, { query: "snake_" })).map((t) => t.title)).toEqual(["snake_case or camelCase"]);
  });
});

describe("loadPostPath: the permalink resolver's ancestor walk", () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  let stranger: Awaited<ReturnType<typeof makeUser>>;
  let publicSlug: string;
  let privateSlug: string;
  let thread: { threadId: number; threadSlug: string; postId: number };
  let privateThread: { threadId: number; postId: number };
  /** The opener, then one reply under the other, 14 levels deep. */
  const branch: number[] = [];

  beforeAll(async () => {
    author = await makeUser();
    stranger = await makeUser();
    const group = await makeGroup(author.id);
    publicSlug = group.slug;
    thread = await makeThread(author.id, group.id, "Deep");
    branch.push(thread.postId);
    for (let depth = 1; depth <= 14; depth++) {
      const reply = await db.post.create({
        data: { threadId: thread.threadId, authorId: author.id, parentId: branch.at(-1)!, body: `Level ${depth}`, html: `<p>Level ${depth}</p>` },
        select: { id: true },
      });
      branch.push(reply.id);
    }
    // A sibling branch, so the walk has something to not follow.
    await db.post.create({ data: { threadId: thread.threadId, authorId: author.id, parentId: branch[2]!, body: "Aside", html: "<p>Aside</p>" } });
    const hidden = await makeGroup(author.id, { visibility: "private" });
    privateSlug = hidden.slug;
    privateThread = await makeThread(author.id, hidden.id, "Members only");
  });

  it("returns the thread and the ids from the opener down to the post", async () => {
    const viewer = { id: stranger.id, isSiteAdmin: false };
    expect(await loadPostPath(thread.postId, publicSlug, viewer)).toEqual({ thread: { id: thread.threadId, slug: thread.threadSlug }, path: [thread.postId], location: { root: null, page: 1 } });
    expect((await loadPostPath(branch[6]!, publicSlug, viewer))?.path).toEqual(branch.slice(0, 7));
    expect((await loadPostPath(branch[14]!, publicSlug, null))?.path).toEqual(branch);
  });

  it("still resolves a deleted post, which keeps its place in the thread", async () => {
    await db.post.update({ where: { id: branch[3]! }, data: { deletedAt: new Date() } });
    expect((await loadPostPath(branch[3]!, publicSlug, null))?.path).toEqual(branch.slice(0, 4));
    expect((await loadPostPath(branch[9]!, publicSlug, null))?.path).toEqual(branch.slice(0, 10));
  });

  it("is null for an unknown post, a post of another group's thread, and a group hidden from the viewer", async () => {
    expect(await loadPostPath(2_147_483_647, publicSlug, null)).toBeNull();
    expect(await loadPostPath(branch[5]!, privateSlug, { id: author.id, isSiteAdmin: false })).toBeNull();
    expect(await loadPostPath(privateThread.postId, privateSlug, null)).toBeNull();
    expect(await loadPostPath(privateThread.postId, privateSlug, { id: stranger.id, isSiteAdmin: false })).toBeNull();
    expect(await loadPostPath(privateThread.postId, privateSlug, { id: stranger.id, isSiteAdmin: true })).not.toBeNull();
    expect((await loadPostPath(privateThread.postId, privateSlug, { id: author.id, isSiteAdmin: false }))?.path).toEqual([privateThread.postId]);
  });

  it("follows membership: a member of the private group sees its posts", async () => {
    const member = await makeUser();
    const group = await db.group.findUniqueOrThrow({ where: { slug: privateSlug }, select: { id: true } });
    await addMember(group.id, member.id);
    expect((await loadPostPath(privateThread.postId, privateSlug, { id: member.id, isSiteAdmin: false }))?.thread.id).toBe(privateThread.threadId);
  });
});

describe("a long thread, page by page", () => {
  let author: Awaited<ReturnType<typeof makeUser>>;
  let slug: string;
  let thread: { threadId: number; postId: number };
  /** Direct replies to the opener, oldest first (their order on the pages). */
  const branches: number[] = [];
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

  beforeAll(async () => {
    author = await makeUser();
    const group = await makeGroup(author.id);
    slug = group.slug;
    thread = await makeThread(author.id, group.id, "Long");
    // Created newest first, so only the times say the order.
    for (let i = BRANCHES_PER_PAGE + 5; i >= 1; i--) {
      const reply = await db.post.create({ data: { threadId: thread.threadId, authorId: author.id, parentId: thread.postId, body: `Branch ${i}`, html: `<p>Branch ${i}</p>`, createdAt: at(i) }, select: { id: true } });
      branches.unshift(reply.id);
    }
  });

  it("sends a permalink to the page of the post's branch, nested replies and deep sub-threads included", async () => {
    expect((await loadPostPath(branches[0]!, slug, null))?.location.page).toBe(1);
    expect((await loadPostPath(branches[BRANCHES_PER_PAGE - 1]!, slug, null))?.location.page).toBe(1);
    expect((await loadPostPath(branches[BRANCHES_PER_PAGE]!, slug, null))?.location.page).toBe(2);
    // A reply inside the 32nd branch is on page 2 with it.
    let parent = branches[BRANCHES_PER_PAGE + 1]!;
    const chain: number[] = [];
    for (let depth = 2; depth <= DEFAULT_MAX_DEPTH + 1; depth++) {
      parent = (await db.post.create({ data: { threadId: thread.threadId, authorId: author.id, parentId: parent, body: `Depth ${depth}`, html: "<p>x</p>", createdAt: at(100 + depth) }, select: { id: true } })).id;
      chain.push(parent);
    }
    expect((await loadPostPath(chain[0]!, slug, null))?.location.page).toBe(2);
    // Below the depth cap the post is on its sub-thread page, whose first page holds it.
    const deep = await loadPostPath(chain.at(-1)!, slug, null);
    expect(deep?.path.length).toBe(DEFAULT_MAX_DEPTH + 2);
    expect(deep?.location).toEqual({ root: chain.at(-2), page: 1 });
  });

  it("loads the words of only the posts asked for, in thread order, and none of another thread", async () => {
    const loaded = await loadThread(thread.threadId, slug, null);
    expect(loaded?.outline.filter((post) => post.parentId === thread.postId).map((post) => post.id)).toEqual(branches);
    const other = await makeThread(author.id, (await db.thread.findUniqueOrThrow({ where: { id: thread.threadId } })).groupId, "Other");
    const posts = await loadThreadPosts(thread.threadId, [branches[3]!, branches[1]!, other.postId], null);
    expect(posts.map((post) => [post.id, post.html])).toEqual([
      [branches[1], "<p>Branch 2</p>"],
      [branches[3], "<p>Branch 4</p>"],
    ]);
  });
});
