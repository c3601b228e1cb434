/**
 * Threaded replies as a tree: each post stores the post it answers. Siblings are ordered
 * oldest first, like a conversation. Below `maxDepth` the tree is cut and the cut node says
 * how many replies are hidden, for a "continue this thread" link (Reddit, Lobsters, HN).
 */
export interface TreePostInput {
  id: number;
  parentId: number | null;
  createdAt: Date;
}

export interface TreeNode<P extends TreePostInput> {
  post: P;
  depth: number;
  children: TreeNode<P>[];
  /** Replies below this node that were cut at maxDepth (0 when none). */
  hiddenReplies: number;
}

export const DEFAULT_MAX_DEPTH = 6;

function bySiblingOrder(a: TreePostInput, b: TreePostInput): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
}

/**
 * Builds the tree under `rootId` (the opener, or any post for a sub-thread view).
 * Posts whose parent is missing from `posts` are attached under the opener rather than lost.
 */
export function buildPostTree<P extends TreePostInput>(posts: P[], rootId: number, maxDepth = DEFAULT_MAX_DEPTH): TreeNode<P> | null {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const root = byId.get(rootId);
  if (!root) return null;
  const children = new Map<number, P[]>();
  const rootIsOpener = root.parentId === null;
  for (const post of posts) {
    if (post.id === root.id || post.parentId === null) continue;
    const orphan = !byId.has(post.parentId);
    if (orphan && !rootIsOpener) continue;
    const parentId = orphan ? root.id : post.parentId;
    const list = children.get(parentId);
    if (list) list.push(post);
    else children.set(parentId, [post]);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);

  const countDescendants = (id: number): number => {
    let total = 0;
    const stack = [...(children.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      total += 1;
      stack.push(...(children.get(next.id) ?? []));
    }
    return total;
  };

  const visit = (post: P, depth: number): TreeNode<P> => {
    const kids = children.get(post.id) ?? [];
    if (depth >= maxDepth) return { post, depth, children: [], hiddenReplies: countDescendants(post.id) };
    return { post, depth, children: kids.map((kid) => visit(kid, depth + 1)), hiddenReplies: 0 };
  };
  return visit(root, 0);
}

/**
 * Direct replies to a page's root (the opener, or a sub-thread's post) shown per page, each with
 * everything below it up to the depth cap. A conversation of thousands of posts is read a few
 * dozen branches at a time (Reddit, Hacker News and Discourse all page long threads); a branch is
 * never split across pages, and a reply's page never changes as the thread grows (new branches
 * go at the end, oldest first), so an address with `?page=` keeps pointing at the same posts.
 */
export const BRANCHES_PER_PAGE = 30;

/** The page showing the `index`-th (0-based, sibling order) direct reply to a page's root. */
export function pageOfBranch(index: number, perPage = BRANCHES_PER_PAGE): number {
  return Math.floor(index / perPage) + 1;
}

/**
 * Posts of one branch a page shows, its first included, in reading order (each reply right after
 * the post it answers). The rest of the branch continues on the sub-thread page of the post where
 * it was cut ("Continue this thread (N more replies)"), as below the depth cap, so a page holds at
 * most BRANCHES_PER_PAGE × POSTS_PER_BRANCH posts however the conversation is shaped.
 */
export const POSTS_PER_BRANCH = 10;

/** How many posts are below `node`, shown or cut. */
function postsBelow(node: TreeNode<TreePostInput>): number {
  return node.children.reduce((sum, child) => sum + 1 + postsBelow(child), node.hiddenReplies);
}

/** `node` with its replies kept in reading order while `budget.left` lasts; the others counted as hidden. */
function withinBudget<P extends TreePostInput>(node: TreeNode<P>, budget: { left: number }): TreeNode<P> {
  const children: TreeNode<P>[] = [];
  let hiddenReplies = node.hiddenReplies;
  for (const child of node.children) {
    if (budget.left > 0) {
      budget.left -= 1;
      children.push(withinBudget(child, budget));
    } else hiddenReplies += 1 + postsBelow(child);
  }
  return { ...node, children, hiddenReplies };
}

/**
 * The tree with only page `page` of its root's direct replies, each branch cut at
 * POSTS_PER_BRANCH posts; null past the last page.
 */
export function treePage<P extends TreePostInput>(tree: TreeNode<P>, page: number, perPage = BRANCHES_PER_PAGE, perBranch = POSTS_PER_BRANCH): TreeNode<P> | null {
  const start = (page - 1) * perPage;
  if (!Number.isInteger(page) || page < 1 || (page > 1 && start >= tree.children.length)) return null;
  return { ...tree, children: tree.children.slice(start, start + perPage).map((branch) => withinBudget(branch, { left: perBranch - 1 })) };
}

/**
 * The page that shows a post: the thread page (`root` null) or the sub-thread page of a post
 * (`root`), and which of its pages. Found by building those very pages (buildPostTree, treePage)
 * from the thread's outline: from the thread page, follow the post's ancestors down the page; if
 * the way is cut (depth cap, branch budget), the sub-thread page of the last post shown is next.
 * So a permalink always lands where the post is, whatever cut it.
 */
export function locatePost<P extends TreePostInput>(outline: P[], openerId: number, postId: number, perPage = BRANCHES_PER_PAGE, perBranch = POSTS_PER_BRANCH): { root: number | null; page: number } | null {
  const chain = [...ancestorsOf(outline, postId).map((post) => post.id), postId];
  if (chain[0] !== openerId || !outline.some((post) => post.id === postId)) return null;
  let rootIndex = 0;
  while (rootIndex < chain.length - 1) {
    const root = chain[rootIndex]!;
    const tree = buildPostTree(outline, root)!;
    const page = pageOfBranch(tree.children.findIndex((child) => child.post.id === chain[rootIndex + 1]), perPage);
    let node: TreeNode<P> | undefined = treePage(tree, page, perPage, perBranch)!;
    let index = rootIndex;
    while (node && index < chain.length - 1) {
      const next: TreeNode<P> | undefined = node.children.find((child) => child.post.id === chain[index + 1]);
      if (!next) break;
      node = next;
      index += 1;
    }
    if (index === chain.length - 1) return { root: root === openerId ? null : root, page };
    // Cut below chain[index]: its own page continues the branch.
    rootIndex = index;
  }
  return { root: postId === openerId ? null : postId, page: 1 };
}

/** Every post a (paged) tree shows, root first: the posts whose words a page needs. */
export function shownPostIds(tree: TreeNode<TreePostInput>): number[] {
  const ids: number[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    ids.push(node.post.id);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return ids;
}

/**
 * Every post in the branches that page `page` of the tree under `rootId` holds, the root
 * included — the ones it shows and the ones cut from them (depth cap, branch budget) that its
 * "continue this thread" links lead to. What a reader of that page has been shown the way to.
 */
export function postsInPageBranches<P extends TreePostInput>(outline: P[], rootId: number, page: number, perPage = BRANCHES_PER_PAGE): Set<number> {
  const whole = buildPostTree(outline, rootId, Number.POSITIVE_INFINITY);
  const paged = whole && treePage(whole, page, perPage, Number.POSITIVE_INFINITY);
  return new Set(paged ? shownPostIds(paged) : []);
}

/** The same tree carrying other data for each post (an outline's nodes given their words and likes). */
export function mapTree<P extends TreePostInput, Q extends TreePostInput>(node: TreeNode<P>, fill: (post: P) => Q): TreeNode<Q> {
  return { post: fill(node.post), depth: node.depth, hiddenReplies: node.hiddenReplies, children: node.children.map((child) => mapTree(child, fill)) };
}

/** The chain of ancestors of a post, root first (for a sub-thread's breadcrumbs). */
export function ancestorsOf<P extends TreePostInput>(posts: P[], postId: number): P[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const chain: P[] = [];
  let current = byId.get(postId);
  const seen = new Set<number>();
  while (current && current.parentId !== null && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.parentId);
    if (current) chain.unshift(current);
  }
  return chain;
}

/**
 * Whether a reply to a post shown at `depth` on its page appears on that page too: not when the
 * post sits at the cap (the reply is behind "Continue this thread").
 */
export function replyShownBelow(depth: number, maxDepth = DEFAULT_MAX_DEPTH): boolean {
  return depth < maxDepth;
}
