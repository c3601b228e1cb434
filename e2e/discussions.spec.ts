import { expect, type Dialog, type Page, type Response } from "@playwright/test";
import { createGroup, joinGroup, newPerson, newUser, signIn, signOut, signUp, serverAnswer, startThread, threadHasAnswers, unique, test } from "./support";

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
  await firstReply.getByRole("button", { name: `Reply to ${alice.name}`, exact: true }).click();
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

test("a reader joins from the thread page, replies with Ctrl+Enter and likes", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  const owner = newUser("Owner");
  await signUp(ownerPage, owner);
  const group = await createGroup(ownerPage);
  const threadPath = await startThread(ownerPage, group.slug, "Introductions", "Say hello and tell us what you grow.");

  const page = await (await browser.newContext()).newPage();
  const bob = newUser("Bob");
  await signUp(page, bob);
  await page.goto(threadPath);
  // Not a member yet: the reason, with the way on next to it; Like says why it is off.
  const joinToReply = page.getByRole("group", { name: "Join the group to reply." });
  await expect(joinToReply).toBeVisible();
  const like = page.getByRole("button", { name: `Like ${owner.name}'s post (0 likes)` });
  await expect(like).toBeDisabled();
  await expect(like).toHaveAccessibleDescription("Join the group to react to posts.");
  // With the keyboard: once a member, the reply box takes the button's place, and focus.
  await joinToReply.getByRole("button", { name: `Join group: ${group.name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("You are a member")).toBeVisible();
  await expect(page.getByText("2 members")).toBeVisible();
  const replyBox = page.getByLabel("Reply to the thread");
  await expect(replyBox).toBeFocused();
  await expect(joinToReply).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Leave group: ${group.name}` })).toBeVisible();

  // Ctrl+Enter posts, as on GitHub; Enter alone is a new line.
  await page.keyboard.type("Hello!");
  await page.keyboard.press("Enter");
  await expect(replyBox).toHaveValue("Hello!\n");
  await page.keyboard.type("Tomatoes and basil on a windowsill.");
  await page.keyboard.press("Control+Enter");
  const posted = page.getByRole("article", { name: `Post by ${bob.name}` });
  await expect(posted).toContainText("Hello!");
  await expect(posted).toContainText("Tomatoes and basil");
  await expect(replyBox).toHaveValue("");

  // The button shows the like at once (optimistic): wait for the server's answer before another
  // person loads the page, or they may see the post as it was before the like.
  const likeSaved = serverAnswer(page, threadPath);
  await like.click();
  await expect(page.getByRole("button", { name: `Like ${owner.name}'s post (1 like)` })).toHaveAttribute("aria-pressed", "true");
  expect((await likeSaved).ok()).toBe(true);

  await ownerPage.goto(threadPath);
  await expect(ownerPage.getByText("Tomatoes and basil")).toBeVisible();
  // Nobody likes their own post: the owner's button is off, and says who liked it, then why.
  await expect(ownerPage.getByRole("button", { name: `Like ${owner.name}'s post (1 like)` })).toHaveAccessibleDescription(`${bob.name} reacted with Like. You cannot react to your own post.`);

  // Bob leaves, after saying yes: the group counts one member again, and the thread asks him to
  // join to reply. What he wrote stays.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe(`Leave ${group.name}? You can join again later.`);
    void dialog.accept();
  });
  await page.getByRole("button", { name: `Leave group: ${group.name}` }).click();
  await expect(page.getByText("Public group · 1 member", { exact: true })).toBeVisible();
  // Said beside the button that now joins again.
  await expect(page.getByRole("status").filter({ hasText: "You left the group." })).toBeVisible();
  await expect(replyBox).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Join the group to reply." }).getByRole("button", { name: `Join group: ${group.name}` })).toBeVisible();
  await expect(posted).toContainText("Tomatoes and basil");
});

test("a like is set, not toggled: it shows at once, a double click likes once, a stale tab agrees", async ({ browser }) => {
  // Three people, two tabs and many round trips.
  test.slow();
  const owner = await newPerson(browser, "Poster");
  const group = await createGroup(owner.page);
  const threadPath = await startThread(owner.page, group.slug, "Seed swap", "Who has tomato seeds?");
  const fan = await newPerson(browser, "Fan");
  await joinGroup(fan.page, group);
  const page = fan.page;
  await page.goto(threadPath);
  const likes = (n: number) => `${n} ${n === 1 ? "like" : "likes"}`;
  // The like's answers: its action posts to the thread's address (the page's visit report goes elsewhere).
  const isLikeAnswer = (response: Response) => response.request().method() === "POST" && new URL(response.url()).pathname === threadPath;
  const likeButton = (tab: Page, n: number) => tab.getByRole("button", { name: `Like ${owner.user.name}'s post (${likes(n)})` });
  /** The opener's Like in `tab` shows `n` likes, pressed when the viewer is one of them. */
  const shows = (tab: Page, n: number, pressed: boolean) => expect(likeButton(tab, n)).toHaveAttribute("aria-pressed", String(pressed));
  /**
   * Clicks Like in a tab that shows `before` likes; it then shows `after`, pressed or not, and,
   * unless the server is `held`, the server answers (before the next step reloads or acts elsewhere).
   */
  const click = async (tab: Page, before: number, after: number, pressed: boolean, held = false) => {
    const answer = held ? undefined : tab.waitForResponse(isLikeAnswer);
    await likeButton(tab, before).click();
    await shows(tab, after, pressed);
    await answer;
  };

  // The server's answers are held back until `release` is called; `answered(n)` waits for n of them.
  let release!: () => void;
  let answers = 0;
  page.on("response", (response) => {
    if (isLikeAnswer(response)) answers += 1;
  });
  const hold = async () => {
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === threadPath,
      async (route) => {
        if (route.request().method() === "POST") await held;
        await route.fallback();
      },
    );
  };
  const answered = async (n: number) => {
    await expect.poll(() => answers).toBe(n);
    await page.unrouteAll();
  };

  // Immediate: while the server has not answered yet, the button already says liked.
  await hold();
  await click(page, 0, 1, true, true);
  release();
  await answered(1);
  await page.reload();
  await shows(page, 1, true);

  // A change of mind before the server answers is not lost: unlike, then like again, in order.
  await hold();
  await click(page, 1, 0, false, true);
  await click(page, 0, 1, true, true);
  release();
  await answered(3);
  await page.reload();
  await shows(page, 1, true);

  // A double click is one click: from no like, one like, as the server agrees.
  await click(page, 1, 0, false);
  await likeButton(page, 0).dblclick();
  await shows(page, 1, true);
  await answered(5);
  await page.reload();
  await shows(page, 1, true);

  // Two tabs, one behind the other: a click means what its button showed, not "flip".
  const other = await page.context().newPage();
  await other.goto(threadPath);
  await click(page, 1, 0, false);
  // The other tab still shows the like and takes it back: already done, so still none.
  await click(other, 1, 0, false);
  // And the other way round: liked in one tab, "Like" in the tab behind leaves one like.
  await click(other, 0, 1, true);
  await click(page, 0, 1, true);
  await page.reload();
  await shows(page, 1, true);

  // A like that fails is taken back, and the reason shown: here the reply was deleted meanwhile.
  await owner.page.getByLabel("Reply to the thread").fill("Tomatoes, yes; basil, no.");
  await owner.page.getByRole("button", { name: "Post reply" }).click();
  const ownerReply = owner.page.getByRole("article").filter({ hasText: "basil, no" });
  await expect(ownerReply).toBeVisible();
  await page.reload();
  const replyLike = page.getByRole("article").filter({ hasText: "basil, no" }).getByRole("button", { name: /^Like / });
  await expect(replyLike).toHaveAccessibleName(`Like ${owner.user.name}'s post (0 likes)`);
  owner.page.once("dialog", (dialog) => void dialog.accept());
  await ownerReply.getByRole("button", { name: /^Delete your post/ }).click();
  await expect(owner.page.getByText("This post was deleted.")).toBeVisible();
  await replyLike.click();
  await expect(page.getByRole("alert").filter({ hasText: "This post was deleted." })).toBeVisible();
  await expect(replyLike).toHaveAccessibleName(`Like ${owner.user.name}'s post (0 likes)`);
  await expect(replyLike).toHaveAttribute("aria-pressed", "false");
});

test("members react with more than a like: React offers six kinds, by mouse or keyboard, the counts add up, the author hears of them and anyone sees who reacted", async ({ browser }) => {
  // Three people and many round trips.
  test.slow();
  const owner = await newPerson(browser, "Writer");
  const group = await createGroup(owner.page);
  const threadPath = await startThread(owner.page, group.slug, "Compost ratios", "Three parts brown to one part green works for me.");
  const first = await newPerson(browser, "Reader");
  const second = await newPerson(browser, "Gardener");
  for (const person of [first, second]) await joinGroup(person.page, group);
  const author = owner.user.name;
  const opener = (page: Page) => page.getByRole("article", { name: `Post by ${author}` });

  // The first reader opens React and picks Insightful: it shows at once, pressed, and the picker closes.
  const page = first.page;
  await page.goto(threadPath);
  const react = opener(page).getByRole("button", { name: `React to ${author}'s post` });
  await expect(react).toHaveAttribute("aria-expanded", "false");
  await react.click();
  const choices = opener(page).getByRole("group", { name: `Reactions to ${author}'s post` });
  await expect(choices.getByRole("button")).toHaveText(["👍Like", "❤️Love", "🙏Thanks", "💡Insightful", "🎉Celebrate", "😄Funny"]);
  const answered = serverAnswer(page, threadPath);
  await choices.getByRole("button", { name: `Insightful: react to ${author}'s post` }).click();
  await expect(choices).toBeHidden();
  await expect(react).toBeFocused();
  const insightful = (tab: Page, n: number) => opener(tab).getByRole("button", { name: `Insightful: ${author}'s post (${n} ${n === 1 ? "reaction" : "reactions"})`, exact: true });
  await expect(insightful(page, 1)).toHaveAttribute("aria-pressed", "true");
  await answered;

  // By keyboard: Enter opens the picker on its first kind, Escape closes it and returns to React;
  // a second kind (Thanks) joins the first.
  await react.focus();
  await page.keyboard.press("Enter");
  await expect(choices.getByRole("button", { name: `Like: react to ${author}'s post` })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(choices).toBeHidden();
  await expect(react).toBeFocused();
  // Tab past its last kind takes the focus out of it, and closes it.
  await page.keyboard.press("Enter");
  await expect(choices.getByRole("button", { name: `Like: react to ${author}'s post` })).toBeFocused();
  for (let kinds = 0; kinds < 6; kinds++) await page.keyboard.press("Tab");
  await expect(choices).toBeHidden();
  await expect(react).toHaveAttribute("aria-expanded", "false");
  await react.focus();
  await page.keyboard.press("Enter");
  await expect(choices.getByRole("button", { name: `Insightful: react to ${author}'s post` })).toHaveAttribute("aria-pressed", "true");
  const thanked = serverAnswer(page, threadPath);
  await choices.getByRole("button", { name: `Thanks: react to ${author}'s post` }).press("Enter");
  await expect(opener(page).getByRole("button", { name: `Thanks: ${author}'s post (1 reaction)`, exact: true })).toHaveAttribute("aria-pressed", "true");
  await thanked;
  await page.reload();
  await expect(insightful(page, 1)).toHaveAttribute("aria-pressed", "true");
  await expect(opener(page).getByRole("button", { name: `Like ${author}'s post (0 likes)` })).toHaveAttribute("aria-pressed", "false");

  // The second reader sees the Insightful, not pressed, and adds theirs by clicking it: 2.
  await second.page.goto(threadPath);
  await expect(insightful(second.page, 1)).toHaveAttribute("aria-pressed", "false");
  // Who gave it: the tooltip and description; once the second reader adds theirs, "You" first.
  await expect(insightful(second.page, 1)).toHaveAccessibleDescription(`${first.user.name} reacted with Insightful.`);
  const saved = serverAnswer(second.page, threadPath);
  await insightful(second.page, 1).click();
  await expect(insightful(second.page, 2)).toHaveAttribute("aria-pressed", "true");
  await expect(insightful(second.page, 2)).toHaveAccessibleDescription(`You and ${first.user.name} reacted with Insightful.`);
  await saved;

  // The first reader takes theirs back from the chip: 1 left, the second reader's.
  await page.reload();
  const withdrawn = serverAnswer(page, threadPath);
  await insightful(page, 2).click();
  await expect(insightful(page, 1)).toHaveAttribute("aria-pressed", "false");
  await withdrawn;
  await page.reload();
  await expect(insightful(page, 1)).toHaveAttribute("aria-pressed", "false");

  // The author sees the counts but cannot react to their own post; signed-out readers see them as text.
  await owner.page.goto(threadPath);
  await expect(insightful(owner.page, 1)).toBeDisabled();
  await expect(insightful(owner.page, 1)).toHaveAccessibleDescription(`${second.user.name} reacted with Insightful. You cannot react to your own post.`);
  await expect(opener(owner.page).getByRole("button", { name: /^React to/ })).toHaveCount(0);
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(threadPath);
  await expect(opener(anonymous).getByText("Insightful: 1 reaction")).toBeAttached();
  await expect(opener(anonymous).locator(`[title="${second.user.name} reacted with Insightful."]`)).toBeVisible();
  await expect(opener(anonymous).getByText("Thanks: 1 reaction")).toBeAttached();
  await expect(opener(anonymous).getByRole("button")).toHaveCount(0);

  // The author heard of them in one notice, gathered, naming the latest (decision 029): it leads to the post.
  await owner.page.goto("/notifications");
  const notices = owner.page.getByRole("link", { name: /reacted to your thread|reacted with/ });
  await expect(notices).toHaveText([`${second.user.name} and 1 other reacted to your thread “Compost ratios”.`]);
  await notices.click();
  await expect(owner.page).toHaveURL(new RegExp(`${threadPath}#post-\\d+$`));

  // Who reacted, in full: anyone who can read the thread, the signed-out reader too; one kind or all.
  await opener(anonymous).getByRole("link", { name: /^Who reacted to / }).click();
  await expect(anonymous.getByRole("heading", { level: 2, name: "Who reacted" })).toBeVisible();
  const everyone = anonymous.getByRole("list", { name: "2 people reacted" });
  await expect(everyone.getByRole("listitem")).toHaveCount(2);
  await expect(everyone.getByRole("listitem").first()).toContainText(`${first.user.name}`);
  await expect(everyone.getByRole("listitem").first()).toContainText("Thanks");
  await expect(everyone.getByRole("listitem").last()).toContainText(`${second.user.name}`);
  await expect(everyone.getByRole("listitem").last()).toContainText("Insightful");
  const kinds = anonymous.getByRole("navigation", { name: "Reactions by kind" });
  await expect(kinds.getByRole("link")).toHaveText(["All", "🙏 Thanks 1", "💡 Insightful 1"]);
  await kinds.getByRole("link", { name: "Insightful 1" }).click();
  await expect(kinds.getByRole("link", { name: "Insightful 1" })).toHaveAttribute("aria-current", "page");
  await expect(anonymous.getByRole("list", { name: "1 person reacted with Insightful" }).getByRole("listitem")).toHaveText([new RegExp(`^${second.user.name}`)]);
  // Each person with their letter avatar, which adds nothing to the name a screen reader hears (decision 030).
  const person = anonymous.getByRole("link", { name: second.user.name, exact: true });
  await expect(person.locator("[aria-hidden]")).toHaveAttribute("data-initials", `G${second.user.name.split(" ")[1]![0]!.toUpperCase()}`);
  await person.click();
  await expect(anonymous.getByRole("heading", { level: 1, name: second.user.name })).toBeVisible();
});

test("signed-out readers are invited to sign in to like and to reply, and come back to the post", async ({ browser }) => {
  const owner = await newPerson(browser, "Host");
  const group = await createGroup(owner.page);
  const threadPath = await startThread(owner.page, group.slug, "Open question", "Anyone can read this.");
  const reader = newUser("Reader");
  const readerPage = await (await browser.newContext()).newPage();
  await signUp(readerPage, reader);
  await signOut(readerPage);

  const page = readerPage;
  await page.goto(threadPath);
  await expect(page.getByRole("button", { name: /^Like / })).toHaveCount(0);
  const opener = page.getByRole("article", { name: `Post by ${owner.user.name}` });
  const postId = (await opener.getAttribute("id"))!;
  const signInToLike = page.getByRole("link", { name: `Sign in to like ${owner.user.name}'s post (0 likes)` });
  await expect(signInToLike).toHaveAttribute("href", `/login?callbackUrl=${encodeURIComponent(`${threadPath}#${postId}`)}`);
  await expect(page.getByRole("link", { name: "Sign in to reply" })).toHaveAttribute("href", `/login?callbackUrl=${encodeURIComponent(threadPath)}`);

  await signInToLike.click();
  await page.getByLabel("Email").fill(reader.email);
  await page.getByLabel("Password").fill(reader.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${threadPath}#${postId}$`));
  // Signed in, not a member yet: the way on is to join.
  await expect(page.getByRole("button", { name: `Like ${owner.user.name}'s post (0 likes)` })).toHaveAccessibleDescription("Join the group to react to posts.");
  await expect(page.getByRole("group", { name: "Join the group to reply." }).getByRole("button", { name: `Join group: ${group.name}` })).toBeVisible();
});

test("the new-thread page invites a non-member to join, then shows the form; Ctrl+Enter starts the thread", async ({ browser }) => {
  const owner = await newPerson(browser, "Founder");
  const group = await createGroup(owner.page);
  const { page } = await newPerson(browser, "Newcomer");
  const response = await page.goto(`/g/${group.slug}/t/new`);
  expect(response?.status()).toBe(200);
  const invitation = page.getByRole("region", { name: `Join ${group.name} to start a thread` });
  await expect(invitation).toBeVisible();
  await expect(invitation.getByRole("link", { name: `Back to ${group.name}` })).toHaveAttribute("href", `/g/${group.slug}`);
  await expect(page.getByLabel("Title")).toHaveCount(0);

  await invitation.getByRole("button", { name: `Join group: ${group.name}` }).click();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByText("You are a member")).toBeVisible();
  await page.keyboard.type("Hello from a newcomer");
  await page.getByLabel("Message").fill("Glad to be here.");
  await page.getByLabel("Message").press("Control+Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello from a newcomer");
});

test("unsent text is not lost silently: leaving asks first, and so does cancelling a reply", async ({ page }) => {
  const writer = newUser("Drafter");
  await signUp(page, writer);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Drafts", "Write, think, post.");
  const dialogs: string[] = [];
  const record = (answer: "accept" | "dismiss") => (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog[answer]();
  };

  // Typed, not posted: reloading asks first.
  const replyBox = page.getByLabel("Reply to the thread");
  await replyBox.pressSequentially("A thought I have not finished");
  page.once("dialog", record("accept"));
  await page.reload();
  expect(dialogs.map((dialog) => dialog.split(":")[0])).toEqual(["beforeunload"]);
  // Not lost, though: kept as a draft in this browser and put back (e2e/drafts.spec.ts), until discarded.
  await expect(replyBox).toHaveValue("A thought I have not finished");
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(replyBox).toHaveValue("");

  // Posted (Ctrl+Enter): nothing left to lose, so nothing asks.
  dialogs.length = 0;
  page.on("dialog", record("accept"));
  await replyBox.pressSequentially("A finished thought.");
  await replyBox.press("Control+Enter");
  const reply = page.getByRole("article").filter({ hasText: "A finished thought." });
  await expect(reply).toBeVisible();
  await page.reload();
  await expect(reply).toBeVisible();
  expect(dialogs).toEqual([]);
  page.removeAllListeners("dialog");

  // An inline reply: Cancel asks before throwing away what was typed; "no" keeps it.
  await reply.getByRole("button", { name: `Reply to ${writer.name}`, exact: true }).click();
  const inline = reply.getByLabel(`Your reply to ${writer.name}`);
  await inline.pressSequentially("Half an answer");
  page.once("dialog", record("dismiss"));
  await reply.getByRole("button", { name: "Cancel" }).click();
  expect(dialogs).toEqual(["confirm: Discard your reply? It has not been posted, and its draft will be deleted."]);
  await expect(inline).toHaveValue("Half an answer");
  page.once("dialog", record("accept"));
  await reply.getByRole("button", { name: "Cancel" }).click();
  await expect(inline).toHaveCount(0);
  expect(dialogs).toHaveLength(2);
  // Reopened, it starts empty; empty, it closes without asking.
  await reply.getByRole("button", { name: `Reply to ${writer.name}`, exact: true }).click();
  await expect(inline).toHaveValue("");
  await reply.getByRole("button", { name: "Cancel" }).click();
  await expect(inline).toHaveCount(0);
  expect(dialogs).toHaveLength(2);
  await expect(page).toHaveURL(new RegExp(`${threadPath}$`));

  // A link within the app (the App Router swaps pages without unloading): it asks too, and
  // "no" keeps the page and the text, which the person goes on writing.
  const leave = "confirm: Leave this page? What you wrote has not been sent; it is kept as a draft in this browser.";
  const toGroup = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: group.name });
  const groupHeading = page.getByRole("heading", { level: 1, name: group.name });
  await replyBox.pressSequentially("Before I go");
  page.once("dialog", record("dismiss"));
  await toGroup.click();
  expect(dialogs.slice(2)).toEqual([leave]);
  await replyBox.pressSequentially(", one more thing");
  await expect(replyBox).toHaveValue("Before I go, one more thing");
  await expect(page).toHaveURL(new RegExp(`${threadPath}$`));
  // A permalink only moves within the page: nothing to ask.
  await reply.getByRole("link", { name: /\(permalink\)$/ }).click();
  await expect(page).toHaveURL(/#post-\d+$/);
  await expect(replyBox).toHaveValue("Before I go, one more thing");
  // "Yes" leaves.
  page.once("dialog", record("accept"));
  await toGroup.click();
  await expect(groupHeading).toBeVisible();
  expect(dialogs.slice(2)).toEqual([leave, leave]);

  // Nothing typed: links go without asking. Back on the thread, the text left is there again:
  // leaving kept it as a draft.
  page.on("dialog", record("accept"));
  await page.getByRole("link", { name: "Drafts", exact: true }).click();
  await expect(replyBox).toHaveValue("Before I go, one more thing");
  await expect(page).toHaveURL(new RegExp(`${threadPath}$`));
  expect(dialogs).toHaveLength(4);
  page.removeAllListeners("dialog");

  // Back within the app asks too (the Navigation API lets the page cancel it), about a restored
  // draft as about typed text: "no" stays.
  await replyBox.pressSequentially(" Going back?");
  page.once("dialog", record("dismiss"));
  const asked = page.waitForEvent("dialog");
  // history.back() as the Back button: page.goBack() would wait for a navigation that is refused.
  await page.evaluate(() => history.back());
  await asked;
  await replyBox.pressSequentially(" Not yet.");
  await expect(replyBox).toHaveValue("Before I go, one more thing Going back? Not yet.");
  await expect(page).toHaveURL(new RegExp(`${threadPath}$`));
  page.once("dialog", record("accept"));
  await page.goBack();
  await expect(groupHeading).toBeVisible();
  expect(dialogs.slice(4)).toEqual([leave, leave]);
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

test("every topic is one click from the directory, even those outside its most used ones", async ({ page }) => {
  await signUp(page, newUser("Topical"));
  const topic = `zz-rare-${Date.now().toString(36)}`;
  const group = await createGroup(page, { tags: `e2e, ${topic}` });
  await page.goto("/groups");
  const filters = page.getByRole("navigation", { name: "Filter by topic" });
  await expect(filters.getByRole("link", { name: new RegExp(`^#${topic}`) })).toHaveCount(0);
  await filters.getByRole("link", { name: /^All \d+ topics$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Topics" })).toBeVisible();
  const list = page.getByRole("list", { name: "Topics" });
  await expect(list.getByRole("link", { name: "#e2e" })).toBeVisible();
  await list.getByRole("link", { name: `#${topic} (1)` }).click();
  await expect(page).toHaveURL(new RegExp(`/groups\\?tag=${topic}$`));
  await expect(page.getByText(`1 group tagged #${topic}`)).toBeVisible();
  await expect(page.getByRole("link", { name: group.name })).toBeVisible();
  expect((await page.goto("/groups/topics?page=999"))?.status()).toBe(404);
});

test("topics in other scripts are kept as written, not transliterated away", async ({ page }) => {
  await signUp(page, newUser("Tagger"));
  const topic = `ガーデニング-${Date.now().toString(36)}`;
  const group = await createGroup(page, { tags: `Vélo, #${topic}, عربى` });
  const topics = page.getByRole("list", { name: "Topics" });
  await expect(topics.getByRole("link", { name: `#${topic}` })).toBeVisible();
  await expect(topics.getByRole("link", { name: "#عربى" })).toBeVisible();
  await expect(topics.getByRole("link", { name: "#velo" })).toBeVisible();
  await topics.getByRole("link", { name: `#${topic}` }).click();
  await expect(page.getByText(`1 group tagged #${topic}`)).toBeVisible();
  await expect(page.getByRole("link", { name: group.name })).toBeVisible();
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

  // Relative time, with the absolute time on hover, said to screen readers (visually hidden
  // after the visible words) and in the machine-readable attribute.
  const time = level(1).getByRole("time");
  await expect(time).toHaveAttribute("title", /^\w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/);
  await expect(time).toHaveText(`just now (${await time.getAttribute("title")})`);
  // The exact time is said, not shown: a 1-pixel, clipped box beside the visible words.
  const exact = time.locator(".sr-only");
  await expect(exact).toHaveText(` (${await time.getAttribute("title")})`);
  await expect(exact).toHaveCSS("position", "absolute");
  await expect(exact).toHaveCSS("width", "1px");
  await expect(time).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  const postedAt = new Date((await time.getAttribute("datetime"))!);
  expect(Math.abs(Date.now() - postedAt.getTime())).toBeLessThan(10 * 60_000);
  expect(await time.getAttribute("title")).toContain(`${postedAt.getUTCFullYear()}, ${String(postedAt.getUTCHours()).padStart(2, "0")}:${String(postedAt.getUTCMinutes()).padStart(2, "0")} UTC`);

  // Each answer replies to the previous one: levels 1 to 6 show nested on the thread page.
  for (let n = 2; n <= 7; n++) {
    const parent = level(n - 1);
    await parent.getByRole("button", { name: `Reply to ${alice.name}`, exact: true }).click();
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

test("a long thread is read in pages of whole branches; permalinks and a new answer find their page", async ({ page }) => {
  const alice = newUser("Long");
  await signUp(page, alice);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "A very long conversation", "Everyone, answer here.");
  await threadHasAnswers(threadPath, 33);
  const answer = (n: number) => page.getByRole("article").filter({ has: page.getByText(`Answer #${n}`, { exact: true }) });

  await page.goto(threadPath);
  await expect(page.getByText("33 replies")).toBeVisible();
  const replies = page.getByRole("region", { name: "Replies, page 1 of 2" });
  // The opening post, then 30 answers, oldest first; the rest are one link away.
  await expect(replies.getByRole("article")).toHaveCount(30);
  await expect(replies.getByRole("article").first()).toContainText("Answer #1");
  await expect(answer(31)).toHaveCount(0);
  const pages = page.getByRole("navigation", { name: "Pages of replies" });
  await expect(pages).toContainText("Page 1 of 2");
  await pages.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(`${threadPath}?page=2`);
  await expect(page.getByRole("region", { name: "Replies, page 2 of 2" }).getByRole("article")).toHaveCount(3);
  await expect(answer(31)).toBeVisible();
  // The opening post stays on top of every page, and the tab says which page this is.
  await expect(page.getByRole("article").first()).toContainText("Everyone, answer here.");
  await expect(page).toHaveTitle(/^A very long conversation \(page 2\) · /);
  // Its permalinks keep the page.
  await expect(answer(32).getByRole("link", { name: /\(permalink\)$/ })).toHaveAttribute("href", new RegExp(`^${threadPath}\\?page=2#post-\\d+$`));
  await expect(page.getByRole("navigation", { name: "Pages of replies" }).getByRole("link", { name: "← Previous" })).toHaveAttribute("href", threadPath);

  // A post's address from elsewhere (a notification, search) opens the page that shows it.
  const postId = (await answer(32).getAttribute("id"))!.replace("post-", "");
  await page.goto(threadPath);
  await page.goto(`/g/${group.slug}/posts/${postId}`);
  await expect(page).toHaveURL(`${threadPath}?page=2#post-${postId}`);
  await expect(answer(32)).toBeInViewport();

  // Answering the thread from its first page takes you to your answer, on the last page.
  await page.goto(threadPath);
  await page.getByLabel("Reply to the thread").fill("Late to the party, but here is my answer.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page).toHaveURL(new RegExp(`${threadPath}\\?page=2#post-\\d+$`));
  await expect(page.getByRole("article").filter({ hasText: "Late to the party" })).toBeFocused();
  await expect(page.getByText("34 replies")).toBeVisible();

  // A busy branch shows its first ten posts; the rest continue on the sub-thread page of the
  // post where it was cut, where a permalink finds them too.
  await page.goto(threadPath);
  const firstId = Number((await answer(1).getAttribute("id"))!.replace("post-", ""));
  await threadHasAnswers(threadPath, 12, { to: firstId, label: "Follow-up" });
  await page.goto(threadPath);
  const followUp = (n: number) => page.getByRole("article").filter({ has: page.getByText(`Follow-up #${n}`, { exact: true }) });
  await expect(followUp(9)).toBeVisible();
  await expect(followUp(10)).toHaveCount(0);
  const more = page.getByRole("link", { name: "Continue this thread (3 more replies) →" });
  await more.click();
  await expect(page).toHaveURL(`${threadPath}/p/${firstId}`);
  const hiddenId = (await followUp(12).getAttribute("id"))!.replace("post-", "");
  await page.goto(threadPath);
  await page.goto(`/g/${group.slug}/posts/${hiddenId}`);
  await expect(page).toHaveURL(`${threadPath}/p/${firstId}#post-${hiddenId}`);
  await expect(followUp(12)).toBeInViewport();

  // Past the last page: not found.
  expect((await page.goto(`${threadPath}?page=3`))?.status()).toBe(404);
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
  await expect(editor).toHaveAccessibleDescription(/^Write something before saving\. Markdown works/);
  await expect(reply.getByRole("alert")).toHaveText("Write something before saving.");
  await expect(editor).toHaveValue("   ");

  // Ctrl+Enter saves an edit too.
  await editor.fill("Better wording");
  await editor.press("Control+Enter");
  const edited = page.getByRole("article", { name: `Post by ${author.name}` }).filter({ hasText: "Better wording" });
  await expect(edited).toContainText(/\(edited (just now|\d+ (second|minute)s? ago) \([^)]+ UTC\)\)/);
  await expect(editor).toHaveCount(0);

  page.once("dialog", (dialog) => void dialog.accept());
  await edited.getByRole("button", { name: /^Delete your post from / }).click();
  await expect(page.getByText("This post was deleted.")).toBeVisible();
  await expect(page.getByText("Better wording")).toHaveCount(0);
  await expect(page.getByText("0 replies")).toBeVisible();
});

test("the Discussions tab shows the latest threads, those still unanswered, or those with the most replies", async ({ page }) => {
  const owner = newUser("Sorter");
  await signUp(page, owner);
  const group = await createGroup(page);
  await startThread(page, group.slug, "Which compost bin?", "Wood or plastic?");
  await page.getByLabel("Reply to the thread").fill("Wood, it breathes.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article", { name: `Post by ${owner.name}` }).filter({ hasText: "Wood, it breathes." })).toBeVisible();
  await startThread(page, group.slug, "Anyone near the river?", "Looking for a plot to share.");

  await page.goto(`/g/${group.slug}`);
  const views = page.getByRole("navigation", { name: "Sort and filter threads" });
  const titles = page.getByRole("list").filter({ hasText: "Which compost bin?" }).getByRole("link", { name: /\?$/ });
  await expect(views.getByRole("link", { name: "Latest" })).toHaveAttribute("aria-current", "page");
  await expect(titles).toHaveText(["Anyone near the river?", "Which compost bin?"]);

  // Unanswered: the thread nobody answered yet, where a member looks for someone to help.
  await views.getByRole("link", { name: "Unanswered" }).click();
  await expect(page).toHaveURL(`/g/${group.slug}?view=unanswered`);
  await expect(views.getByRole("link", { name: "Unanswered" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Anyone near the river?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Which compost bin?" })).toHaveCount(0);

  // Most replies: the busiest first, whatever was active last.
  await views.getByRole("link", { name: "Most replies" }).click();
  await expect(page).toHaveURL(`/g/${group.slug}?view=top`);
  await expect(page.getByRole("list").filter({ hasText: "Anyone near the river?" }).getByRole("link", { name: /\?$/ })).toHaveText(["Which compost bin?", "Anyone near the river?"]);

  // Once answered, a thread leaves the unanswered view. Under a thread, the group's other threads
  // to read next (decision 036), not the one being read.
  await page.getByRole("link", { name: "Anyone near the river?" }).click();
  const more = page.getByRole("region", { name: `More in ${group.name}` });
  await expect(more.getByRole("link", { name: "Which compost bin?" })).toBeVisible();
  await expect(more.getByRole("link", { name: "Anyone near the river?" })).toHaveCount(0);
  await page.getByLabel("Reply to the thread").fill("I am, by the old mill.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article", { name: `Post by ${owner.name}` }).filter({ hasText: "by the old mill" })).toBeVisible();
  await page.goto(`/g/${group.slug}?view=unanswered`);
  await expect(page.getByText("Every thread has an answer.")).toBeVisible();

  // A view that does not exist is a page that does not exist.
  expect((await page.request.get(`/g/${group.slug}?view=hottest`)).status()).toBe(404);
});

test("the thread's author marks the reply that answered it: readers find it under the question and in the list", async ({ page, browser }) => {
  test.slow();
  const asker = newUser("Asker");
  await signUp(page, asker);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Which glue for oak?", "Indoor table, oiled finish.");

  const helper = await newPerson(browser, "Helper");
  await joinGroup(helper.page, group);
  await helper.page.goto(threadPath);
  for (const text of ["Wood glue works.", "Polyurethane glue, clamped overnight: oak's tannins do not mind it."]) {
    await helper.page.getByLabel("Reply to the thread").fill(text);
    await helper.page.getByRole("button", { name: "Post reply" }).click();
    await expect(helper.page.getByRole("article", { name: `Post by ${helper.user.name}` }).filter({ hasText: text })).toBeVisible();
  }
  // Only the asker (and the moderators) may say which one answered.
  await expect(helper.page.getByRole("button", { name: /^Mark as answer/ })).toHaveCount(0);

  await page.goto(threadPath);
  const best = page.getByRole("article", { name: `Post by ${helper.user.name}` }).filter({ hasText: "Polyurethane" });
  const mark = best.getByRole("button", { name: new RegExp(`^Mark as answer: ${helper.user.name}'s post from `) });
  await mark.click();
  await expect(best.getByText("✓ Answer", { exact: true })).toBeVisible();
  const unmark = best.getByRole("button", { name: new RegExp(`^Unmark answer: ${helper.user.name}'s post from `) });
  await expect(unmark).toBeFocused();
  const answerBox = page.getByRole("region", { name: `Answered by ${helper.user.name}` });
  await expect(answerBox).toContainText("Polyurethane glue, clamped overnight");
  await answerBox.getByRole("link", { name: "Go to the answer" }).click();
  await expect(page.locator(":target")).toContainText("Polyurethane glue");

  // The list says it is answered; the helper is told.
  await page.goto(`/g/${group.slug}`);
  await expect(page.getByRole("listitem").filter({ hasText: "Which glue for oak?" }).getByText("Answered")).toBeVisible();
  await helper.page.goto("/notifications");
  await helper.page.getByRole("link", { name: `${asker.name} marked your reply as the answer to “Which glue for oak?”.` }).click();
  await expect(helper.page.locator(":target")).toContainText("Polyurethane glue");

  // Unmarked, it is an answer no more.
  await page.goto(threadPath);
  await page.getByRole("button", { name: /^Unmark answer: / }).click();
  await expect(page.getByRole("button", { name: /^Mark as answer: / })).toHaveCount(2);
  await expect(page.getByRole("region", { name: /Answered by/ })).toHaveCount(0);
});
