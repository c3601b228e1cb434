import { describe, expect, it } from "vitest";
import { postPageUrl } from "./paths";
import { ancestorsOf, BRANCHES_PER_PAGE, buildPostTree, DEFAULT_MAX_DEPTH, locatePost, mapTree, pageOfBranch, postsInPageBranches, POSTS_PER_BRANCH, replyShownBelow, shownPostIds, treePage, type TreeNode } from "./tree";
import { parseThreadParam, parseIdParam } from "./schema";

const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
const post = (id: number, parentId: number | null, minute = id) => ({ id, parentId, createdAt: t(minute) });

function shape(node: TreeNode<{ id: number; parentId: number | null; createdAt: Date }>): unknown {
  return node.children.length || node.hiddenReplies ? { [node.post.id]: node.children.map(shape), ...(node.hiddenReplies ? { hidden: node.hiddenReplies } : {}) } : node.post.id;
}

describe("buildPostTree", () => {
  it("nests replies under the post they answer, oldest sibling first", () => {
    const posts = [post(1, null), post(4, 1, 10), post(2, 1, 2), post(3, 2), post(5, 3)];
    expect(shape(buildPostTree(posts, 1)!)).toEqual({ 1: [{ 2: [{ 3: [5] }] }, 4] });
  });

  it("orders siblings by time even when ids disagree", () => {
    const posts = [post(1, null), post(9, 1, 1), post(3, 1, 5)];
    expect(buildPostTree(posts, 1)!.children.map((c) => c.post.id)).toEqual([9, 3]);
  });

  it("cuts the tree at the depth cap and counts what is hidden", () => {
    // A chain 1 → 2 → … → 10.
    const posts = Array.from({ length: 10 }, (_, i) => post(i + 1, i === 0 ? null : i));
    const tree = buildPostTree(posts, 1, 3)!;
    let node = tree;
    while (node.children.length) node = node.children[0]!;
    expect(node.depth).toBe(3);
    expect(node.post.id).toBe(4);
    expect(node.hiddenReplies).toBe(6);
  });

  it("builds a sub-thread from any post", () => {
    const posts = [post(1, null), post(2, 1), post(3, 2), post(4, 1)];
    const sub = buildPostTree(posts, 2)!;
    expect(sub.depth).toBe(0);
    expect(shape(sub)).toEqual({ 2: [3] });
    expect(buildPostTree(posts, 99)).toBeNull();
  });

  it("attaches orphans under the root instead of losing them", () => {
    const posts = [post(1, null), post(2, 77)];
    expect(shape(buildPostTree(posts, 1)!)).toEqual({ 1: [2] });
  });

  it("lists ancestors root first", () => {
    const posts = [post(1, null), post(2, 1), post(3, 2), post(4, 3)];
    expect(ancestorsOf(posts, 4).map((p) => p.id)).toEqual([1, 2, 3]);
    expect(ancestorsOf(posts, 1)).toEqual([]);
  });
});

describe("URL params", () => {
  it("reads <id>-<slug> thread segments and rejects malformed ones", () => {
    expect(parseThreadParam("42-hello-world")).toBe(42);
    expect(parseThreadParam("42")).toBe(42);
    expect(parseThreadParam("abc")).toBeNull();
    expect(parseThreadParam("0-x")).toBeNull();
    expect(parseThreadParam("99999999999-x")).toBeNull();
    expect(parseThreadParam("-1")).toBeNull();
    expect(parseIdParam("12")).toBe(12);
    expect(parseIdParam("1e3")).toBeNull();
  });
});

describe("locatePost: which page renders a post", () => {
  const cap = DEFAULT_MAX_DEPTH;
  // ids 100, 101, … down one branch: the post at depth d has id 100 + d.
  const chain = Array.from({ length: 4 * cap + 1 }, (_, i) => post(100 + i, i === 0 ? null : 99 + i));
  const rootOf = (depth: number) => locatePost(chain, 100, 100 + depth)?.root;

  it("is the thread page from the opener down to the cap", () => {
    for (const depth of [0, 1, cap - 1, cap]) expect(rootOf(depth), `depth ${depth}`).toBeNull();
  });

  it("is the sub-thread of the post at the cap for the next cap levels, then of the post at twice the cap", () => {
    expect(rootOf(cap + 1)).toBe(100 + cap);
    expect(rootOf(2 * cap)).toBe(100 + cap);
    expect(rootOf(2 * cap + 1)).toBe(100 + 2 * cap);
    expect(rootOf(3 * cap)).toBe(100 + 2 * cap);
    expect(rootOf(3 * cap + 1)).toBe(100 + 3 * cap);
  });

  it("is null for a post of no thread, or of another opener", () => {
    expect(locatePost(chain, 100, 9999)).toBeNull();
    expect(locatePost(chain, 101, 105)).toBeNull();
  });

  it("agrees with the pages built, whatever the shape: every post is on the page it names, above its cuts", () => {
    // Random reply trees: each post answers an earlier one, the opener a third of the time.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (const [size, perPage, perBranch] of [[400, BRANCHES_PER_PAGE, POSTS_PER_BRANCH], [300, 3, 4], [120, 2, 1], [60, 1, 2]] as const) {
      const posts = [post(1, null, 0)];
      for (let id = 2; id <= size; id++) posts.push(post(id, random() < 1 / 3 ? 1 : 1 + Math.floor(random() * (id - 1)), id));
      for (const { id } of posts) {
        const location = locatePost(posts, 1, id, perPage, perBranch)!;
        const page = treePage(buildPostTree(posts, location.root ?? 1)!, location.page, perPage, perBranch)!;
        expect(shownPostIds(page), `post ${id} of ${size} (${perPage}×${perBranch})`).toContain(id);
      }
    }
  });

  it("builds the URL of that page, anchored at the post", () => {
    expect(postPageUrl("/g/club/t/7-x", 100, { root: null, page: 1 })).toBe("/g/club/t/7-x#post-100");
    expect(postPageUrl("/g/club/t/7-x", 101 + cap, { root: 100 + cap, page: 1 })).toBe(`/g/club/t/7-x/p/${100 + cap}#post-${101 + cap}`);
    // On a later page of a long thread, or of a long sub-thread.
    expect(postPageUrl("/g/club/t/7-x", 102, { root: null, page: 3 })).toBe("/g/club/t/7-x?page=3#post-102");
    expect(postPageUrl("/g/club/t/7-x", 101 + cap, { root: 100 + cap, page: 2 })).toBe(`/g/club/t/7-x/p/${100 + cap}?page=2#post-${101 + cap}`);
  });

  it("says a reply to a post at the cap is not shown below it", () => {
    expect(replyShownBelow(0)).toBe(true);
    expect(replyShownBelow(cap - 1)).toBe(true);
    expect(replyShownBelow(cap)).toBe(false);
  });
});

describe("pages of a long thread", () => {
  // An opener (1) with 70 direct replies (ids 2..71), the first of which has a reply of its own (100).
  const posts = [post(1, null), ...Array.from({ length: 70 }, (_, i) => post(i + 2, 1)), post(100, 2, 200)];
  const tree = buildPostTree(posts, 1)!;

  it("shows whole branches, BRANCHES_PER_PAGE at a time, oldest first; past the last page is none", () => {
    expect(BRANCHES_PER_PAGE).toBe(30);
    const first = treePage(tree, 1)!;
    expect(first.post.id).toBe(1);
    expect(first.children.map((child) => child.post.id)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
    // A branch comes with its replies.
    expect(first.children[0]!.children.map((child) => child.post.id)).toEqual([100]);
    expect(treePage(tree, 3)!.children.map((child) => child.post.id)).toEqual(Array.from({ length: 10 }, (_, i) => i + 62));
    expect(treePage(tree, 4)).toBeNull();
    expect(treePage(tree, 0)).toBeNull();
    // Page 1 of a post without replies exists: it shows the post alone.
    expect(treePage(buildPostTree(posts, 50)!, 1)!.children).toEqual([]);
    expect(treePage(buildPostTree(posts, 50)!, 2)).toBeNull();
  });

  it("puts the n-th branch on the page treePage shows it on", () => {
    for (const index of [0, 29, 30, 59, 60, 69]) {
      const page = pageOfBranch(index);
      expect(treePage(tree, page)!.children.map((child) => child.post.id), `branch ${index}`).toContain(index + 2);
    }
    expect(pageOfBranch(0)).toBe(1);
    expect(pageOfBranch(30)).toBe(2);
    expect(pageOfBranch(5, 5)).toBe(2);
  });

  it("cuts a branch after POSTS_PER_BRANCH posts in reading order, and counts what continues on the cut post's page", () => {
    // Branch 2 gets 14 replies: 200..212 answer 2, and 300 answers 200.
    const bushy = [...posts, ...Array.from({ length: 13 }, (_, i) => post(200 + i, 2, 300 + i)), post(300, 200, 400)];
    const page = treePage(buildPostTree(bushy, 1)!, 1)!;
    const branch = page.children[0]!;
    expect(POSTS_PER_BRANCH).toBe(10);
    // The branch's post, then 100, 200 and its reply 300, then 201..206: ten posts.
    expect(shownPostIds(branch)).toEqual([2, 100, 200, 300, 201, 202, 203, 204, 205, 206]);
    expect(branch.hiddenReplies).toBe(6);
    expect(shownPostIds(page)).toHaveLength(1 + 10 + 29);
    // The rest is on the sub-thread page of post 2, where its replies are branches.
    expect(locatePost(bushy, 1, 212)).toEqual({ root: 2, page: 1 });
    expect(locatePost(bushy, 1, 206)).toEqual({ root: null, page: 1 });
  });

  it("lists the posts a page shows, root first in reading order, and carries other data on the same shape", () => {
    const page = treePage(tree, 1)!;
    const ids = shownPostIds(page);
    expect(ids.slice(0, 4)).toEqual([1, 2, 100, 3]);
    expect(ids).toHaveLength(32);
    const named = mapTree(page, (p) => ({ ...p, name: `post ${p.id}` }));
    expect(named.children[0]!.children[0]!.post.name).toBe("post 100");
    expect(shownPostIds(named)).toEqual(ids);
  });
});

describe("the posts a page's branches hold", () => {
  // The opener (1); branch A (2) runs 12 posts deep, past the depth cap and the branch budget;
  // branch B (20) is the next page's with one branch per page.
  const deep = Array.from({ length: 11 }, (_, i) => post(3 + i, 2 + i));
  const outline = [post(1, null), post(2, 1), ...deep, post(20, 1, 30), post(21, 20, 31)];

  it("include the posts cut from its branches (their 'continue' links start there), and the root", () => {
    const ids = postsInPageBranches(outline, 1, 1, 1);
    expect([...ids].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    // More than the page shows: the tree it draws stops at the depth cap.
    expect(shownPostIds(treePage(buildPostTree(outline, 1)!, 1, 1)!).length).toBeLessThan(ids.size);
  });

  it("leave out the branches of other pages; past the last page, none", () => {
    expect([...postsInPageBranches(outline, 1, 2, 1)].sort((a, b) => a - b)).toEqual([1, 20, 21]);
    expect(postsInPageBranches(outline, 1, 3, 1).size).toBe(0);
  });
});
