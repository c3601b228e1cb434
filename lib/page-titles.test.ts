import { describe, expect, it } from "vitest";
import { groupPageTitle } from "./page-titles";

describe("groupPageTitle", () => {
  it("names the page, then its group", () => {
    expect(groupPageTitle("Meetups", "City Gardeners")).toBe("Meetups · City Gardeners");
  });

  it("never names a hidden or unknown group", () => {
    expect(groupPageTitle("Meetups", null)).toBe("Group not found");
  });
});
