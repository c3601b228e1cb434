import { expect } from "@playwright/test";
import { createGroup, newPerson, newUser, signUp, startThread, test } from "./support";

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
    "",
    "Run `npm start` first.",
    "",
    "> Bring gloves.",
    "",
    "- [ ] sieve the compost",
    "- [x] order the bins",
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

  // Inline code, a quote and a task list show their words as written: no backticks or curly
  // quotes added around them (which screen readers would read out), no bullet beside a checkbox.
  const generated = (selector: string, pseudo: "::before" | "::after") => post.locator(selector).first().evaluate((el, p) => getComputedStyle(el, p).content, pseudo);
  for (const pseudo of ["::before", "::after"] as const) {
    expect(await generated("p > code", pseudo)).toBe("none");
    expect(await generated("blockquote p", pseudo)).toBe("none");
  }
  await expect(post.getByText("npm start", { exact: true })).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await expect(post.getByRole("checkbox")).toHaveCount(2);
  await expect(post.getByRole("list").filter({ has: page.getByRole("checkbox") })).toHaveCSS("list-style-type", "none");
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

test("a post's HTML keeps its text, its footnote leads to the note and back, and its headings rank below the thread title", async ({ page }) => {
  await signUp(page, newUser("Planner"));
  const group = await createGroup(page);
  // Enough paragraphs between the reference and the note that following the link has to scroll.
  const filler = Array.from({ length: 40 }, (_, i) => `Step ${i + 1} of the plan, written out.`);
  const body = ["# The plan", "", "<div>kept text</div>", "", "Bring gloves[^gloves].", "", ...filler.flatMap((line) => [line, ""]), "[^gloves]: Or borrow a pair at the shed."].join("\n");
  await startThread(page, group.slug, "Garden plan", body);
  const post = page.getByRole("article").first();

  await expect(post.getByText("kept text", { exact: true })).toBeVisible();

  // The thread title stays the page's one h1; the post's "# The plan" is not an h1 or h2.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Garden plan");
  await expect(post.getByRole("heading", { name: "The plan" })).toBeVisible();
  await expect(post.getByRole("heading", { level: 3, name: "The plan" })).toBeVisible();
  await expect(post.locator("h1, h2")).toHaveCount(0);

  // The reference leads to the note (its target exists), and the note's back-link returns.
  const note = post.getByRole("listitem").filter({ hasText: "Or borrow a pair at the shed." });
  const reference = post.getByRole("link", { name: "1", exact: true });
  await expect(note).not.toBeInViewport();
  await reference.click();
  await expect(page.locator(":target")).toContainText("Or borrow a pair at the shed.");
  await expect(note).toBeInViewport();
  await expect(reference).not.toBeInViewport();
  await note.getByRole("link", { name: /^Back to reference/ }).click();
  await expect(page.locator(":target")).toHaveText("1");
  await expect(reference).toBeInViewport();

  // A reply with a note of the same name: its reference leads to its own note, not the opener's.
  await page.getByLabel("Reply to the thread").fill("Gloves are in the shed[^gloves].\n\n[^gloves]: Top shelf, left.");
  await page.getByRole("button", { name: "Post reply" }).click();
  const reply = page.getByRole("article").filter({ hasText: "Gloves are in the shed" });
  await reply.getByRole("link", { name: "1", exact: true }).click();
  await expect(page.locator(":target")).toContainText("Top shelf, left.");
});

test("a post that would show nothing is refused next to its field, keeping what was typed", async ({ page }) => {
  await signUp(page, newUser("Blank"));
  const group = await createGroup(page);
  await page.goto(`/g/${group.slug}`);
  await page.getByRole("link", { name: "Start a thread" }).click();
  await page.getByLabel("Title").fill("Nothing to see");
  const message = page.getByLabel("Message");
  await message.fill("<script>alert('x')</script>\n<!-- and a comment -->");
  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(message).toHaveAccessibleDescription(/^This would show nothing: write some text\./);
  await expect(message).toHaveValue("<script>alert('x')</script>\n<!-- and a comment -->");
  await expect(page.getByLabel("Title")).toHaveValue("Nothing to see");
});

test("a long unbroken name, title or address wraps on a phone instead of widening the page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const user = newUser("W".repeat(40));
  await signUp(page, user);
  const group = await createGroup(page);
  const title = "Supercalifragilistic".repeat(6);
  const threadPath = await startThread(page, group.slug, title, `Wide enough? https://example.com/${"a".repeat(120)}`);
  const fitsTheScreen = async () => expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The header's "Signed in as", the post's author, the profile's list of recent posts and its excerpt.
  await page.goto(threadPath);
  await expect(page.getByRole("article", { name: `Post by ${user.name}` })).toBeVisible();
  await fitsTheScreen();
  await page.getByRole("article").getByRole("link", { name: user.name }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await fitsTheScreen();
  await context.close();
});

test("Preview shows a post as it will be shown, follows the typing, runs no script, and keeps the text to post", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signUp(page, newUser("Previewer"));
  const group = await createGroup(page);
  await page.goto(`/g/${group.slug}/t/new`);
  await page.getByLabel("Title").fill("Seed list");
  const message = page.getByLabel("Message", { exact: true });
  await message.fill("Bring **seeds** <img src=x onerror=alert(1)>");
  const toggle = page.getByRole("button", { name: "Preview of message" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const preview = page.getByRole("region", { name: "Preview of message" });
  await expect(preview.locator("strong")).toHaveText("seeds");
  await expect(preview.locator("[onerror]")).toHaveCount(0);
  // It follows what is typed, after a pause.
  await message.fill("Bring **seeds** and a _trowel_.\n\n| kind | count |\n|---|---:|\n| tomato | 12 |");
  await expect(preview.locator("em")).toHaveText("trowel");
  await expect(preview.getByRole("table")).toContainText("tomato");
  // An empty field has nothing to show.
  await message.fill("");
  await expect(preview).toContainText("Nothing to preview yet.");
  await message.fill("Bring **seeds** and a _trowel_.");
  await expect(preview.locator("em")).toHaveText("trowel");
  await page.getByRole("button", { name: "Hide preview of message" }).click();
  await expect(preview).toHaveCount(0);

  // The text is what gets posted, rendered the same way.
  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Seed list" })).toBeVisible();
  await expect(page.getByRole("article").first().locator("em")).toHaveText("trowel");

  // The reply box has one too.
  await page.getByLabel("Reply to the thread").fill("Me too: **beans**.");
  await page.getByRole("button", { name: "Preview of reply to the thread" }).click();
  await expect(page.getByRole("region", { name: "Preview of reply to the thread" }).locator("strong")).toHaveText("beans");
  expect(dialogs).toEqual([]);
});

test("formatting buttons write the Markdown: they wrap what is selected, answer Ctrl+B and Ctrl+I, and move with the arrow keys", async ({ page }) => {
  await signUp(page, newUser("Formatter"));
  const group = await createGroup(page);
  await page.goto(`/g/${group.slug}/t/new`);
  await page.getByLabel("Title").fill("Tools to bring");
  const message = page.getByLabel("Message", { exact: true });
  const select = (from: number, to: number) => message.evaluate((field: HTMLTextAreaElement, [start, end]) => field.setSelectionRange(start!, end!), [from, to]);
  await message.fill("Bring seeds and a trowel");
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  await expect(toolbar.getByRole("button")).toHaveCount(7);

  // A click wraps the selection.
  await select(6, 11);
  await toolbar.getByRole("button", { name: "Bold" }).click();
  await expect(message).toHaveValue("Bring **seeds** and a trowel");
  // A shortcut in the field does the same.
  await message.focus();
  await select(22, 28);
  await message.press("Control+i");
  await expect(message).toHaveValue("Bring **seeds** and a _trowel_");

  // The toolbar is one stop: Tab lands on its first button, the arrow keys and End move along it.
  await message.focus();
  await select(0, 0);
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button", { name: "Bold" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Italic" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: "Numbered list" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(message).toHaveValue("1. Bring **seeds** and a _trowel_");

  // What they wrote is what is posted.
  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tools to bring" })).toBeVisible();
  const opener = page.getByRole("article").first();
  await expect(opener.locator("ol > li strong")).toHaveText("seeds");
  await expect(opener.locator("ol > li em")).toHaveText("trowel");
});
