import { cache } from "react";
import { can } from "@/lib/groups/ability";
import { deletionEndsThread, threadActorFor, threadRefusal } from "./ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { loadThread } from "./data";
import { threadPath } from "./paths";
import { parseThreadParam } from "./schema";

/**
 * A thread page's data: the group (visibility checked), the thread inside that group, and what
 * the viewer may do. Null for anything that should be a 404 (malformed id, unknown thread,
 * thread of another group, hidden group).
 */
export const loadThreadForRequest = cache(async (groupSlug: string, threadParam: string) => {
  const threadId = parseThreadParam(threadParam);
  if (threadId === null) return null;
  const loaded = await loadGroupForRequest(groupSlug);
  if (!loaded) return null;
  const thread = await loadThread(threadId, loaded.group.slug, loaded.viewer);
  if (!thread) return null;
  const { actor, group, viewer } = loaded;
  const threadActor = threadActorFor(actor, group);
  const standing = thread.posts.filter((post) => post.deletedAt === null);
  return {
    group,
    thread,
    viewer,
    threadUrl: threadPath(group.slug, thread),
    permissions: {
      viewerId: viewer?.id ?? null,
      canParticipate: can(actor, "participate", group),
      canModerate: can(actor, "moderate", group),
      // A reader who may not reply yet but may join (signed in, public group, never removed).
      canJoin: can(actor, "join", group),
      canEditTitle: viewer !== null && threadRefusal(threadActor, "editTitle", thread) === null,
      removed: threadActor.removed,
      locked: thread.locked,
      // The post whose deletion would take the thread along (its Delete button says so), if any.
      lastStandingPostId: standing.length > 0 && deletionEndsThread(standing.length - 1) ? standing[0]!.id : null,
    },
  };
});
