import { describe, expect, it } from "vitest";
import { searchPageQuerySchema } from "./schema";

describe("the search page's query", () => {
  it("reads a group's address, trimmed, and no group when it is empty, repeated or too long to be one", () => {
    expect(searchPageQuerySchema.parse({ q: "velo", group: "  velo-lyon " })).toEqual({ q: "velo", group: "velo-lyon", page: 1 });
    expect(searchPageQuerySchema.parse({ group: "  " }).group).toBeUndefined();
    expect(searchPageQuerySchema.parse({ group: ["a-group", "another"] }).group).toBeUndefined();
    expect(searchPageQuerySchema.parse({ group: "x".repeat(101) }).group).toBeUndefined();
    expect(searchPageQuerySchema.parse({}).group).toBeUndefined();
  });
});
