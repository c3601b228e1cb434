import { describe, expect, it } from "vitest";
import * as browser from "./visible.browser";
import * as server from "./visible";

describe("the browser's stand-in for the visible-content check", () => {
  it("has the same exports, so the schemas build in the browser too (next.config.ts swaps them)", () => {
    expect(Object.keys(browser).sort()).toEqual(Object.keys(server).sort());
    expect(browser.NOTHING_TO_SHOW.message).toBe(server.NOTHING_TO_SHOW.message);
  });

  it("is switched off there: the server makes the check", () => {
    expect(browser.NOTHING_TO_SHOW.when()).toBe(false);
    expect(server.NOTHING_TO_SHOW.when({ issues: [] })).toBe(true);
    expect(server.hasVisibleContent("<script>alert(1)</script>")).toBe(false);
  });
});
