import { describe, expect, it } from "vitest";
import { pathWithQuery, signInPath } from "@/lib/auth/paths";
import { safeCallbackUrl } from "./safe-callback";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeCallbackUrl("/g/cooks")).toBe("/g/cooks");
    expect(safeCallbackUrl("https://evil.example")).toBe("/");
    expect(safeCallbackUrl("//evil.example")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
  });

  it("refuses what a browser would turn into another site: tabs, line breaks, backslashes", () => {
    for (const sneaky of ["/\t/evil.example/phish", "/\n/evil.example", "/\r/x", "/%09/x".replace("%09", "\t"), "/a\\b"]) expect(safeCallbackUrl(sneaky), JSON.stringify(sneaky)).toBe("/");
  });

  it("gives the path as an address spells it, safe in a Location header", () => {
    expect(safeCallbackUrl("/caf\u00e9?q=v\u00e9lo#top")).toBe("/caf%C3%A9?q=v%C3%A9lo#top");
    expect(safeCallbackUrl("/\u3002evil")).toBe("/%E3%80%82evil");
    expect(safeCallbackUrl("/g/cooks/t/1-x/../../members")).toBe("/g/cooks/members");
  });

  it("keeps the query string a sign-in redirect carries (the page's filters survive signing in)", () => {
    const back = pathWithQuery("/health", { view: "declines", band: "dormant", q: "café" });
    const callbackUrl = new URL(signInPath(back), "http://toile.test").searchParams.get("callbackUrl");
    expect(safeCallbackUrl(callbackUrl)).toBe("/health?view=declines&band=dormant&q=caf%C3%A9");
  });
});
