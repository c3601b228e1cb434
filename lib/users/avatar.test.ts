import { describe, expect, it } from "vitest";
import { avatarColor, avatarHue, initialsOf } from "./avatar";

/** WCAG 2 contrast of white on an `hsl(h s% l%)` colour. */
function contrastWithWhite(color: string): number {
  const [h, s, l] = color.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  const chroma = (1 - Math.abs((2 * l) / 100 - 1)) * (s / 100);
  const x = chroma * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l / 100 - chroma / 2;
  const sector = Math.floor(h / 60);
  const [r, g, b] = [[chroma, x, 0], [x, chroma, 0], [0, chroma, x], [0, x, chroma], [x, 0, chroma], [chroma, 0, x]][sector]!.map((v) => v + m);
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  return 1.05 / (luminance + 0.05);
}

describe("avatars", () => {
  it("take the initials of the first and last word, in any script and case", () => {
    expect(initialsOf("Amélie Laurent")).toBe("AL");
    expect(initialsOf("tomás de la cruz")).toBe("TC");
    expect(initialsOf("Madonna")).toBe("M");
    expect(initialsOf("  Émile   Zola  ")).toBe("ÉZ");
    expect(initialsOf("Ørjan Ødegård")).toBe("ØØ");
    expect(initialsOf("李小龙")).toBe("李");
    expect(initialsOf("Ada (she/her) Lovelace")).toBe("AL");
    expect(initialsOf("2pac Shakur")).toBe("2S");
  });

  it("keep a letter whole when it is written with a combining mark", () => {
    // "E" followed by a combining acute accent: one letter as read, two code points.
    expect(initialsOf("E\u0301lodie Petit")).toBe("E\u0301P");
  });

  it("fall back to a question mark when no word starts with a letter or digit", () => {
    expect(initialsOf("")).toBe("?");
    expect(initialsOf("— !!")).toBe("?");
  });

  it("give each account a steady hue, spread over the wheel", () => {
    expect(avatarHue("cmwysbq290001ky7d2eo7v291")).toBe(avatarHue("cmwysbq290001ky7d2eo7v291"));
    const hues = new Set(Array.from({ length: 200 }, (_, i) => Math.floor(avatarHue(`user-${i}`) / 30)));
    expect(hues.size).toBe(12);
    for (let i = 0; i < 50; i++) expect(avatarHue(`id-${i}`)).toBeGreaterThanOrEqual(0);
  });

  it("keep white initials readable on every hue (contrast of at least 4.5:1)", () => {
    for (let hue = 0; hue < 360; hue++) {
      const color = avatarColor("x").replace(/^hsl\(\d+/, `hsl(${hue}`);
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
