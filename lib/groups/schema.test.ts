import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import { addMemberSchema, directoryQuerySchema, membersQuerySchema, parseTags, tagsSchema, SEARCH_MAX, slugFromName } from "./schema";

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const result = addMemberSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("add-a-member form", () => {
  it("reads the email as accounts store it: trimmed, lower-cased", () => {
    expect(addMemberSchema.parse({ groupId: "g1", email: "  Camille.Martin@Example.TEST " })).toEqual({ groupId: "g1", email: "camille.martin@example.test" });
  });

  it("says what is wrong with the email next to the field, about someone else's address", () => {
    expect(errorsOf({ groupId: "g1", email: "  " })).toEqual({ email: "Enter the email address of the person to add." });
    expect(errorsOf({ groupId: "g1", email: "camille@" })).toEqual({ email: "Enter a valid email address, like name@example.com." });
    expect(errorsOf({ groupId: "g1", email: `${"a".repeat(250)}@x.fr` })).toEqual({ email: "That email address is too long." });
  });

  it("needs the group it adds to", () => {
    expect(Object.keys(errorsOf({ email: "camille@example.test" }))).toEqual(["groupId"]);
    expect(Object.keys(errorsOf({ groupId: "x".repeat(41), email: "camille@example.test" }))).toEqual(["groupId"]);
  });
});

describe("the directory's query string", () => {
  it("cuts a long search instead of dropping it", () => {
    const long = `compost ${"x".repeat(200)}`;
    expect(directoryQuerySchema.parse({ q: long }).q).toBe(long.slice(0, SEARCH_MAX));
    expect(directoryQuerySchema.parse({ q: "   " }).q).toBeUndefined();
    // An emoji (two UTF-16 units) across the limit is left out whole, not cut in half: half of
    // one is no text, and PostgreSQL refused the query with a 500.
    const sprouts = directoryQuerySchema.parse({ q: `a${"🌱".repeat(51)}` }).q!;
    expect(sprouts).toBe(`a${"🌱".repeat(49)}`);
    expect(() => encodeURIComponent(sprouts)).not.toThrow();
    expect(directoryQuerySchema.parse({ q: ["a", "b"] }).q).toBeUndefined();
  });

  it("reads a tag the way tags are written", () => {
    expect(directoryQuerySchema.parse({ tag: "Urban Gardening" }).tag).toBe("urban-gardening");
    expect(directoryQuerySchema.parse({ tag: "#composting" }).tag).toBe("composting");
    expect(directoryQuerySchema.parse({ tag: "#E2E" }).tag).toBe("e2e");
    expect(directoryQuerySchema.parse({ tag: "##" }).tag).toBeUndefined();
    expect(directoryQuerySchema.parse({}).tag).toBeUndefined();
  });
});

describe("the Members page's query string", () => {
  it("reads a name filter and each list's page; anything malformed is the default", () => {
    expect(membersQuerySchema.parse({ q: "  Zoë  ", page: "2", removedPage: "3" })).toEqual({ q: "Zoë", page: 2, removedPage: 3 });
    expect(membersQuerySchema.parse({ q: ["a", "b"], page: "x", removedPage: "-1" })).toEqual({ q: undefined, page: 1, removedPage: 1 });
    expect(membersQuerySchema.parse({ q: "\u202Eevil" }).q).toBe("evil");
    expect(membersQuerySchema.parse({ q: "y".repeat(500) }).q).toHaveLength(SEARCH_MAX);
  });

  it("drops control characters, NUL above all (PostgreSQL cannot take it), whatever the method brought it", () => {
    expect(membersQuerySchema.parse({ q: "a\u0000b" }).q).toBe("ab");
    expect(directoryQuerySchema.parse({ q: "\u0000soil\u0007 beds\u001b" }).q).toBe("soil beds");
    expect(directoryQuerySchema.parse({ q: "raised\tbeds\r\nnow" }).q).toBe("raised beds now");
    expect(directoryQuerySchema.parse({ q: "\u0000\u0000" }).q).toBeUndefined();
  });
});

describe("topic tags", () => {
  it("are stored lower-case and hyphenated, capitals never splitting a word", () => {
    expect(parseTags("Urban Gardening, compost ,  zero waste, #E2E, iPhone, compost")).toEqual(["urban-gardening", "compost", "zero-waste", "e2e", "iphone"]);
  });

  it("say which one makes no tag, rather than dropping it", () => {
    const result = tagsSchema.safeParse("compost, ++ , #");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["“++” has no letters or digits to make a tag of."]);
    // Blank entries between commas are no tags at all: nothing to say.
    expect(tagsSchema.parse("compost, , ;")).toEqual(["compost"]);
  });

  it("fold Latin accents but keep other scripts as written", () => {
    expect(parseTags("Vélo Cargo, ŒUVRES, Straße")).toEqual(["velo-cargo", "oeuvres", "strasse"]);
    expect(parseTags("عربى, ガーデニング, 城市 园艺, Садоводство, Ελληνικά")).toEqual(["عربى", "ガーデニング", "城市-园艺", "садоводство", "ελληνικά"]);
    expect(parseTags("café ガーデン")).toEqual(["cafe-ガーデン"]);
    expect(directoryQuerySchema.parse({ tag: "#ガーデニング" }).tag).toBe("ガーデニング");
  });
});

describe("slugFromName", () => {
  it("keeps words whole whatever their capitals, and transliterates", () => {
    expect(slugFromName("OpenStreetMap Mappers")).toBe("openstreetmap-mappers");
    expect(slugFromName("iPhone Repair")).toBe("iphone-repair");
    expect(slugFromName("ŒUVRES et Œuvres")).toBe("oeuvres-et-oeuvres");
    expect(slugFromName("Café Straße")).toBe("cafe-strasse");
  });

  it("cuts at the length without leaving a trailing hyphen", () => {
    expect(slugFromName("Alpha Beta", 6)).toBe("alpha");
  });
});
