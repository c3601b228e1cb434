import { describe, expect, it } from "vitest";
import { closesForm } from "./disclosure";

describe("closesForm", () => {
  it("closes on Escape", () => {
    expect(closesForm({ key: "Escape", defaultPrevented: false })).toBe(true);
    expect(closesForm({ key: "Escape", defaultPrevented: false, nativeEvent: { isComposing: false } })).toBe(true);
  });

  it("ignores other keys", () => {
    expect(closesForm({ key: "Enter", defaultPrevented: false })).toBe(false);
    expect(closesForm({ key: "Esc", defaultPrevented: false })).toBe(false);
  });

  it("leaves an Escape something inside already took (the @mention list) alone", () => {
    expect(closesForm({ key: "Escape", defaultPrevented: true })).toBe(false);
  });

  it("leaves an Escape that cancels an input method's composition alone", () => {
    expect(closesForm({ key: "Escape", defaultPrevented: false, nativeEvent: { isComposing: true } })).toBe(false);
  });
});
