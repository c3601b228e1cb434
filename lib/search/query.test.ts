import { describe, expect, it } from "vitest";
import { isPhrase, isPlainWord, queryTerms, snippet, tsQuery } from "./query";

const marked = (parts: ReturnType<typeof snippet>) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join("");

describe("queryTerms and tsQuery", () => {
  it("folds case, accents and ligatures, and keeps each term whole for the database to split", () => {
    expect(queryTerms("  Vélo-cargo  ŒUVRE  l'atelier 2026 1.2 node.js ").words).toEqual(["velo-cargo", "oeuvre", "l'atelier", "2026", "1.2", "node.js"]);
  });

  it("quotes every word for a tsquery cast, and matches a single letter as a word of its own, not as the start of every word", () => {
    expect(tsQuery(["velo", "cargo"])).toBe("'velo':* & 'cargo':*");
    expect(tsQuery(["c", "compilers"])).toBe("'c' & 'compilers':*");
    expect(tsQuery(["example.org/a'b\\c"])).toBe("'example.org/a''b\\\\c':*");
    expect(snippet("Compost in C, or c++ code", ["c"])).toEqual([
      { text: "Compost in ", match: false },
      { text: "C", match: true },
      { text: ", or ", match: false },
      { text: "c", match: true },
      { text: "++ code", match: false },
    ]);
  });

  it("skips terms without a letter or digit, and counts at most 8 distinct terms, saying which it dropped", () => {
    expect(queryTerms("a & !b | (c) :* 'd'").words).toEqual(["a", "!b", "(c)", "'d'"]);
    const long = queryTerms("one one two three four five six seven eight Nine -ten");
    expect(long.words).toEqual(["one", "two", "three", "four", "five", "six", "seven", "eight"]);
    expect(long.dropped).toEqual(["Nine", "-ten"]);
    expect(queryTerms("  --  ")).toEqual({ words: [], excluded: [], dropped: [] });
  });

  it("tells words of letters and digits, which have stems, from the parser's other words", () => {
    expect(["velo", "2026", "été"].map(isPlainWord)).toEqual([true, true, true]);
    expect(["1.2", "node.js", "velo-cargo", "/wiki/x"].map(isPlainWord)).toEqual([false, false, false, false]);
  });
});

describe("queryTerms: phrases", () => {
  it("keeps a quoted phrase as one term, quotes and all, folded; an unclosed quote runs to the end", () => {
    expect(queryTerms('"Seed  Swap" spade -"old Rake" "tool shed').words).toEqual(['"seed swap"', "spade", '"tool shed"']);
    expect(queryTerms('"Seed  Swap" spade -"old Rake" "tool shed').excluded).toEqual(['"old rake"']);
    expect(["\"seed swap\"", "seed"].map(isPhrase)).toEqual([true, false]);
    expect(queryTerms('"" " " -"" seed').words).toEqual(["seed"]);
    expect(queryTerms('a"b"c').words).toEqual(["a", '"b"', "c"]);
  });

  it("reads curly and French quotes as quotes: phones type “seed swap”, French « vélo cargo »", () => {
    expect(queryTerms("“Seed swap” spade").words).toEqual(['"seed swap"', "spade"]);
    expect(queryTerms("atelier -„old rake“").excluded).toEqual(['"old rake"']);
    expect(queryTerms("«vélo cargo»").words).toEqual(['"velo cargo"']);
  });
});

describe("queryTerms: words left out", () => {
  it("reads a term starting with a minus as words to leave out, and only such a term", () => {
    expect(queryTerms("bokashi -compost -Vélo-cargo").words).toEqual(["bokashi"]);
    expect(queryTerms("bokashi -compost -Vélo-cargo").excluded).toEqual(["compost", "velo-cargo"]);
    // A hyphen inside a word joins: the term is looked for.
    expect(queryTerms("well-known C++").words).toEqual(["well-known", "c++"]);
    expect(queryTerms("well-known C++").excluded).toEqual([]);
  });

  it("looks for a word rather than leave it out when the query does both, and ignores a lone minus", () => {
    expect(queryTerms("garden -garden - --").words).toEqual(["garden"]);
    expect(queryTerms("garden -garden - --").excluded).toEqual([]);
  });
});

describe("snippet", () => {
  it("marks every word start the query matches, as written, accents and case aside", () => {
    expect(marked(snippet("Le Vélo-cargo de l'atelier: vélos et velours.", ["velo"]))).toBe("Le [Vélo]-cargo de l'atelier: [vélo]s et [velo]urs.");
  });

  it("does not mark a word found inside another word", () => {
    expect(marked(snippet("A compost bin, composting.", ["post"]))).toBe("A compost bin, composting.");
  });

  it("centres on the first match in a long text, cut at spaces, with ellipses", () => {
    const text = `${"early words ".repeat(40)}the seed swap is on Saturday ${"late words ".repeat(40)}`;
    const parts = snippet(text, ["seed"], 80);
    expect(parts[0]).toEqual({ text: "…", match: false });
    expect(parts.at(-1)).toEqual({ text: "…", match: false });
    expect(marked(parts)).toContain("the [seed] swap is on Saturday");
    expect(parts.map((part) => part.text).join("").length).toBeLessThanOrEqual(84);
  });

  it("starts at the beginning when only the title matched", () => {
    expect(marked(snippet("Nothing here matches.", ["tomato"]))).toBe("Nothing here matches.");
  });
});
