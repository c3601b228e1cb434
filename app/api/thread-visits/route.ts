import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { recordThreadVisit } from "@/lib/discussions/visits";

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

const visitSchema = z.object({
  threadId: z.number({ error: "threadId must be a thread's id." }).int().positive().max(2_147_483_647),
  shownAt: z.iso.datetime({ error: "shownAt must be an ISO 8601 time." }),
});

/**
 * POST `{ threadId, shownAt }`: the thread page, once on screen, says the reader saw the thread
 * as drawn at `shownAt` (decision 014). A route of its own rather than a server action: a server
 * action posts to the page's own address, and a visit is not an act on the page. 204 when
 * recorded; 400 malformed, 401 signed out, 404 a thread the reader may not read.
 */
export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = visitSchema.safeParse(body);
  if (!parsed.success) return json({ error: parsed.error.issues[0]?.message ?? "Invalid visit." }, 400);
  const viewer = await getViewer();
  if (!viewer) return json({ error: "Sign in to keep track of what you have read." }, 401);
  const recorded = await recordThreadVisit(viewer, parsed.data.threadId, new Date(parsed.data.shownAt));
  if (!recorded) return json({ error: "No such thread." }, 404);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
}
