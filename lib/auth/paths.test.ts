import { describe, expect, it } from "vitest";
import { pathWithQuery, signInPath, signUpPath } from "./paths";

describe("sign-in paths", () => {
  it("lead back to the whole address, query string included", () => {
    expect(signInPath(pathWithQuery("/health", { view: "declines", band: "dormant" }))).toBe("/login?callbackUrl=%2Fhealth%3Fview%3Ddeclines%26band%3Ddormant");
    expect(signInPath("/g/cooks/health")).toBe("/login?callbackUrl=%2Fg%2Fcooks%2Fhealth");
    expect(signUpPath("/health?q=caf%C3%A9")).toBe("/signup?callbackUrl=%2Fhealth%3Fq%3Dcaf%25C3%25A9");
    expect(signUpPath(undefined)).toBe("/signup");
  });

  it("rebuild a page's address from its search params: repeated, encoded, or none", () => {
    expect(pathWithQuery("/health", {})).toBe("/health");
    expect(pathWithQuery("/health", { band: undefined })).toBe("/health");
    expect(pathWithQuery("/g/x/meetups/new", { thread: "12", tag: ["a", "b"] })).toBe("/g/x/meetups/new?thread=12&tag=a&tag=b");
    expect(pathWithQuery("/health", { q: "Café & vélo" })).toBe("/health?q=Caf%C3%A9+%26+v%C3%A9lo");
  });
});
