import { describe, expect, it } from "vitest";
import { ReactionKind as PrismaReactionKind } from "@/lib/generated/prisma/enums";
import { applyReaction, describeReactors, REACTION_KINDS, reactionChoiceName, reactionControlName, reactionNoticeMessage, REACTIONS, summarizeReactions } from "./reactions";

describe("reactions", () => {
  it("offers exactly the kinds the database stores, in its order", () => {
    expect(REACTION_KINDS).toEqual(Object.values(PrismaReactionKind));
    expect(Object.keys(REACTIONS)).toEqual([...REACTION_KINDS]);
  });

  it("shows the Like always, then the kinds somebody gave, in the list's order", () => {
    expect(summarizeReactions({}, [])).toEqual([{ kind: "like", count: 0, mine: false }]);
    expect(summarizeReactions({ funny: 1, insightful: 3, love: 0 }, ["insightful"])).toEqual([
      { kind: "like", count: 0, mine: false },
      { kind: "insightful", count: 3, mine: true },
      { kind: "funny", count: 1, mine: false },
    ]);
  });

  it("keeps a kind the viewer just chose in view, even before its count arrives", () => {
    expect(summarizeReactions({}, ["celebrate"]).map((entry) => entry.kind)).toEqual(["like", "celebrate"]);
  });

  it("moves a count only when the viewer's reaction changes: asking twice changes nothing", () => {
    const start = { counts: { love: 2 }, mine: [] as const };
    const given = applyReaction(start, "love", true);
    expect(given).toEqual({ counts: { love: 3 }, mine: ["love"] });
    expect(applyReaction(given, "love", true)).toEqual(given);
    const back = applyReaction(given, "love", false);
    expect(back).toEqual({ counts: { love: 2 }, mine: [] });
    expect(applyReaction(back, "love", false)).toEqual(back);
  });

  it("keeps the viewer's kinds in the list's order and never counts below zero", () => {
    expect(applyReaction({ counts: { funny: 1 }, mine: ["funny"] }, "like", true).mine).toEqual(["like", "funny"]);
    expect(applyReaction({ counts: {}, mine: ["thanks"] }, "thanks", false).counts).toEqual({ thanks: 0 });
  });

  it("names each control by what it does, whose post, and the count in words", () => {
    expect(reactionControlName("like", "Ada", 1)).toBe("Like Ada's post (1 like)");
    expect(reactionControlName("like", "Ada", 0)).toBe("Like Ada's post (0 likes)");
    expect(reactionControlName("insightful", "Ada", 2)).toBe("Insightful: Ada's post (2 reactions)");
    expect(reactionControlName("thanks", "Ada", 1)).toBe("Thanks: Ada's post (1 reaction)");
    expect(reactionChoiceName("celebrate", "Ada")).toBe("Celebrate: react to Ada's post");
  });

  it("says who reacted: the viewer first, as You, up to three names, then how many others", () => {
    expect(describeReactors("like", [], 0, false)).toBeNull();
    expect(describeReactors("like", ["Ada"], 1, false)).toBe("Ada reacted with Like.");
    expect(describeReactors("love", ["Ada"], 2, true)).toBe("You and Ada reacted with Love.");
    expect(describeReactors("thanks", ["Ada", "Bo", "Cy"], 3, false)).toBe("Ada, Bo and Cy reacted with Thanks.");
    expect(describeReactors("insightful", ["Ada", "Bo", "Cy"], 7, true)).toBe("You, Ada, Bo and 4 others reacted with Insightful.");
    expect(describeReactors("funny", ["Ada", "Bo", "Cy"], 4, false)).toBe("Ada, Bo, Cy and 1 other reacted with Funny.");
    // Only the viewer so far (their click on its way: no names loaded yet).
    expect(describeReactors("celebrate", [], 1, true)).toBe("You reacted with Celebrate.");
  });
});

describe("reactionNoticeMessage", () => {
  const thread = { title: "Winter compost", opener: false };
  it("names one person and the kind they gave", () => {
    expect(reactionNoticeMessage({ name: "Ada", kind: "insightful" }, 1, thread)).toBe("Ada reacted with Insightful to your post in “Winter compost”.");
    expect(reactionNoticeMessage({ name: "Ada", kind: "like" }, 1, { ...thread, opener: true })).toBe("Ada reacted with Like to your thread “Winter compost”.");
  });
  it("gathers several behind the latest, one other or more", () => {
    expect(reactionNoticeMessage({ name: "Bo", kind: "love" }, 2, thread)).toBe("Bo and 1 other reacted to your post in “Winter compost”.");
    expect(reactionNoticeMessage({ name: "Bo", kind: "love" }, 5, { ...thread, opener: true })).toBe("Bo and 4 others reacted to your thread “Winter compost”.");
  });
});
