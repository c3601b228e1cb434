import { describe, expect, it } from "vitest";
import { mentionQueryAt } from "./mention-syntax";
import { MENTIONS_NOTIFIED_MAX, mentionedUserIds, mentionMarkdown, newlyMentioned } from "./mentions";

const ana = { id: "cmana0000000000000000001", name: "Ana Souza" };
const ben = { id: "cmben0000000000000000002", name: "Ben [the] Builder" };

describe("mentions in posts", () => {
  it("a mention is a link to a profile whose text starts with @; each person counts once, in order", () => {
    const body = `Thanks ${mentionMarkdown(ana)}! And ${mentionMarkdown(ben)}, ${mentionMarkdown(ana)} again.`;
    expect(mentionMarkdown(ben)).toBe("[@Ben the Builder](/u/cmben0000000000000000002)");
    expect(mentionedUserIds(body)).toEqual([ana.id, ben.id]);
  });

  it("a profile link without @, another address, or a mention in code does not mention anyone", () => {
    expect(mentionedUserIds(`See [Ana's profile](/u/${ana.id}).`)).toEqual([]);
    expect(mentionedUserIds(`[@Ana](https://example.com/u/${ana.id})`)).toEqual([]);
    expect(mentionedUserIds(`[@Ana](/u/${ana.id}/settings)`)).toEqual([]);
    expect(mentionedUserIds("`[@Ana](/u/cmana0000000000000000001)`")).toEqual([]);
    expect(mentionedUserIds("Nothing to see, @Ana.")).toEqual([]);
    // Raw HTML reads as the page shows it: a link is a link.
    expect(mentionedUserIds(`<a href="/u/${ana.id}">@Ana</a>`)).toEqual([ana.id]);
  });

  it("an edit tells only the people it adds; nobody is told of their own mention, nor twice for one post", () => {
    const before = `Hi ${mentionMarkdown(ana)}`;
    const after = `Hi ${mentionMarkdown(ana)} and ${mentionMarkdown(ben)}`;
    expect(newlyMentioned(after, { before, authorId: "someone" })).toEqual([ben.id]);
    expect(newlyMentioned(after, { authorId: ana.id })).toEqual([ben.id]);
    expect(newlyMentioned(after, { authorId: "someone", skip: [ben.id] })).toEqual([ana.id]);
  });

  it("one post tells at most ten people", () => {
    const people = Array.from({ length: 14 }, (_, n) => ({ id: `cmperson${String(n).padStart(16, "0")}`, name: `Person ${n}` }));
    const told = newlyMentioned(people.map(mentionMarkdown).join(" "), { authorId: "someone" });
    expect(told).toHaveLength(MENTIONS_NOTIFIED_MAX);
    expect(told[0]).toBe(people[0]!.id);
  });
});

describe("when the post box suggests people", () => {
  const at = (text: string) => mentionQueryAt(text, text.length);
  it("after an @ that starts a word, for up to three words of a name", () => {
    expect(at("@an")).toEqual({ start: 0, query: "an" });
    expect(at("Thanks @Ana So")).toEqual({ start: 7, query: "Ana So" });
    expect(at("(cc @Zoë")).toEqual({ start: 4, query: "Zoë" });
    expect(at("Merci @Jean-Luc d'A")).toEqual({ start: 6, query: "Jean-Luc d'A" });
    // The caret decides, not the end of the text.
    expect(mentionQueryAt("Hi @Ana, welcome", 7)).toEqual({ start: 3, query: "Ana" });
  });

  it("not in an address, after a bare @, across lines, past three words or once a mention is written", () => {
    expect(at("write to ana@example.org")).toBeNull();
    expect(at("@")).toBeNull();
    expect(at("@ ana")).toBeNull();
    expect(at("@ana\nso")).toBeNull();
    expect(at("@ana so we met")).toBeNull();
    expect(at("@ana  ")).toBeNull();
    expect(at(`${mentionMarkdown(ana)} `)).toBeNull();
    expect(at("")).toBeNull();
  });
});
