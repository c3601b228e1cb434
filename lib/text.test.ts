import { describe, expect, it } from "vitest";
import { cutText } from "./text";

describe("cutText", () => {
  it("keeps a text that fits, and cuts a longer one to the limit", () => {
    expect(cutText("compost", 7)).toBe("compost");
    expect(cutText("compost", 4)).toBe("comp");
  });

  it("never splits an emoji written as a surrogate pair: it leaves it out whole", () => {
    expect(cutText("ab🌱", 3)).toBe("ab");
    expect(cutText("ab🌱", 4)).toBe("ab🌱");
    expect(cutText("a🌱🌱", 4)).toBe("a🌱");
    expect(() => encodeURIComponent(cutText("a🌱🌱", 3))).not.toThrow();
  });
});
