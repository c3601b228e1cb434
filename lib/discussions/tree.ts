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
