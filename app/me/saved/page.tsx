import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { SavePost } from "@/components/discussions/save-post";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { signInPath } from "@/lib/auth/paths";
import { getViewer } from "@/lib/auth/session";
import { listBookmarks, SAVED_PAGE_SIZE } from "@/lib/discussions/bookmarks";
import { postPermalink } from "@/lib/discussions/paths";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { pageExists } from "@/lib/pagination";
import { formatAbsolute } from "@/lib/time";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Saved posts" };

/**
 * The posts the signed-in person saved to read again (decision 026), most recently saved first:
 * each with where it is, who wrote it and its first lines, a link to it and a way to let it go.
 */
export default async function SavedPostsPage({ searchParams }: PageProps<"/me/saved">) {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath("/me/saved"));
  const { page } = directoryQuerySchema.parse(await searchParams);
  const { bookmarks, total } = await listBookmarks(viewer, page);
  if (!pageExists(page, total, SAVED_PAGE_SIZE)) notFound();
  const now = new Date();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Saved posts ({total})</h1>
        <p className="text-sm text-stone-600">Posts you saved to read again. Only you see this list; “Save” on any post adds it here.</p>
      </header>
      {bookmarks.length === 0 ? (
        <EmptyState title="Nothing saved yet.">Choose “Save” under a post you want to read again, and it shows up here.</EmptyState>
      ) : (
        <ol aria-label="Saved posts" className="space-y-3">
          {bookmarks.map((post) => {
            const postName = `${post.author.id === viewer.id ? "your post" : `${post.author.name}'s post`} from ${formatAbsolute(post.createdAt)}`;
            return (
              <li key={post.id}>
                <article aria-labelledby={`saved-${post.id}`} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
                  <h2 id={`saved-${post.id}`} className="font-medium">
                    <Link href={postPermalink(post.thread.group.slug, post.id)} lang={post.thread.group.language} className="text-brand-800 hover:underline">
                      {post.parentId === null ? post.thread.title : `Re: ${post.thread.title}`}
                    </Link>
                  </h2>
                  <p className="text-xs text-stone-600">
                    {post.author.name} in {post.thread.group.name} · <RelativeTime date={post.createdAt} now={now} /> · saved <RelativeTime date={post.savedAt} now={now} />
                  </p>
                  <p lang={post.thread.group.language} className="text-sm text-stone-800">
                    {post.excerpt}
                  </p>
                  <SavePost postId={post.id} saved postName={postName} remove />
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <Pagination page={page} pageSize={SAVED_PAGE_SIZE} total={total} basePath="/me/saved" label="Pages of saved posts" />
    </div>
  );
}
