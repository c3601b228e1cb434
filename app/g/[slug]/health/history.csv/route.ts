import { loadGroupForRequest } from "@/lib/groups/page-data";
import { csvResponse, historyCsv } from "@/lib/health/csv";
import { groupHealthAccess, loadGroupHealthHistory } from "@/lib/health/data";

/** One group's 90-day health history as CSV, the same rows as the dashboard's chart: owners, moderators and site admins only. */
export async function GET(_request: Request, { params }: RouteContext<"/g/[slug]/health/history.csv">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  const access = groupHealthAccess(loaded, loaded?.viewer ?? null);
  if (!loaded || access === "not-found") return new Response("Not found", { status: 404 });
  switch (access) {
    case "sign-in":
      return new Response("Sign in to download this export.", { status: 401 });
    case "forbidden":
      return new Response("Only the group's moderators can download its health history.", { status: 403 });
  }
  const history = await loadGroupHealthHistory(loaded.group.id, new Date());
  return csvResponse(historyCsv(history), `${slug}-health-90-days.csv`);
}
