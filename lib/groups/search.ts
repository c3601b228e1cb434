/**
 * The directory's search: what a group is found by, folded the same way as what people type,
 * so "cafe" finds "Repair Café", "velo" finds "Ateliers Vélo" and "gardening" finds a group
 * tagged #urban-gardening. Pure; the folded text is stored on the group (`Group.searchText`)
 * when it is created or edited, and the directory matches every typed word against it.
 */

/** Letters NFKD does not take apart. */
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d", ı: "i" };

/** Lower case, without diacritics or ligatures: "Ateliers Vélo" → "ateliers velo". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œæßøłđı]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();
}

/** A group's stored search text: its name, and its tags both as written and as words. */
export function groupSearchText(group: { name: string; tags: readonly string[] }): string {
  const tags = group.tags.join(" ");
  return foldForSearch(`${group.name} ${tags} ${tags.replaceAll("-", " ")}`);
}

/** At most this many words of a query count (a pasted paragraph is not a search). */
export const MAX_SEARCH_TERMS = 8;

/** The words of a query, folded, each of which a group must contain. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  return [...new Set(foldForSearch(query).split(" ").filter(Boolean))].slice(0, MAX_SEARCH_TERMS);
}

/**
 * The words of a query as typed, for a search that folds in the database (`foldedSql` in
 * ./data.ts folds the words and the names alike, so both sides always agree).
 */
export function searchWords(query: string | undefined): string[] {
  if (!query) return [];
  return [...new Set(query.split(/\s+/).filter(Boolean))].slice(0, MAX_SEARCH_TERMS);
}
