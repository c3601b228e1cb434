import { listThreadChoices } from "@/lib/discussions/data";
import { threadSearchSchema } from "@/lib/discussions/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/**
 * `?q=` — the group's threads whose title contains q, for the thread finders of the meetup and
 * project forms (they start with the most recent threads and search here for older ones). What
 * it returns is what the group's page shows anyone who can see it; a hidden group is a 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/g/[slug]/thread-choices">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) return json({ error: "No such group." }, 404);
  const parsed = threadSearchSchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success) return json({ error: parsed.error.issues[0]?.message ?? "Invalid search." }, 400);
  const threads = await listThreadChoices(loaded.group.id, { query: parsed.data.q });
  return json({ threads });
}
