import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RelativeTime, relativeTimeWords } from "@/components/ui/relative-time";

const posted = new Date("2026-11-25T14:03:27Z");
const threeHoursLater = new Date("2026-11-25T17:03:00Z");

describe("relativeTimeWords", () => {
  it("keeps the visible words short and gives the exact time, in brackets, to screen readers", () => {
    expect(relativeTimeWords(posted, threeHoursLater)).toEqual({
      visible: "3 hours ago",
      absolute: "Wed, 25 Nov 2026, 14:03 UTC",
      hidden: " (Wed, 25 Nov 2026, 14:03 UTC)",
    });
  });

  it("states the exact time in the reader's zone, which may fall on another day", () => {
    const late = new Date("2026-11-25T23:30:00Z");
    const words = relativeTimeWords(late, new Date("2026-11-26T00:00:00Z"), "Asia/Tokyo");
    expect(words.visible).toBe("30 minutes ago");
    expect(words.hidden).toBe(" (Thu, 26 Nov 2026, 08:30 GMT+9)");
  });

  it("gives the exact time to a time too recent to have a number", () => {
    expect(relativeTimeWords(posted, new Date(posted.getTime() + 10_000))).toMatchObject({ visible: "just now", hidden: " (Wed, 25 Nov 2026, 14:03 UTC)" });
  });

  it("reads a future time, such as a meetup's, the same way", () => {
    expect(relativeTimeWords(threeHoursLater, posted)).toMatchObject({ visible: "in 3 hours", hidden: " (Wed, 25 Nov 2026, 17:03 UTC)" });
  });
});

describe("RelativeTime in the server's HTML", () => {
  it("shows the relative words, hides the exact time visually only, and keeps the hover title and datetime", () => {
    const html = renderToStaticMarkup(createElement(RelativeTime, { date: posted, now: threeHoursLater }));
    expect(html).toBe(
      '<time dateTime="2026-11-25T14:03:27.000Z" title="Wed, 25 Nov 2026, 14:03 UTC" class="relative">3 hours ago<span class="sr-only"> (Wed, 25 Nov 2026, 14:03 UTC)</span></time>',
    );
  });
});
