import { notFound } from "next/navigation";
import { ChangedText, ClearHistoryButton } from "@/components/discussions/post-history";
import { PostReference, PostSubpage } from "@/components/discussions/post-subpage";
import { RelativeTime } from "@/components/ui/relative-time";
import { loadPostHistory } from "@/lib/discussions/data";
import { changeCounts, describeChangeCounts, HISTORY_NOTE_ID, missingVersionsNote, postVersions, wordChanges } from "@/lib/discussions/history";
import { parseIdParam } from "@/lib/discussions/schema";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";

export const generateMetadata = groupPageMetadata("Edit history");

/**
 * A post's edit history (decision 023), for whoever may read its thread: every kept version,
 * newest first, each with what its edit changed. The post's author and the group's moderators may
 * remove the earlier versions. Unknown or deleted posts and hidden groups get the 404 page.
 */
export default async function PostHistoryPage({ params }: PageProps<"/g/[slug]/posts/[id]/history">) {
  const { slug, id } = await params;
  const postId = parseIdParam(id);
  if (postId === null) notFound();
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const { group, actor, viewer } = loaded;
  const post = await loadPostHistory(postId, group.slug, viewer);
  if (!post) notFound();
  const versions = postVersions(post, post.revisions, post.editCount);
  const own = viewer !== null && viewer.id === post.author.id;
  const canClear = post.revisions.length > 0 && (own || can(actor, "moderate", group));
  const note = missingVersionsNote({
    editCount: post.editCount,
    revisionCount: post.revisions.length,
    clearedAt: post.historyClearedAt,
    clearedByAuthor: post.historyClearedById === null ? null : post.historyClearedById === post.author.id,
  });
  const now = new Date();
  return (
    <PostSubpage
      id="history-heading"
      title="Edit history"
      group={group}
      thread={post.thread}
      header={
        <>
          <p className="text-sm text-stone-700">
            <PostReference group={group} post={post} own={own} capitalized />, first posted <RelativeTime date={post.createdAt} now={now} />
            {post.editCount === 0 ? ", never edited." : `, edited ${post.editCount === 1 ? "once" : `${post.editCount} times`}.`}
          </p>
          {note && (
            <p id={HISTORY_NOTE_ID} tabIndex={-1} className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm text-stone-700">
              {note}
            </p>
          )}
          {canClear && <ClearHistoryButton postId={post.id} versions={post.revisions.length} authorName={own ? null : post.author.name} />}
        </>
      }
    >
      <ol aria-label="Versions, newest first" className="space-y-4">
        {versions.toReversed().map((version, index, newestFirst) => {
          // The version before this one, when it is still kept: what this edit changed.
          const previous = newestFirst[index + 1];
          const parts = previous && wordChanges(previous.body, version.body);
          return (
            <li key={version.number}>
              <article aria-labelledby={`version-${version.number}`} className="space-y-2">
                <h3 id={`version-${version.number}`} className="text-base font-semibold">
                  Version {version.number}
                  {version.current && " (current)"}
                  {version.number === 1 && " as first posted"}
                </h3>
                <p className="text-sm text-stone-600">
                  {version.number === 1 ? "Posted" : "Edited"} <RelativeTime date={version.writtenAt} now={now} />
                  {parts && ` · ${describeChangeCounts(changeCounts(parts))}`}
                </p>
                {parts ? (
                  <>
                    <ChangedText parts={parts} lang={group.language} />
                    <details className="text-sm">
                      <summary className="cursor-pointer text-stone-700">Full text of version {version.number}</summary>
                      <p lang={group.language} className="mt-2 whitespace-pre-wrap break-words rounded-md border border-stone-200 bg-white p-3 font-mono text-stone-800">
                        {version.body}
                      </p>
                    </details>
                  </>
                ) : (
                  <ChangedText parts={[{ kind: "same", text: version.body }]} lang={group.language} />
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </PostSubpage>
  );
}
