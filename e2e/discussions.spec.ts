import { expect, test } from "@playwright/test";
import { createGroup, newUser, signIn, signOut, signUp, startThread, unique } from "./support";

test("a member builds a nested conversation that survives signing out and in", async ({ page }) => {
  const alice = newUser("Alice");
  await signUp(page, alice);
  const group = await createGroup(page);
  await expect(page.getByText("You are owner")).toBeVisible();

  const threadPath = await startThread(page, group.slug, "Which compost bin for a balcony?", "I have **two square metres**. Ideas?");
  expect(threadPath).toMatch(new RegExp(`^/g/${group.slug}/t/\\d+-which-compost-bin-for-a-balcony$`));
  await expect(page.locator("article").getByText("two square metres")).toBeVisible();

  await page.getByLabel("Reply to the thread").fill("A bokashi bucket fits under a sink.");
  await page.getByRole("button", { name: "Post reply" }).click();
  const firstReply = page.getByRole("article", { name: `Post by ${alice.name}` }).filter({ hasText: "bokashi bucket" });
  await expect(firstReply).toBeVisible();
  await expect(page.getByLabel("Reply to the thread")).toHaveValue("");

  // A reply to the reply nests under it.
  await firstReply.getByRole("button", { name: `Reply to ${alice.name}` }).click();
  await page.getByLabel(`Your reply to ${alice.name}`).fill("And it does not smell, if you drain it weekly.");
  await page.getByRole("button", { name: "Post reply" }).last().click();
  const nested = page.getByRole("article").filter({ hasText: "drain it weekly" });
  await expect(nested).toBeVisible();
  // Nesting: the nested post sits in the list item of the first reply.
  await expect(page.getByRole("listitem").filter({ has: firstReply }).filter({ has: nested })).toHaveCount(1);

  // Permalinks point at the post's anchor.
  const permalink = nested.getByRole("link", { name: /\(permalink\)$/ });
  await expect(permalink).toHaveAttribute("href", /#post-\d+$/);

  await signOut(page);
  await signIn(page, alice.email, alice.password);
  await page.goto(threadPath);
  await expect(page.getByText("bokashi bucket")).toBeVisible();
  await expect(page.getByText("drain it weekly")).toBeVisible();
  await expect(page.getByText("2 replies")).toBeVisible();
});

test("a second person joins the group, replies and likes", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  const owner = newUser("Owner");
  await signUp(ownerPage, owner);
  const group = await createGroup(ownerPage);
  const threadPath = await startThread(ownerPage, group.slug, "Introductions", "Say hello and tell us what you grow.");

  const page = await (await browser.newContext()).newPage();
  const bob = newUser("Bob");
  await signUp(page, bob);
  await page.goto(threadPath);
  await expect(page.getByText("Join the group to reply.")).toBeVisible();
  // With the keyboard: the button keeps focus as it turns into "Leave".
  await page.getByRole("button", { name: `Join group: ${group.name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("You are a member")).toBeVisible();
  await expect(page.getByRole("button", { name: `Leave group: ${group.name}` })).toBeFocused();
  await expect(page.getByText("2 members")).toBeVisible();

  await page.getByLabel("Reply to the thread").fill("Hello! Tomatoes and basil on a windowsill.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article", { name: `Post by ${bob.name}` })).toContainText("Tomatoes and basil");

  const like = page.getByRole("button", { name: `Like ${owner.name}'s post (0 likes)` });
  await like.click();
  await expect(page.getByRole("button", { name: `Like ${owner.name}'s post (1 like)` })).toHaveAttribute("aria-pressed", "true");

  await ownerPage.goto(threadPath);
  await expect(ownerPage.getByText("Tomatoes and basil")).toBeVisible();
});

test("a private group is invisible to non-members: 404 on its pages, absent from the directory", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, newUser("Keeper"));
  const group = await createGroup(ownerPage, { visibility: "private" });
  const threadPath = await startThread(ownerPage, group.slug, "Members only", "Nobody else should read this.");

  const page = await (await browser.newContext()).newPage();
  await signUp(page, newUser("Stranger"));
  for (const path of [`/g/${group.slug}`, threadPath, `/g/${group.slug}/members`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.goto(`/groups?q=${encodeURIComponent(group.name)}`);
  await expect(page.getByText(`No group matching “${group.name}”.`)).toBeVisible();

  // Anonymous visitors too.
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.goto(threadPath))?.status()).toBe(404);
});

test("the directory searches by name and filters by tag", async ({ page }) => {
  await signUp(page, newUser("Finder"));
  const name = unique("Findable Orchard");
  const group = await createGroup(page, { name });
  await page.goto("/groups");
  await page.getByLabel("Search groups by name or topic").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 group")).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveAttribute("href", `/g/${group.slug}`);
  await page.getByRole("link", { name: "#e2e" }).first().click();
  await expect(page).toHaveURL(/tag=e2e/);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByText(`1 group tagged #e2e matching “${name}”`)).toBeVisible();
  // A rare topic outside the most used ones still shows as the chosen filter.
  await page.goto(`/groups?tag=no-group-has-this`);
  await expect(page.getByRole("link", { name: "#no-group-has-this" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("No group tagged #no-group-has-this.")).toBeVisible();
  // Accents and case do not matter, topics count, and a tag reads as tags are written.
  await page.goto("/groups?q=repair%20cafe");
  await expect(page.getByRole("link", { name: "Neighbourhood Repair Café" })).toBeVisible();
  await page.goto("/groups?q=gardening");
  await expect(page.getByRole("link", { name: "City Gardeners" })).toBeVisible();
  await page.goto(`/groups?tag=${encodeURIComponent("#E2E")}&q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("navigation", { name: "Filter by topic" }).getByRole("link", { name: /^#e2e\b/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("a branch deeper than the depth cap continues on its own page, where its permalinks point", async ({ page }) => {
  // Seven replies, one after the other.
  test.slow();
  const alice = newUser("Deep");
  await signUp(page, alice);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "How deep can we go?", "Reply to each other's replies.");
  const level = (n: number) => page.getByRole("article", { name: `Post by ${alice.name}` }).filter({ hasText: `Level ${n} answer` });

  await page.getByLabel("Reply to the thread").fill("Level 1 answer");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(level(1)).toBeVisible();

  // Relative time, with the absolute time on hover and in the machine-readable attribute.
  const time = level(1).getByRole("time");
  await expect(time).toHaveText("just now");
  await expect(time).toHaveAttribute("title", /^\w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/);
  await expect(time).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  const postedAt = new Date((await time.getAttribute("datetime"))!);
  expect(Math.abs(Date.now() - postedAt.getTime())).toBeLessThan(10 * 60_000);
  expect(await time.getAttribute("title")).toContain(`${postedAt.getUTCFullYear()}, ${String(postedAt.getUTCHours()).padStart(2, "0")}:${String(postedAt.getUTCMinutes()).padStart(2, "0")} UTC`);

  // Each answer replies to the previous one: levels 1 to 6 show nested on the thread page.
  for (let n = 2; n <= 7; n++) {
    const parent = level(n - 1);
    await parent.getByRole("button", { name: `Reply to ${alice.name}` }).click();
    await parent.getByLabel(`Your reply to ${alice.name}`).fill(`Level ${n} answer`);
    await parent.getByRole("button", { name: "Post reply" }).click();
    if (n < 7) await expect(level(n)).toBeVisible();
  }
  // The seventh is past the cap: posting it took its author to the sub-thread that shows it
  // (e2e/discussion-links.spec.ts); on the thread page, a link continues the branch instead.
  await expect(page).toHaveURL(new RegExp(`${threadPath}/p/\\d+#post-\\d+$`));
  await page.goto(threadPath);
  const more = page.getByRole("link", { name: "Continue this thread (1 more reply) →" });
  await expect(more).toBeVisible();
  await expect(level(7)).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ has: level(6) }).filter({ has: more })).not.toHaveCount(0);
  await expect(page.getByText("7 replies")).toBeVisible();

  await more.click();
  await expect(page).toHaveURL(new RegExp(`${threadPath}/p/\\d+$`));
  const subThreadPath = new URL(page.url()).pathname;
  await expect(level(6)).toBeVisible();
  await expect(level(7)).toBeVisible();
  await expect(level(5)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "← Back to the full thread" })).toBeVisible();
  // Without the title part (or with an old one), the sub-thread's address becomes the canonical one.
  await page.goto(subThreadPath.replace(/\/t\/(\d+)-[^/]+/, "/t/$1"));
  await expect(page).toHaveURL(new RegExp(`${subThreadPath}$`));

  // The deep post's permalink stays on the page that shows it.
  const permalink = level(7).getByRole("link", { name: /\(permalink\)$/ });
  await expect(permalink).toHaveAttribute("href", new RegExp(`^${subThreadPath}#post-\\d+$`));
  const href = (await permalink.getAttribute("href"))!;
  await page.goto(href);
  await expect(page.locator(href.slice(href.indexOf("#")))).toContainText("Level 7 answer");
  await expect(level(7)).toBeInViewport();
});

test("authors edit and delete their posts; the buttons say which post, an edit error is tied to its field", async ({ page }) => {
  const author = newUser("Editor");
  await signUp(page, author);
  const group = await createGroup(page);
  await startThread(page, group.slug, "Draft ideas", "The opening post.");
  await page.getByLabel("Reply to the thread").fill("Original wording");
  await page.getByRole("button", { name: "Post reply" }).click();
  const reply = page.getByRole("article", { name: `Post by ${author.name}` }).filter({ hasText: "Original wording" });
  await expect(reply).toBeVisible();

  // Two posts of mine on the page: each button names its post.
  const editButtons = page.getByRole("button", { name: /^Edit your post from \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/ });
  await expect(editButtons).toHaveCount(2);
  await expect(page.getByRole("button", { name: /^Delete your post from / })).toHaveCount(2);

  await reply.getByRole("button", { name: /^Edit your post from / }).click();
  const editor = reply.getByRole("textbox", { name: "Edit your post" });
  await expect(editor).toHaveValue("Original wording");
  await editor.fill("   ");
  await reply.getByRole("button", { name: "Save changes" }).click();
  await expect(editor).toHaveAttribute("aria-invalid", "true");
  await expect(editor).toHaveAccessibleDescription("Write something before saving.");
  await expect(reply.getByRole("alert")).toHaveText("Write something before saving.");
  await expect(editor).toHaveValue("   ");

  await editor.fill("Better wording");
  await reply.getByRole("button", { name: "Save changes" }).click();
  const edited = page.getByRole("article", { name: `Post by ${author.name}` }).filter({ hasText: "Better wording" });
  await expect(edited).toContainText("(edited)");
  await expect(editor).toHaveCount(0);

  page.once("dialog", (dialog) => void dialog.accept());
  await edited.getByRole("button", { name: /^Delete your post from / }).click();
  await expect(page.getByText("This post was deleted.")).toBeVisible();
  await expect(page.getByText("Better wording")).toHaveCount(0);
  await expect(page.getByText("0 replies")).toBeVisible();
});
