import Link from "next/link";
import { postPermalink, threadPath } from "@/lib/discussions/paths";

interface SubpageThread {
  id: number;
  slug: string;
  title: string;
}

/**
 * A post's own page (its edit history, who reacted): the way back (its thread › this page), its
 * heading, what `header` says of the post under it, then the page's body.
 */
export function PostSubpage({
  id,
  title,
  group,
  thread,
  header,
  children,
}: {
  /** The heading's id, which names the page's section. */
  id: string;
  title: string;
  group: { slug: string; language: string };
  thread: SubpageThread;
  header: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={threadPath(group.slug, thread)} lang={group.language} className="hover:underline">
          {thread.title}
        </Link>{" "}
        › {title}
      </nav>
      <header className="space-y-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {header}
      </header>
      {children}
    </section>
  );
}

/** "Ada's post in “Compost”" (or "your post"), the post a link to it: how a post's own page names it. */
export function PostReference({ group, post, own, capitalized = false }: { group: { slug: string; language: string }; post: { id: number; author: { name: string }; thread: SubpageThread }; own: boolean; capitalized?: boolean }) {
  const yours = capitalized ? "Your post" : "your post";
  return (
    <>
      <Link href={postPermalink(group.slug, post.id)} className="font-medium text-brand-700 underline">
        {own ? yours : `${post.author.name}'s post`}
      </Link>{" "}
      in “<span lang={group.language}>{post.thread.title}</span>”
    </>
  );
}
