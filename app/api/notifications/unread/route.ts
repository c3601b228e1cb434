import { getViewer } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/data";

const headers = { "Cache-Control": "private, no-store" };

/**
 * GET: the signed-in person's unread notices, `{ unread }`, for the header's count, which the
 * layout draws once and which in-app navigation does not draw again. 401 signed out.
 */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to see your notifications." }, { status: 401, headers });
  return Response.json({ unread: await countUnreadNotifications(viewer.id) }, { headers });
}
