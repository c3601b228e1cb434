import { beforeAll, describe, expect, it } from "vitest";
import { deletePost, deleteThread, renameThread, replyToPost } from "@/lib/discussions/mutations";
import { addMember, editAsShown, makeGroup, makeThread, makeUser, uniqueSuffix } from "@/test/fixtures";
import { searchPosts, SEARCH_PAGE_SIZE, type SearchScope } from "./data";
import { queryTerms } from "./query";

const text = (parts: { text: string; match: boolean }[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join("");

describe("searching discussions", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let member: Awaited<ReturnType<typeof makeUser>>;
  let outsider: Awaited<ReturnType<typeof makeUser>>;
  let admin: Awaited<ReturnType<typeof makeUser>>;
  let word: string;
  const as = (user: { id: string; isSiteAdmin: boolean } | null, q: string, page = 1, scope: SearchScope = {}) => searchPosts(user, queryTerms(q).words, page, { excluded: queryTerms(q).excluded, ...scope });
  const viewer = (user: { id: string; isSiteAdmin: boolean }) => ({ id: user.id, isSiteAdmin: user.isSiteAdmin });

  beforeAll(async () => {
    [owner, member, outsider, admin] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser({ isSiteAdmin: true })]);
    // A word no other test writes, so each search sees only this file's posts.
    word = `zq${uniqueSuffix().replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
  });

  it("finds a reply by a word's start, accents and case aside, and marks it in the excerpt", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Bike repairs", "Who fixes bikes?");
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Les **Vélos** ${word} de l'atelier.` });
    const { hits, total } = await as(null, `velo ${word.toUpperCase()}`);
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ postId: reply.postId, opener: false, group: { slug: group.slug } });
    expect(text(hits[0]!.excerpt)).toBe(`Les [Vélo]s [${word}] de l'atelier.`);
  });

  it("shows the text the reader sees: no markdown marks, no link addresses, nothing the sanitiser dropped", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Planets", "Which one?");
    const body = `See [Saturn](https://en.wikipedia.org/wiki/Saturn_(planet)) and **${word}sat** <script>alert(1)</script>\n\n> \`quoted\` ~~old~~ _words_`;
    await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body });
    const { hits } = await as(null, `${word}sat`);
    expect(text(hits[0]!.excerpt)).toBe(`See Saturn and [${word}sat] quoted old words`);
  });

  it("finds a single letter as a word of its own: 'C++' finds C, not every word starting with c", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Languages", "Which do you use?");
    const c = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Mostly C++ ${word}c for the firmware.` });
    await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Compost ${word}c and code, no letter alone.` });
    const { hits, total } = await as(null, `C++ ${word}c`);
    expect(total).toBe(1);
    expect(hits[0]?.postId).toBe(c.postId);
    expect(text(hits[0]!.excerpt)).toBe(`Mostly [C]++ [${word}c] for the firmware.`);
  });

  it("finds numbers with a dot, names with dots, emails and web addresses typed as the post has them, and marks them", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Traps", "How many?");
    const beer = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `How many beer traps ${word}d for a 1.2 × 3 m bed? Python 3.11 and node.js agree.` });
    const link = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Permits ${word}d: https://citygardeners.example.org/wiki/tree-pit-permits or ask ana@example.org.` });
    const plain = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Just 1 or 2 ${word}d, and node then js.` });
    const found = async (q: string) => (await as(null, `${q} ${word}d`)).hits.map((hit) => hit.postId);
    expect(await found("1.2")).toEqual([beer.postId]);
    expect(await found("3.11")).toEqual([beer.postId]);
    expect(await found("Node.js")).toEqual([beer.postId]);
    expect(await found("citygardeners.example.org")).toEqual([link.postId]);
    expect(await found("https://citygardeners.example.org/wiki/tree-pit-permits")).toEqual([link.postId]);
    expect(await found("ana@example.org")).toEqual([link.postId]);
    expect(text((await as(null, `1.2 ${word}d`)).hits[0]!.excerpt)).toContain("for a [1.2] × 3 m bed");
    // An elided letter is not looked for: "l'atelier" finds "d'atelier" and "atelier" too.
    const french = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Rendez-vous ${word}d d'atelier, ou atelier du garden's club.` });
    expect(await found("l'atelier")).toEqual([french.postId]);
    expect(await found("garden’s")).toEqual([french.postId]);
    // Left out the same way: only the post that has "node.js".
    expect((await as(null, `${word}d -node.js`)).hits.map((hit) => hit.postId).sort((a, b) => a - b)).toEqual([link.postId, plain.postId, french.postId].sort((a, b) => a - b));
  });

  it("finds a quoted phrase's words in that order only, and leaves out posts with a quoted phrase", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Tools", "Which tools?");
    const inOrder = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `The garden tools ${word}wq are in the shed.` });
    const apart = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Tools for the garden ${word}wq, and more tools.` });
    const ids = async (q: string) => (await as(null, `${q} ${word}wq`)).hits.map((hit) => hit.postId).sort((a, b) => a - b);
    expect(await ids("garden tools")).toEqual([inOrder.postId, apart.postId]);
    expect(await ids('"Garden Tools"')).toEqual([inOrder.postId]);
    expect(await ids('-"garden tools"')).toEqual([apart.postId]);
    expect(text((await as(null, `"garden tools" ${word}wq`)).hits[0]!.excerpt)).toContain("The [garden] [tools]");
  });

  it("finds other forms of a word, in English and in French, and marks the forms it found", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, `Compost ${word}s`, "Who has a bin?");
    const english = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Our community garden ${word}e takes greens.` });
    const french = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `La réparation ${word}f se fait le soir.` });
    // A plural finds the singular (and the other way round, as a word start did already).
    const gardens = await as(null, `gardens ${word}e`);
    expect(gardens.hits.map((hit) => hit.postId)).toEqual([english.postId]);
    expect(text(gardens.hits[0]!.excerpt)).toBe(`Our community [garden] [${word}e] takes greens.`);
    expect((await as(null, `gardening ${word}e`)).total).toBe(1);
    // A French verb finds its noun: "réparer" and "réparation" share their stem, accents aside.
    const repairs = await as(null, `reparer ${word}f`);
    expect(repairs.hits.map((hit) => hit.postId)).toEqual([french.postId]);
    expect(text(repairs.hits[0]!.excerpt)).toBe(`La [répar]ation [${word}f] se fait le soir.`);
    // Every word must still match: another form of one word does not stand in for a missing one.
    expect((await as(null, `gardens ${word}f`)).total).toBe(0);
  });

  it("leaves out stop words looked for beside other words, in English and French; alone or quoted they count", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Bins", `Mulch ${word}i for the beds.`);
    const plain = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Straw ${word}h works.` });
    const french = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Mon vélo ${word}j est réparé.` });
    // "of", "the" and "le" appear in no post here: required, they found nothing.
    expect((await as(null, `of the ${word}h`)).hits.map((hit) => hit.postId)).toEqual([plain.postId]);
    expect((await as(null, `le ${word}h`)).hits.map((hit) => hit.postId)).toEqual([plain.postId]);
    // Punctuation typed with it does not make it meant.
    expect((await as(null, `${word}h, of, the,`)).hits.map((hit) => hit.postId)).toEqual([plain.postId]);
    // Both posts' words, with and without "mon", which only the French one has.
    expect((await as(null, `mon ${word}j`)).total).toBe(1);
    expect((await as(null, `mon ${word}h`)).hits.map((hit) => hit.postId)).toEqual([plain.postId]);
    // Quoted, a stop word is part of the phrase; alone, it is what is looked for.
    expect((await as(null, `"mon velo" ${word}j`)).hits.map((hit) => hit.postId)).toEqual([french.postId]);
    expect((await as(null, `"the beds" ${word}h`)).total).toBe(0);
    expect((await as(null, "the", 1, { groupId: group.id })).hits.map((hit) => hit.postId)).toEqual([thread.postId]);
  });

  it("a thread's title finds its opening post, ranked before replies that only mention the words", async () => {
    const group = await makeGroup(owner.id);
    const other = await makeThread(owner.id, group.id, "Something else", "Nothing to see.");
    await replyToPost(owner.id, { threadId: other.threadId, parentId: other.postId, body: `Seed swap ${word} next week, bring seeds.` });
    const titled = await makeThread(owner.id, group.id, `Seed swap ${word}`, "Bring what you saved.");
    const { hits } = await as(null, `seed ${word}`);
    expect(hits.map((hit) => hit.postId)[0]).toBe(titled.postId);
    expect(hits[0]!.opener).toBe(true);
    expect(text(hits[0]!.thread.title)).toBe(`[Seed] swap [${word}]`);
    expect(hits).toHaveLength(2);
  });

  it("edits and renames are found by their new words, and no longer by the old ones", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, `Old title ${word}a`, `First words ${word}b`);
    await editAsShown(owner.id, thread.postId, `Second words ${word}c`);
    await renameThread(owner.id, thread.threadId, `New title ${word}d`);
    expect((await as(null, `${word}b`)).total).toBe(0);
    expect((await as(null, `${word}a`)).total).toBe(0);
    expect((await as(null, `${word}c`)).hits[0]?.postId).toBe(thread.postId);
    expect((await as(null, `${word}d`)).hits[0]?.postId).toBe(thread.postId);
  });

  it("a private group's posts are found by its members and site admins only", async () => {
    const group = await makeGroup(owner.id, { visibility: "private" });
    await addMember(group.id, member.id);
    await makeThread(owner.id, group.id, "Members only", `Private plans ${word}p`);
    expect((await as(null, `${word}p`)).total).toBe(0);
    expect((await as(viewer(outsider), `${word}p`)).total).toBe(0);
    expect((await as(viewer(member), `${word}p`)).total).toBe(1);
    expect((await as(viewer(admin), `${word}p`)).total).toBe(1);
  });

  it("searching in one group finds that group's posts only", async () => {
    const [bikes, gardens] = await Promise.all([makeGroup(owner.id), makeGroup(owner.id)]);
    const inBikes = await makeThread(owner.id, bikes.id, "Workshop night", `Bring tools ${word}g`);
    const inGardens = await makeThread(owner.id, gardens.id, "Seed swap", `Bring seeds ${word}g`);
    expect((await as(null, `${word}g`)).total).toBe(2);
    const scoped = await as(null, `${word}g`, 1, { groupId: bikes.id });
    expect(scoped.total).toBe(1);
    expect(scoped.hits.map((hit) => [hit.postId, hit.group.slug])).toEqual([[inBikes.postId, bikes.slug]]);
    expect((await as(null, `${word}g`, 1, { groupId: gardens.id })).hits.map((hit) => hit.postId)).toEqual([inGardens.postId]);
  });

  it("naming a private group in the scope shows an outsider nothing more than an unscoped search", async () => {
    const group = await makeGroup(owner.id, { visibility: "private" });
    await addMember(group.id, member.id);
    await makeThread(owner.id, group.id, "Members only", `Private plans ${word}k`);
    const scope = { groupId: group.id };
    expect((await as(null, `${word}k`, 1, scope)).total).toBe(0);
    expect((await as(viewer(outsider), `${word}k`, 1, scope)).total).toBe(0);
    expect((await as(viewer(outsider), `${word}k`)).total).toBe(0);
    expect((await as(viewer(member), `${word}k`, 1, scope)).total).toBe(1);
  });

  it("a word after a minus leaves out the posts that have it, in any form, and the threads whose title has it", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, `Bins ${word}n`, "Which bin do you use?");
    const bokashi = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Bokashi ${word}n in the kitchen.` });
    await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `A composting heap ${word}n in the garden.` });
    const ids = async (q: string) => (await as(null, q)).hits.map((hit) => hit.postId).sort((a, b) => a - b);
    expect(await ids(`${word}n`)).toHaveLength(3);
    // "-compost" leaves out the reply with "composting" (a word start); "-bin" the opening post,
    // whose thread's title says "Bins".
    expect(await ids(`${word}n -compost -bin`)).toEqual([bokashi.postId]);
    expect((await as(null, `${word}n -compost -bin`)).total).toBe(1);
    // Only words to leave out find nothing.
    expect((await as(null, "-compost")).total).toBe(0);
  });

  it("deleted posts and deleted threads are not found", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Kept", "The opener stays.");
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Taken back ${word}x` });
    await deletePost(owner.id, reply.postId);
    const gone = await makeThread(owner.id, group.id, "Spam", `Buy now ${word}y`);
    await deleteThread(owner.id, gone.threadId);
    expect((await as(null, `${word}x`)).total).toBe(0);
    expect((await as(null, `${word}y`)).total).toBe(0);
  });

  it("pages through many results, counting them all", async () => {
    const group = await makeGroup(owner.id);
    const thread = await makeThread(owner.id, group.id, "Many", "Replies below.");
    for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++) await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Reply ${i} about ${word}m` });
    const first = await as(null, `${word}m`);
    const second = await as(null, `${word}m`, 2);
    expect([first.total, first.hits.length, second.hits.length]).toEqual([SEARCH_PAGE_SIZE + 3, SEARCH_PAGE_SIZE, 3]);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.postId)).size).toBe(SEARCH_PAGE_SIZE + 3);
    expect(await as(null, `${word}m`, 3)).toEqual({ hits: [], total: 0 });
    expect(await as(null, " -- ")).toEqual({ hits: [], total: 0 });
  });
});
