import { getViewer } from "@/lib/auth/session";
import { parseIdParam } from "@/lib/discussions/schema";
import { openNotification } from "@/lib/notifications/mutations";
import { safeNotificationUrl } from "@/lib/notifications/schema";
import { signInPath } from "@/lib/auth/paths";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * Following a notification (`notificationOpenPath`): marks it read, then redirects (303) to where
 * it leads, as GitHub's and Groups.io's notification links do. The list links here with a plain
 * <a>, never a prefetching <Link>, so only a click opens it. Signed out: the sign-in page, back
 * here after; an id that is not one of the person's notifications: the list.
 */
export async function GET(_request: Request, { params }: RouteContext<"/notifications/[id]">) {
  const { id } = await params;
  const here = `/notifications/${encodeURIComponent(id)}`;
  const viewer = await getViewer();
  if (!viewer) return redirect(signInPath(here));
  const notificationId = parseIdParam(id);
  const url = notificationId === null ? null : await openNotification(viewer.id, notificationId);
  return redirect(url === null ? "/notifications" : safeNotificationUrl(url));
}

/** A relative Location: right behind any proxy, whatever host the request came through. */
function redirect(path: string): Response {
  return new Response(null, { status: 303, headers: { ...noStore, Location: path } });
}
