import { z } from "zod";
import { can } from "@/lib/groups/ability";
import { listMentionable } from "@/lib/groups/data";
import { loadGroupForRequest } from "@/lib/groups/page-data";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/** What follows the "@" typed in a post box: a name's first words. */
const mentionSearchSchema = z.object({
  q: z.string().trim().min(1, "Type the start of a name.").max(60, "Type at most 60 characters of a name."),
});

/**
 * `?q=` — the group's members whose name starts a word with each word of q, for the post box's
 * @mention suggestions (decision 021). For the people who may post in the group: signed out is a
 * 401, anyone else a 403 (the member list is theirs), a hidden group a 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/g/[slug]/mentionable">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) return json({ error: "No such group." }, 404);
  if (!loaded.viewer) return json({ error: "Sign in to mention people." }, 401);
  if (!can(loaded.actor, "participate", loaded.group)) return json({ error: "Only the group's members can mention its members." }, 403);
  const parsed = mentionSearchSchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success) return json({ error: parsed.error.issues[0]?.message ?? "Invalid search." }, 400);
  return json({ people: await listMentionable(loaded.group.id, parsed.data.q, loaded.viewer.id) });
}
