import Link from "next/link";
import type { ViewerRef } from "@/lib/groups/data";
import { viewerModeratesAnyGroup } from "@/lib/health/data";
import { countUnreadNotifications } from "@/lib/notifications/data";

/**
 * The signed-in person's links in the header: group health for those who run groups (owners,
 * moderators, site admins), their meetups, their saved posts, and notifications with the unread count.
 */
export async function HeaderUserLinks({ viewer }: { viewer: ViewerRef }) {
  const [unread, runsGroups] = await Promise.all([countUnreadNotifications(viewer.id), viewerModeratesAnyGroup(viewer)]);
  return (
    <>
      {runsGroups && (
        <Link href="/health" className="text-stone-700 hover:text-stone-950">
          Group health
        </Link>
      )}
      <Link href="/me/meetups" className="text-stone-700 hover:text-stone-950">
        My meetups
      </Link>
      {/* Posts saved to read again (decision 026). */}
      <Link href="/me/saved" className="text-stone-700 hover:text-stone-950">
        Saved
      </Link>
      {/* Named by what it shows ("Notifications 8 unread"): the words seen start the name (WCAG 2.5.3). */}
      <Link href="/notifications" className="inline-flex items-center gap-1.5 text-stone-700 hover:text-stone-950">
        Notifications{" "}
        {unread > 0 && (
          <span className="rounded-full bg-brand-700 px-1.5 py-0.5 text-xs font-semibold leading-none text-white">
            {unread > 99 ? "99+" : unread}
            <span className="sr-only"> unread</span>
          </span>
        )}
      </Link>
    </>
  );
}
