/**
 * `text` cut to at most `max` UTF-16 code units (JavaScript's `length`) without splitting a
 * character written as a surrogate pair (an emoji): half of one is not text, and PostgreSQL
 * refuses it.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
