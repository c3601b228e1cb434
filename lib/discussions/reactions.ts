/**
 * The reactions a post may get (decision 027): a like, and five more ways of saying what a post
 * did for its reader, as on LinkedIn or GitHub Discussions. Pure: the list, each kind's emoji and
 * name, how a post's reactions are shown and what a reaction control is called.
 */

/** In the order they are offered and shown; the same as Prisma's enum ReactionKind. */
export const REACTION_KINDS = ["like", "love", "thanks", "insightful", "celebrate", "funny"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const REACTIONS: Record<ReactionKind, { emoji: string; label: string }> = {
  like: { emoji: "👍", label: "Like" },
  love: { emoji: "❤️", label: "Love" },
  thanks: { emoji: "🙏", label: "Thanks" },
  insightful: { emoji: "💡", label: "Insightful" },
  celebrate: { emoji: "🎉", label: "Celebrate" },
  funny: { emoji: "😄", label: "Funny" },
};

/** How many of each kind a post has; kinds nobody chose are absent. */
export type ReactionCounts = Partial<Record<ReactionKind, number>>;

/** A post's reactions as shown on it: one entry per kind, in REACTION_KINDS order. */
export type ReactionSummary = { kind: ReactionKind; count: number; mine: boolean }[];

/**
 * What a post shows of its reactions: the Like always (it is the post's first control, with its
 * count, even 0), then every other kind somebody chose, or the viewer chose (as their change is
 * on its way), in the order of REACTION_KINDS.
 */
export function summarizeReactions(counts: ReactionCounts, mine: readonly ReactionKind[]): ReactionSummary {
  return REACTION_KINDS.filter((kind) => kind === "like" || (counts[kind] ?? 0) > 0 || mine.includes(kind)).map((kind) => ({
    kind,
    count: counts[kind] ?? 0,
    mine: mine.includes(kind),
  }));
}

/**
 * The counts and the viewer's reactions once the viewer asked for `kind` to be `on` or off: the
 * count moves only when the viewer's reaction does, so asking twice changes nothing.
 */
export function applyReaction(
  state: { counts: ReactionCounts; mine: readonly ReactionKind[] },
  kind: ReactionKind,
  on: boolean,
): { counts: ReactionCounts; mine: ReactionKind[] } {
  const had = state.mine.includes(kind);
  if (had === on) return { counts: state.counts, mine: [...state.mine] };
  const count = Math.max(0, (state.counts[kind] ?? 0) + (on ? 1 : -1));
  return {
    counts: { ...state.counts, [kind]: count },
    mine: on ? REACTION_KINDS.filter((k) => k === kind || state.mine.includes(k)) : state.mine.filter((k) => k !== kind),
  };
}

/**
 * A reaction control's name, for screen readers: what it does, whose post, and the count in
 * words — "Like Ada's post (3 likes)", "Insightful: Ada's post (1 reaction)". The visible "💡 1"
 * is in it (label in name: the count; the emoji is hidden from screen readers).
 */
export function reactionControlName(kind: ReactionKind, authorName: string, count: number): string {
  if (kind === "like") return `Like ${authorName}'s post (${count} ${count === 1 ? "like" : "likes"})`;
  return `${REACTIONS[kind].label}: ${authorName}'s post (${count} ${count === 1 ? "reaction" : "reactions"})`;
}

/** The picker's entries are named by their visible label and whose post. */
export function reactionChoiceName(kind: ReactionKind, authorName: string): string {
  return `${REACTIONS[kind].label}: react to ${authorName}'s post`;
}

/** How many people a reaction's description names before "and N others". */
export const REACTORS_NAMED = 3;

/**
 * Who gave a reaction, for its tooltip and description: "Ada Lovelace, Bo Chen and 3 others
 * reacted with Insightful." `others`: the first people who gave it, the viewer left out (at most
 * REACTORS_NAMED); `count`: how many gave it in all, the viewer included when `mine`. Null when
 * nobody did.
 */
export function describeReactors(kind: ReactionKind, others: readonly string[], count: number, mine: boolean): string | null {
  if (count <= 0) return null;
  const named = [...(mine ? ["You"] : []), ...others].slice(0, REACTORS_NAMED);
  const rest = count - named.length;
  const list =
    rest > 0
      ? `${named.join(", ")} and ${rest} ${rest === 1 ? "other" : "others"}`
      : named.length === 1
        ? named[0]!
        : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return `${list} reacted with ${REACTIONS[kind].label}.`;
}

/**
 * The notice a post's author gets of reactions to it (decision 029): of one person ("Ada reacted
 * with Insightful to your post in “Cheese”."), or, gathered while unread, of several, the latest
 * named ("Ada and 2 others reacted to your thread “Cheese”."). `people`: how many reacted since
 * the author last read such a notice, the latest included.
 */
export function reactionNoticeMessage(latest: { name: string; kind: ReactionKind }, people: number, thread: { title: string; opener: boolean }): string {
  const what = thread.opener ? `your thread “${thread.title}”` : `your post in “${thread.title}”`;
  if (people <= 1) return `${latest.name} reacted with ${REACTIONS[latest.kind].label} to ${what}.`;
  const others = people - 1;
  return `${latest.name} and ${others} ${others === 1 ? "other" : "others"} reacted to ${what}.`;
}
