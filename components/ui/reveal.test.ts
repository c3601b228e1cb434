import { describe, expect, it } from "vitest";
import { revealDelta } from "./reveal";

describe("revealDelta", () => {
  const box = { left: 0, right: 375 };

  it("leaves an element that shows whole where it is", () => {
    expect(revealDelta(box, { left: 20, right: 120 })).toBe(0);
  });

  it("scrolls right by what hides past the right edge, plus room for the focus ring", () => {
    expect(revealDelta(box, { left: 237, right: 393 })).toBe(393 - 375 + 8);
  });

  it("scrolls left by what hides past the left edge, plus room", () => {
    expect(revealDelta(box, { left: -40, right: 60 })).toBe(-48);
  });

  it("shows the start of an element wider than the box", () => {
    expect(revealDelta(box, { left: 300, right: 800 })).toBe(300);
    expect(revealDelta(box, { left: -100, right: 500 })).toBe(-100);
  });

  it("works in a box that does not start at the page's left edge", () => {
    expect(revealDelta({ left: 16, right: 359 }, { left: 338, right: 415 })).toBe(415 - 359 + 8);
  });
});
