import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MarkAllReadButton } from "@/components/notifications/mark-read-buttons";
import { NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/ui/pagination";
import { getViewer } from "@/lib/auth/session";
import { countUnreadNotifications, listNotifications, NOTIFICATIONS_PAGE_SIZE } from "@/lib/notifications/data";
import { NOTIFICATIONS_HEADING_ID, notificationsQuerySchema } from "@/lib/notifications/schema";
import { pageExists } from "@/lib/pagination";
import { NOTICE_PREFERENCES_PATH, pathWithQuery, signInPath } from "@/lib/auth/paths";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const viewer = await getViewer();
  const search = await searchParams;
  if (!viewer) redirect(signInPath(pathWithQuery("/notifications", search)));
  const { page } = notificationsQuerySchema.parse(search);
  const [{ items, total }, unread] = await Promise.all([listNotifications(viewer.id, page), countUnreadNotifications(viewer.id)]);
  if (!pageExists(page, total, NOTIFICATIONS_PAGE_SIZE)) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id={NOTIFICATIONS_HEADING_ID} tabIndex={-1} className="text-2xl font-semibold">
            Notifications
          </h1>
          {/* A live region: "Mark all as read" removes its own button, and this says the result. */}
          <p role="status" className="text-sm text-stone-600">
            {unread === 0 ? "All caught up." : `${unread} unread`}
          </p>
        </div>
        {unread > 0 && <MarkAllReadButton />}
      </div>
      {items.length === 0 ? (
        <EmptyState title="No notification yet." action={{ href: "/groups", label: "Find groups to join" }}>
          Replies to your posts, new meetups in your groups and changes to the ones you answered show up here.
        </EmptyState>
      ) : (
        <NotificationList items={items} now={new Date()} />
      )}
      <Pagination page={page} pageSize={NOTIFICATIONS_PAGE_SIZE} total={total} basePath="/notifications" />
      <p className="text-sm text-stone-600">
        <Link href={NOTICE_PREFERENCES_PATH} className="font-medium text-brand-700 underline">
          Choose which notices you get
        </Link>{" "}
        (reactions, new meetups, reminders).
      </p>
    </div>
  );
}
