import { getViewer } from "@/lib/auth/session";
import { csvResponse, overviewCsv, overviewCsvName } from "@/lib/health/csv";
import { exportHealthOverview, overviewAccess } from "@/lib/health/data";
import { overviewQuerySchema } from "@/lib/health/schema";
import { pageSearchParams } from "@/lib/search-params";

/** The moderator overview as CSV, with the page's filters and order, every row (not one page). */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in to download this export.", { status: 401 });
  if ((await overviewAccess(viewer)) !== "ok") return new Response("Only group moderators and site admins can export group health.", { status: 403 });
  const query = overviewQuerySchema.parse(pageSearchParams(new URL(request.url).searchParams));
  const rows = await exportHealthOverview(viewer, query);
  return csvResponse(overviewCsv(rows), overviewCsvName(query, new Date()));
}
