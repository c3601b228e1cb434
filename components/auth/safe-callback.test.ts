import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeCallbackUrl("/g/cooks")).toBe("/g/cooks");
    expect(safeCallbackUrl("https://evil.example")).toBe("/");
    expect(safeCallbackUrl("//evil.example")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
  });
});
