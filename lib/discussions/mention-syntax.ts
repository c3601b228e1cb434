/**
 * How a mention is written and when the post box suggests one (decision 021), with no imports:
 * the browser's post box uses it, and the server reads mentions with lib/discussions/mentions.ts.
 */

/** The markdown a mention of `person` is written as: a link to their profile whose text starts with "@". */
export function mentionMarkdown(person: { id: string; name: string }): string {
  // Brackets in a name would end the link's text early: they are left out of it.
  return `[@${person.name.replace(/[[\]]/g, "")}](/u/${person.id})`;
}

/** The longest name start the suggestions look up. */
export const MENTION_QUERY_MAX = 40;

/**
 * The name being typed after an "@" at the caret, and where its "@" is, or null: the "@" starts a
 * word (the text's start, or after a space or an opening bracket: not an email address), and what
 * follows it up to the caret is the start of a name — a letter or digit first, at most three
 * words on one line. "Thanks @ana so" suggests for "ana so"; "a@b.c" and "@ " do not.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  if (caret < 1 || caret > text.length) return null;
  const before = text.slice(Math.max(0, caret - MENTION_QUERY_MAX - 1), caret);
  const at = before.lastIndexOf("@");
  if (at === -1) return null;
  const start = caret - before.length + at;
  const query = before.slice(at + 1);
  if (start > 0 && !/[\s([{"'«]/u.test(text[start - 1]!)) return null;
  if (!/^[\p{L}\p{N}][\p{L}\p{N}'’.\- ]*$/u.test(query) || query.includes("  ") || query.split(" ").length > 3) return null;
  return { start, query };
}
