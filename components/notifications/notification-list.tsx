import { ViewerStart } from "@/components/meetups/viewer-time";
import { RelativeTime } from "@/components/ui/relative-time";
import { notificationOpenPath } from "@/lib/notifications/schema";
import { messageParts } from "@/lib/notifications/wording";
import { MarkReadButton } from "./mark-read-buttons";

export interface NotificationItem {
  id: number;
  kind: string;
  message: string;
  url: string;
  createdAt: Date;
  readAt: Date | null;
  /** What the message's time refers to, so the reader's own time can follow it. */
  eventAt: Date | null;
  eventTimeZone: string | null;
  /** The language of the group it leads into: its quotations (titles, names) are in it. */
  language: string | null;
}

/** The message, its quotations in the group's language. */
function Message({ message, language }: { message: string; language: string | null }) {
  if (!language) return message;
  return messageParts(message).map((part, index) => (part.quoted ? <span key={index} lang={language}>{part.text}</span> : part.text));
}

export function NotificationList({ items, now }: { items: NotificationItem[]; now: Date }) {
  return (
    <ul aria-label="Notifications" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {items.map((item) => (
        <li key={item.id} className={`flex items-start gap-4 px-4 py-3 ${item.readAt ? "" : "bg-brand-50/60"}`}>
          <div className="min-w-0 grow space-y-0.5">
            <p className="text-sm">
              {!item.readAt && <span className="sr-only">Unread: </span>}
              {/* A plain link, not a prefetching <Link>: following it marks the notification read. */}
              <a href={notificationOpenPath(item.id)} className={`hover:underline ${item.readAt ? "text-stone-700" : "font-medium text-stone-950"}`}>
                <Message message={item.message} language={item.language} />
              </a>
              {item.eventAt && item.eventTimeZone && <ViewerStart date={item.eventAt.toISOString()} eventZone={item.eventTimeZone} />}
            </p>
            <p className="text-xs text-stone-500">
              <RelativeTime date={item.createdAt} now={now} />
            </p>
          </div>
          {!item.readAt && (
            <div className="shrink-0">
              <MarkReadButton notificationId={item.id} message={item.message} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
