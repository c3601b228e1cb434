import { expect, type Page } from "@playwright/test";
import { answerNextDialog, createGroup, joinGroup, newUser, PASSWORD, signIn, signOut, signUp, startThread, test, unique } from "./support";

// Drafts of unsent text, kept in the browser (decision 020).

/** How many of Toile's drafts this browser holds (whoever wrote them). */
const draftsStored = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("toile:draft:")).length);

/**
 * Shows a thread page (`go`) and waits until it runs: its visit report leaves once React has
 * hydrated it (decision 014), after a draft would have been put back into its forms.
 */
async function threadShown(page: Page, go: () => Promise<unknown>): Promise<void> {
  const running = page.waitForRequest((request) => request.url().endsWith("/api/thread-visits") && request.method() === "POST");
  await go();
  await running;
}

/** Reloads a page whose form holds unsent text: the browser asks first (beforeunload), and the person leaves. */
async function reloadLeavingText(page: Page): Promise<void> {
  const asked = answerNextDialog(page, true);
  await threadShown(page, () => page.reload());
  await asked;
}

/** Reloads the thread (nothing to ask about): the reply box comes back empty, no draft said restored, none stored. */
async function reloadedWithoutDraft(page: Page): Promise<void> {
  expect(await draftsStored(page)).toBe(0);
  await threadShown(page, () => page.reload());
  await expect(page.getByLabel("Reply to the thread")).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Draft restored" })).toHaveCount(0);
}

/** A new writer's thread with a reply of theirs: the post whose Reply and Edit buttons the journey uses. */
async function threadWithOwnReply(page: Page, writerName: string, reply: string) {
  const writer = newUser(writerName);
  await signUp(page, writer);
  const group = await createGroup(page);
  await startThread(page, group.slug, unique("Thread"), "What do you think?");
  await page.getByLabel("Reply to the thread").fill(reply);
  await page.getByRole("button", { name: "Post reply" }).click();
  const post = page.getByRole("article").filter({ hasText: reply });
  await expect(post).toBeVisible();
  return { writer, post };
}

test("a reply's draft comes back after a reload, goes when discarded, and is forgotten once posted", async ({ page }) => {
  await signUp(page, newUser("Drafter"));
  const group = await createGroup(page);
  await startThread(page, group.slug, "Compost in winter", "Does it freeze solid?");
  const replyBox = page.getByLabel("Reply to the thread");

  // Reloaded at once, before the pause that saves it: leaving the page (pagehide) saves it.
  await replyBox.fill("Mine keeps warm in the middle, if");
  await reloadLeavingText(page);
  await expect(replyBox).toHaveValue("Mine keeps warm in the middle, if");
  await expect(page.getByRole("status").filter({ hasText: "Draft restored" })).toHaveText("Draft restored (saved just now).");

  // Discarded: the box is empty, focus is in it, and it is said.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(replyBox).toHaveValue("");
  await expect(replyBox).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Draft discarded." })).toBeVisible();
  await reloadedWithoutDraft(page);

  // Kept once the typing pauses; forgotten once posted.
  await replyBox.fill("Mine keeps warm in the middle if it is big enough.");
  await expect.poll(() => draftsStored(page)).toBe(1);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article").filter({ hasText: "if it is big enough" })).toBeVisible();
  await expect(replyBox).toHaveValue("");
  await reloadedWithoutDraft(page);

  // An emptied box keeps no draft either.
  await replyBox.fill("On second thought");
  await expect.poll(() => draftsStored(page)).toBe(1);
  await replyBox.fill("");
  await expect.poll(() => draftsStored(page)).toBe(0);
});

test("a reply to a post: its closed form's button says a draft waits, and opening it puts the draft back", async ({ page }) => {
  const { writer, post } = await threadWithOwnReply(page, "Answerer", "Tomatoes, three kinds.");

  await post.getByRole("button", { name: `Reply to ${writer.name}`, exact: true }).click();
  const inline = post.getByLabel(`Your reply to ${writer.name}`);
  await inline.fill("Which three? I would take");
  await reloadLeavingText(page);

  // Closed after the reload, but the button says there is a draft.
  await expect(inline).toHaveCount(0);
  const withDraft = post.getByRole("button", { name: `Reply to ${writer.name} (draft)`, exact: true });
  await expect(withDraft).toHaveText("Reply (draft)");
  await withDraft.click();
  await expect(inline).toHaveValue("Which three? I would take");
  await expect(post.getByRole("status").filter({ hasText: "Draft restored" })).toHaveText("Draft restored (saved just now).");
  // Open, the button is the plain Reply again.
  await expect(post.getByRole("button", { name: `Reply to ${writer.name}`, exact: true })).toHaveAttribute("aria-expanded", "true");

  // Cancel, agreed: the reply and its draft are gone for good.
  const asked = answerNextDialog(page, true);
  await post.getByRole("button", { name: "Cancel" }).click();
  expect(await asked).toBe("Discard your reply? It has not been posted, and its draft will be deleted.");
  await expect(inline).toHaveCount(0);
  expect(await draftsStored(page)).toBe(0);
  await threadShown(page, () => page.reload());
  await expect(post.getByRole("button", { name: `Reply to ${writer.name}`, exact: true })).toHaveText("Reply");
});

test("an edit's draft comes back while the post is as it was", async ({ page }) => {
  const { post } = await threadWithOwnReply(page, "Editor", "Two hundred litres is plenty.");

  await post.getByRole("button", { name: /^Edit your post from / }).click();
  const editor = post.getByRole("textbox", { name: "Edit your post" });
  await editor.fill("Two hundred litres is plenty for a balcony.");
  await reloadLeavingText(page);
  const withDraft = post.getByRole("button", { name: /^Edit your post from .* \(draft\)$/ });
  await expect(withDraft).toHaveText("Edit (draft)");
  await withDraft.click();
  await expect(editor).toHaveValue("Two hundred litres is plenty for a balcony.");
  // Discarded: back to the post as saved.
  await post.getByRole("button", { name: "Discard draft" }).click();
  await expect(editor).toHaveValue("Two hundred litres is plenty.");
  expect(await draftsStored(page)).toBe(0);
});

test("a new thread's title and message come back, and starting the thread forgets them", async ({ page }) => {
  await signUp(page, newUser("Starter"));
  const group = await createGroup(page);
  await page.goto(`/g/${group.slug}`);
  await page.getByRole("link", { name: "Start a thread" }).click();
  await page.getByLabel("Title").fill("Bees on the balcony");
  await page.getByLabel("Message").fill("Has anyone tried a mason bee house");
  await expect.poll(() => draftsStored(page)).toBe(1);

  const asked = answerNextDialog(page, true);
  await page.reload();
  await asked;
  await expect(page.getByLabel("Title")).toHaveValue("Bees on the balcony");
  await expect(page.getByLabel("Message")).toHaveValue("Has anyone tried a mason bee house");
  await expect(page.getByRole("status").filter({ hasText: "Draft restored" })).toHaveText("Draft restored (saved just now).");

  await page.getByLabel("Message").fill("Has anyone tried a mason bee house? Mine stays empty.");
  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bees on the balcony");
  await expect.poll(() => draftsStored(page)).toBe(0);
  await page.goto(`/g/${group.slug}/t/new`);
  await expect(page.getByLabel("Title")).toHaveValue("");
  await expect(page.getByLabel("Message")).toHaveValue("");
});

test("a draft is its writer's: someone else signing in on the same browser does not see it, and signing out removes every draft", async ({ page, browser }) => {
  // Two people sign up (argon2 is slow on purpose).
  test.slow();
  const other = newUser("Borrower");
  const otherPage = await (await browser.newContext()).newPage();
  await signUp(otherPage, other);

  const writer = newUser("Owner");
  await signUp(page, writer);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Shared computer", "At the library.");
  const replyBox = page.getByLabel("Reply to the thread");
  await replyBox.fill("Something only I should read");
  await expect.poll(() => draftsStored(page)).toBe(1);

  // The session ends without the Sign out button (it expired, or the password changed elsewhere):
  // the draft stays in the browser, under its writer's id.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.context().clearCookies();
  await signIn(page, other.email, PASSWORD);
  await joinGroup(page, group);
  await threadShown(page, () => page.goto(threadPath));
  await expect(replyBox).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Draft restored" })).toHaveCount(0);
  expect(await draftsStored(page)).toBe(1);

  // Signing out removes every draft of Toile from the browser, the writer's too.
  await signOut(page);
  expect(await draftsStored(page)).toBe(0);
  await signIn(page, writer.email, PASSWORD);
  await threadShown(page, () => page.goto(threadPath));
  await expect(replyBox).toHaveValue("");
});
