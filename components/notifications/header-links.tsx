import Link from "next/link";
import type { ViewerRef } from "@/lib/groups/data";
import { viewerModeratesAnyGroup } from "@/lib/health/data";
import { countUnreadNotifications } from "@/lib/notifications/data";

export interface HeaderCounts {
  unread: number;
  /** Owner, moderator or site admin somewhere: the header links to group health. */
  runsGroups: boolean;
}

/** What the header says to the signed-in person: read once, shown in the wide header or the phone's menu. */
export async function loadHeaderCounts(viewer: ViewerRef): Promise<HeaderCounts> {
  const [unread, runsGroups] = await Promise.all([countUnreadNotifications(viewer.id), viewerModeratesAnyGroup(viewer)]);
  return { unread, runsGroups };
}

/**
 * The signed-in person's own links: group health for those who run groups (owners, moderators,
 * site admins), their meetups and their saved posts.
 */
export function PersonalLinks({ runsGroups, className }: { runsGroups: boolean; className: string }) {
  return (
    <>
      {runsGroups && (
        <Link href="/health" className={className}>
          Group health
        </Link>
      )}
      <Link href="/me/meetups" className={className}>
        My meetups
      </Link>
      {/* Posts saved to read again (decision 026). */}
      <Link href="/me/saved" className={className}>
        Saved
      </Link>
    </>
  );
}
