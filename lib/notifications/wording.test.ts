import { describe, expect, it } from "vitest";
import { messageParts, notificationGroupSlug } from "./wording";

describe("messageParts", () => {
  it("separates a quoted title from the sentence around it, the quote marks staying outside", () => {
    expect(messageParts("Ada replied to your thread “Réparer une chambre à air”.")).toEqual([
      { text: "Ada replied to your thread “", quoted: false },
      { text: "Réparer une chambre à air", quoted: true },
      { text: "”.", quoted: false },
    ]);
  });

  it("keeps two quotations apart", () => {
    expect(messageParts("“Atelier” is now called “Atelier du samedi”.").map((part) => [part.text, part.quoted])).toEqual([
      ["“", false],
      ["Atelier", true],
      ["” is now called “", false],
      ["Atelier du samedi", true],
      ["”.", false],
    ]);
  });

  it("leaves a message without quotation, or with an unclosed one, as one plain part", () => {
    expect(messageParts("A meetup starts tomorrow.")).toEqual([{ text: "A meetup starts tomorrow.", quoted: false }]);
    expect(messageParts("Ada started “Vélo")).toEqual([{ text: "Ada started “Vélo", quoted: false }]);
  });

  it("keeps an empty quotation as plain text", () => {
    expect(messageParts("Renamed “”.")).toEqual([
      { text: "Renamed “", quoted: false },
      { text: "”.", quoted: false },
    ]);
  });
});

describe("notificationGroupSlug", () => {
  it("reads the group from a path into it", () => {
    expect(notificationGroupSlug("/g/ateliers-velo/t/12-freins#post-3")).toBe("ateliers-velo");
    expect(notificationGroupSlug("/g/ateliers-velo?tab=x")).toBe("ateliers-velo");
  });

  it("has none for a path outside groups or a malformed one", () => {
    expect(notificationGroupSlug("/notifications")).toBeNull();
    expect(notificationGroupSlug("/me/meetups")).toBeNull();
    expect(notificationGroupSlug("/g/%zz/t/1")).toBeNull();
  });
});
