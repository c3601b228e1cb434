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

/** The tree with only page `page` of its root's direct replies (whole branches), or null past the last page. */
export function treePage<P extends TreePostInput>(tree: TreeNode<P>, page: number, perPage = BRANCHES_PER_PAGE): TreeNode<P> | null {
  const start = (page - 1) * perPage;
  if (!Number.isInteger(page) || page < 1 || (page > 1 && start >= tree.children.length)) return null;
  return { ...tree, children: tree.children.slice(start, start + perPage) };
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
 * Which page renders a post, given its path from the opener (`path[0]`, depth 0) down to the post
 * itself (`path.at(-1)`): null for the thread page, else the id of the sub-thread page's root.
 *
 * The thread page shows depths 0..maxDepth; a post at the cap links to its sub-thread, which
 * shows that post and maxDepth levels below it, and so on. So a post at depth d > maxDepth is on
 * the sub-thread rooted at its ancestor of depth maxDepth·⌊(d−1)/maxDepth⌋: d = maxDepth + 1 is
 * under the first cut, d = 2·maxDepth is still the last level of that same sub-thread.
 */
export function postPageRoot(path: readonly number[], maxDepth = DEFAULT_MAX_DEPTH): number | null {
  const depth = path.length - 1;
  if (depth <= maxDepth) return null;
  return path[Math.floor((depth - 1) / maxDepth) * maxDepth]!;
}

/**
 * Whether a reply to a post shown at `depth` on its page appears on that page too: not when the
 * post sits at the cap (the reply is behind "Continue this thread").
 */
export function replyShownBelow(depth: number, maxDepth = DEFAULT_MAX_DEPTH): boolean {
  return depth < maxDepth;
}
