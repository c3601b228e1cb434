import { z } from "zod";
import { hiddenBoolean } from "@/lib/discussions/schema";
import { groupRefSchema } from "@/lib/groups/schema";
import { pageNumberSchema } from "@/lib/pagination";

export const notificationRefSchema = z.object({
  notificationId: z.coerce.number({ error: "Invalid reference." }).int("Invalid reference.").positive("Invalid reference.").max(2_147_483_647, "Invalid reference."),
});

/** Muting a group's optional notices, or hearing them again (decision 031). */
export const groupNoticesSchema = groupRefSchema.extend({ muted: hiddenBoolean });

export const notificationsQuerySchema = z.object({
  page: pageNumberSchema,
});

/**
 * Where a notification may lead: a path inside the app. Anything else (an absolute URL written
 * by a future bug) falls back to the list, so a notification can never send someone away.
 */
export function safeNotificationUrl(url: string): string {
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/notifications";
}

/** Where a notification's link points: a route that marks it read, then leads on (app/notifications/[id]). */
export function notificationOpenPath(notificationId: number): string {
  return `/notifications/${notificationId}`;
}

/** The notifications page's heading: where the keyboard goes once "Mark all as read" has removed itself. */
export const NOTIFICATIONS_HEADING_ID = "notifications-heading";
