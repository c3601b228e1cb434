import Link from "next/link";
import { threadPath } from "@/lib/discussions/paths";

/** The way back from a post's own pages (its edit history, who reacted): its thread › this page. */
export function PostBreadcrumb({ groupSlug, lang, thread, current }: { groupSlug: string; lang: string; thread: { id: number; slug: string; title: string }; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
      <Link href={threadPath(groupSlug, thread)} lang={lang} className="hover:underline">
        {thread.title}
      </Link>{" "}
      › {current}
    </nav>
  );
}
