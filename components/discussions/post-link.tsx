import type { ReactNode } from "react";
import { postPermalink } from "@/lib/discussions/paths";

/**
 * A link to a post through its permalink, which redirects to the page that shows the post at
 * `#post-<id>`. A plain <a>, not a <Link>: Next.js's client router, following that redirect,
 * appends the fragment a second time (`#post-7#post-7`, so nothing is targeted); a page load
 * keeps it once, and the browser scrolls to the post.
 */
export function PostLink({ groupSlug, postId, className, lang, children }: { groupSlug: string; postId: number; className?: string; /** The group's language, when the text is its people's (a thread's title). */ lang?: string; children: ReactNode }) {
  return (
    <a href={postPermalink(groupSlug, postId)} lang={lang} className={className}>
      {children}
    </a>
  );
}
