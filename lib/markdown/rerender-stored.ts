/**
 * Re-renders the stored HTML that an older markdown pipeline produced (`renderVersion` below
 * RENDER_VERSION, or 0: rendered before versions were recorded): posts, project updates and
 * goals, meetup and group descriptions, members' bios. `npm run posts:backfill`. Safe to interrupt and re-run.
 */
import { db as defaultDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { RENDER_VERSION, renderStoredMarkdown } from "./render";

/** Every table that stores rendered markdown: its key's SQL type, the source and the HTML column. */
const RENDERED_TABLES = [
  { table: "Post", idType: "int", source: "body", html: "html" },
  { table: "ProjectUpdate", idType: "int", source: "body", html: "html" },
  { table: "Project", idType: "int", source: "goal", html: "goalHtml" },
  { table: "Meetup", idType: "int", source: "description", html: "descriptionHtml" },
  { table: "Group", idType: "text", source: "description", html: "descriptionHtml" },
  // Most people write no bio: an empty one's HTML is empty whatever the pipeline.
  { table: "User", idType: "text", source: "bio", html: "bioHtml", skipEmpty: true },
] as const;

export type RenderedTable = (typeof RENDERED_TABLES)[number]["table"];

export async function rerenderStoredHtml(
  options: { batchSize?: number; db?: Db; onProgress?: (table: RenderedTable, done: number) => void } = {},
): Promise<Record<RenderedTable, number>> {
  const db = options.db ?? defaultDb;
  const batchSize = options.batchSize ?? 500;
  const counts = {} as Record<RenderedTable, number>;
  for (const entry of RENDERED_TABLES) {
    const { table, idType, source, html } = entry;
    // Identifiers from the constant list above, never from input.
    const [tableSql, sourceSql, htmlSql, idTypeSql] = [`"${table}"`, `"${source}"`, `"${html}"`, idType].map(Prisma.raw);
    let done = 0;
    let afterId: number | string | undefined;
    for (;;) {
      const after = afterId === undefined ? Prisma.empty : Prisma.sql`AND id > ${afterId}::${idTypeSql}`;
      const nonEmpty = "skipEmpty" in entry ? Prisma.sql`AND ${sourceSql} <> ''` : Prisma.empty;
      const rows = await db.$queryRaw<{ id: number | string; source: string }[]>`
        SELECT id, ${sourceSql} AS source FROM ${tableSql}
        WHERE "renderVersion" < ${RENDER_VERSION} ${nonEmpty} ${after}
        ORDER BY id LIMIT ${batchSize}`;
      if (rows.length === 0) break;
      const values = rows.map((row) => Prisma.sql`(${row.id}::${idTypeSql}, ${row.source}::text, ${renderStoredMarkdown(row.source)}::text)`);
      // One statement per batch (the embedded database pays per round trip). A row whose
      // source changed since it was read was re-rendered by that edit: it is left alone.
      await db.$executeRaw`
        UPDATE ${tableSql} AS t SET ${htmlSql} = v.html, "renderVersion" = ${RENDER_VERSION}
        FROM (VALUES ${Prisma.join(values)}) AS v(id, source, html)
        WHERE t.id = v.id AND t.${sourceSql} = v.source AND t."renderVersion" < ${RENDER_VERSION}`;
      done += rows.length;
      afterId = rows[rows.length - 1]!.id;
      options.onProgress?.(table, done);
    }
    counts[table] = done;
  }
  return counts;
}
