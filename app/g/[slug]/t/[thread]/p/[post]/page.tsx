import type { Metadata } from "next";
import Link from "next/link";
import { PostLink } from "@/components/discussions/post-link";
import { notFound, permanentRedirect } from "next/navigation";
import { FocusHashTarget } from "@/components/discussions/focus-hash-target";
import { PostCard, ReplyPage } from "@/components/discussions/post-tree";
import { loadThreadForRequest, loadThreadPage } from "@/lib/discussions/page-data";
import { pagedUrl } from "@/lib/discussions/paths";
import { parseIdParam, safeDecode, threadPageQuerySchema } from "@/lib/discussions/schema";
import { ancestorsOf } from "@/lib/discussions/tree";
import { groupPageTitle } from "@/lib/page-titles";

export async function generateMetadata({ params }: PageProps<"/g/[slug]/t/[thread]/p/[post]">): Promise<Metadata> {
  const { slug, thread } = await params;
  const loaded = await loadThreadForRequest(slug, thread);
  return { title: loaded ? groupPageTitle(`Sub-thread of “${loaded.thread.title}”`, loaded.group.name) : "Thread not found" };
}

/** A sub-thread: one post and its replies, for branches deeper than the thread page shows. */
export default async function SubThreadPage({ params, searchParams }: PageProps<"/g/[slug]/t/[thread]/p/[post]">) {
  const { slug, thread: threadParam, post: postParam } = await params;
  const { page } = threadPageQuerySchema.parse(await searchParams);
  const postId = parseIdParam(postParam);
  const loaded = postId === null ? null : await loadThreadForRequest(slug, threadParam);
  if (!loaded || postId === null) notFound();
  const { thread, threadUrl, permissions } = loaded;
  // As on the thread page: an outdated or missing title slug redirects to the canonical URL.
  const base = `${threadUrl}/p/${postId}`;
  if (safeDecode(threadParam) !== `${thread.id}-${thread.slug}`) permanentRedirect(pagedUrl(base, page));
  // Paged like the thread page: whole branches under this post, a few dozen at a time.
  const paged = await loadThreadPage(loaded, postId, page);
  if (!paged) notFound();
  const { tree, branches } = paged;
  const parent = ancestorsOf(thread.outline, postId).at(-1);
  const now = new Date();
  const shared = { threadId: thread.id, threadUrl, pageUrl: pagedUrl(base, page), permissions, now, lang: loaded.group.language };
  return (
    <div className="space-y-5">
      <FocusHashTarget />
      <header className="space-y-1">
        <p className="text-sm text-stone-600">Part of a conversation in</p>
        <h1 id="thread-title" lang={loaded.group.language} className="text-xl font-semibold">
          <Link href={threadUrl} className="hover:underline">
            {thread.title}
          </Link>
        </h1>
        <p className="flex gap-4 text-sm">
          {/* The root of a sub-thread two cuts down is itself on a sub-thread page: the resolver knows which. */}
          <PostLink groupSlug={loaded.group.slug} postId={postId} className="text-brand-700 hover:underline">
            ← Back to the full thread
          </PostLink>
          {parent && parent.id !== thread.openerId && (
            <Link href={`${threadUrl}/p/${parent.id}`} className="text-brand-700 hover:underline">
              ↑ Parent post
            </Link>
          )}
        </p>
      </header>
      <PostCard post={tree.post} isOpener={tree.post.id === thread.openerId} {...shared} />
      <ReplyPage nodes={tree.children} page={page} branches={branches} basePath={base} className="border-l-2 border-stone-200 pl-3 sm:pl-5" {...shared} />
    </div>
  );
}
