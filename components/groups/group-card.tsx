import Link from "next/link";
import { GroupTopics } from "./group-topics";
import { RelativeTime } from "@/components/ui/relative-time";
import { htmlExcerpt } from "@/lib/markdown/excerpt";

export interface GroupCardData {
  slug: string;
  name: string;
  /** The description as rendered and stored at write time: cards never parse markdown. */
  descriptionHtml: string;
  tags: string[];
  visibility: "public" | "private";
  /** The language its name and description are written in (lib/groups/languages.ts). */
  language: string;
  memberCount: number;
  lastActivityAt: Date;
}

export function GroupCard({ group, now }: { group: GroupCardData; now: Date }) {
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs" aria-labelledby={`group-${group.slug}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`group-${group.slug}`} className="text-lg font-semibold">
          <Link href={`/g/${group.slug}`} lang={group.language} className="hover:underline">
            {group.name}
          </Link>
        </h2>
        {group.visibility === "private" && <span className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-600">Private</span>}
      </div>
      <p lang={group.language} className="mt-1 text-sm text-stone-700">{htmlExcerpt(group.descriptionHtml, 180)}</p>
      <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600">
        <span>
          {group.memberCount} {group.memberCount === 1 ? "member" : "members"}
        </span>
        <span aria-hidden>·</span>
        <span>
          Last activity <RelativeTime date={group.lastActivityAt} now={now} />
        </span>
      </p>
      <GroupTopics tags={group.tags} className="mt-2" />
    </article>
  );
}
