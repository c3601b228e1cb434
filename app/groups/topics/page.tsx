import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TOPIC_CHIP, topicFilterHref } from "@/components/groups/group-topics";
import { Pagination } from "@/components/ui/pagination";
import { getViewer } from "@/lib/auth/session";
import { listTopics } from "@/lib/groups/data";
import { pageExists, pageNumberSchema } from "@/lib/pagination";

export const metadata: Metadata = { title: "Topics" };

const TOPICS_PAGE_SIZE = 200;

const topicsQuerySchema = z.object({ page: pageNumberSchema });

/** Every topic of the groups the viewer sees, A to Z, each leading to the directory filtered by it. */
export default async function TopicsPage({ searchParams }: PageProps<"/groups/topics">) {
  const { page } = topicsQuerySchema.parse(await searchParams);
  const viewer = await getViewer();
  const { topics, total } = await listTopics(viewer, { order: "name", page, pageSize: TOPICS_PAGE_SIZE });
  if (!pageExists(page, total, TOPICS_PAGE_SIZE)) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/groups" className="text-sm text-brand-700 underline">
          ← Groups
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Topics</h1>
        <p className="mt-1 text-sm text-stone-600">{total === 0 ? "No group has a topic yet." : `${total} ${total === 1 ? "topic" : "topics"}, A to Z, with how many groups carry each.`}</p>
      </div>
      {topics.length > 0 && (
        <ul aria-label="Topics" className="flex flex-wrap gap-2 text-sm">
          {topics.map(({ tag, count }) => (
            <li key={tag}>
              <Link href={topicFilterHref(tag)} className={`${TOPIC_CHIP} inline-block`}>
                #<bdi>{tag}</bdi> <span className="text-stone-500">({count})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={TOPICS_PAGE_SIZE} total={total} basePath="/groups/topics" />
    </div>
  );
}
