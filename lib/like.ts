/**
 * `text` made literal inside a SQL LIKE pattern, as Prisma's `contains` needs: Prisma passes the
 * value into `LIKE '%…%'` as is, so a search for "50%" or "snake_" would otherwise treat `%` and
 * `_` as wildcards. PostgreSQL's default LIKE escape character is the backslash.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
