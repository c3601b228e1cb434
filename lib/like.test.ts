import { describe, expect, it } from "vitest";
import { likeLiteral } from "./like";

describe("likeLiteral", () => {
  it("escapes LIKE wildcards and the escape character, and nothing else", () => {
    expect(likeLiteral("50% off")).toBe("50\\% off");
    expect(likeLiteral("snake_case")).toBe("snake\\_case");
    expect(likeLiteral("a\\b")).toBe("a\\\\b");
    expect(likeLiteral("Rénovation du local")).toBe("Rénovation du local");
  });
});
