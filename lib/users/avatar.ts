/**
 * The avatar every member has without uploading anything (decision 030): their initials on a
 * colour of their own, as Discourse's letter avatars and Google's. Pure, so the initials of any
 * name and the colour of any account are unit-tested.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The first character a person would see of `word` (a grapheme: "É", "👩‍🌾", "ñ" as typed). */
function firstGrapheme(word: string): string {
  for (const { segment } of segmenter.segment(word)) return segment;
  return "";
}

/**
 * Up to two initials: of the first and the last word ("Amélie Laurent" → "AL", "Tomás de la
 * Cruz" → "TC"), of the one word there is ("Madonna" → "M"), upper-cased in any script that has
 * cases. Words that start with no letter or digit (punctuation, symbols) are skipped; a name
 * with none gives "?".
 */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return "?";
  const picked = words.length === 1 ? [words[0]!] : [words[0]!, words.at(-1)!];
  return picked.map((word) => firstGrapheme(word).toLocaleUpperCase()).join("");
}

/** The hue (0–359) of an account's avatar: the same on every page, spread evenly over accounts (FNV-1a of its id). */
export function avatarHue(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 360;
}

/**
 * The avatar's background: dark enough that its white initials keep a contrast of at least 4.5:1
 * whatever the hue (HSL lightness 32 %, saturation 45 %; checked by a unit test).
 */
export function avatarColor(id: string): string {
  return `hsl(${avatarHue(id)} 45% 32%)`;
}
