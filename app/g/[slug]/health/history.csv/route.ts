import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { csvResponse, historyCsv } from "@/lib/health/csv";
import { loadHealthHistory } from "@/lib/health/snapshots";

/** One group's 90-day health history as CSV: owners, moderators and site admins only. */
export async function GET(_request: Request, { params }: RouteContext<"/g/[slug]/health/history.csv">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) return new Response("Not found", { status: 404 });
  if (!loaded.viewer) return new Response("Sign in to download this export.", { status: 401 });
  if (!can(loaded.actor, "moderate", loaded.group)) return new Response("Only the group's moderators can download its health history.", { status: 403 });
  const history = await loadHealthHistory(loaded.group.id, new Date());
  return csvResponse(historyCsv(history), `${slug}-health-90-days.csv`);
}
