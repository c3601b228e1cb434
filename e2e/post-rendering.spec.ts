import { expect, test } from "@playwright/test";
import { createGroup, newPerson, newUser, signUp, startThread } from "./support";

test("a post's markdown is rendered and disarmed in the browser: no script runs, a javascript: link is plain text, table alignment holds", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signUp(page, newUser("Marker"));
  const group = await createGroup(page);
  const body = [
    "Prices <script>alert('script')</script> and <img src=x onerror=\"alert('img')\"> a [trap](javascript:alert('link')) here.",
    "",
    "| item | price |",
    "|:-----|------:|",
    "| bin  | 12 €  |",
  ].join("\n");
  await startThread(page, group.slug, "Price list", body);
  const post = page.getByRole("article").first();
  await expect(post.getByRole("table")).toBeVisible();

  // The disarmed link keeps its word, is not a link, and does not look like one.
  await expect(post.getByRole("link", { name: "trap" })).toHaveCount(0);
  const trap = post.getByText("trap", { exact: true });
  const [trapColor, textColor] = await Promise.all([trap.evaluate((el) => getComputedStyle(el).color), post.getByText(/^Prices/).evaluate((el) => getComputedStyle(el).color)]);
  expect(trapColor).toBe(textColor);
  await trap.click();
  expect(dialogs).toEqual([]);

  // "------:" right-aligns its column.
  await expect(post.getByRole("cell", { name: "12 €" })).toHaveCSS("text-align", "right");
  await expect(post.getByRole("columnheader", { name: "item" })).toHaveCSS("text-align", /^(left|start)$/);
  expect(dialogs).toEqual([]);
});

test("a post's exact time on hover is in the reader's own zone", async ({ browser }) => {
  const { page } = await newPerson(browser, "Parisian", { timezoneId: "Europe/Paris" });
  const group = await createGroup(page);
  await startThread(page, group.slug, "What time is it?", "Time for compost.");
  const time = page.getByRole("article").first().getByRole("time");
  const postedAt = new Date((await time.getAttribute("datetime"))!);
  const paris = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" }).format(postedAt);
  await expect(time).toHaveAttribute("title", new RegExp(`, ${paris} (CET|CEST)$`));
});
