import { describe, expect, it } from "vitest";
import { foldForSearch, groupSearchText, MAX_SEARCH_TERMS, searchTerms, searchWords } from "./search";

describe("directory search", () => {
  it("folds case, accents and ligatures", () => {
    expect(foldForSearch("Neighbourhood Repair Café")).toBe("neighbourhood repair cafe");
    expect(foldForSearch("Les Ateliers VÉLO")).toBe("les ateliers velo");
    expect(foldForSearch("Œuvres  de Straße")).toBe("oeuvres de strasse");
  });

  it("a group is found by its name and by its tags, as written or as words", () => {
    const text = groupSearchText({ name: "City Gardeners", tags: ["urban-gardening", "compost"] });
    for (const query of ["gardeners", "gardening", "urban-gardening", "urban gardening", "compost"]) {
      expect(searchTerms(query).every((term) => text.includes(term)), query).toBe(true);
    }
    expect(searchTerms("cafe").every((term) => groupSearchText({ name: "Repair Café", tags: [] }).includes(term))).toBe(true);
  });

  it("splits a query into distinct words, and keeps % and _ as typed", () => {
    expect(searchTerms("  Repair   CAFÉ repair ")).toEqual(["repair", "cafe"]);
    expect(searchTerms("100% remote_work")).toEqual(["100%", "remote_work"]);
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(MAX_SEARCH_TERMS);
  });

  it("keeps a name search's words as typed (the database folds them as it folds names)", () => {
    expect(searchWords("  Zoë   ÅNGSTRÖM Zoë ")).toEqual(["Zoë", "ÅNGSTRÖM"]);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(MAX_SEARCH_TERMS);
  });
});
