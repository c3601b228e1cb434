import { expect } from "@playwright/test";
import { createGroup, fillProjectForm, joinGroup, newPerson, newUser, signUp, startThread, submitNewProject, test } from "./support";

// Journeys with two or three people and a dozen pages: more than the default minute on a cold dev server.
test.describe.configure({ timeout: 120_000 });

test("a thread becomes a project: a member joins and posts an update, the thread shows it, the lead completes it", async ({ browser }) => {
  // The group belongs to someone else: Alice is a plain member.
  const { page: ownerPage } = await newPerson(browser, "Owner");
  const group = await createGroup(ownerPage);
  const alicePage = await (await browser.newContext()).newPage();
  const alice = newUser("Alice");
  await signUp(alicePage, alice);
  await joinGroup(alicePage, group);
  const threadPath = await startThread(alicePage, group.slug, "Shared compost bays at the plot?", "Three bays out of pallets. Who is in?");

  // From the thread: the source thread is pre-selected.
  await alicePage.getByRole("link", { name: "Turn this into a project", exact: true }).click();
  await expect(alicePage.getByRole("heading", { name: "Start a project" })).toBeVisible();
  await expect(alicePage.getByLabel("Source thread")).toHaveValue(threadPath.split("/t/")[1]!.split("-")[0]!);
  await expect(alicePage.getByLabel("Source thread").locator("option:checked")).toHaveText("Shared compost bays at the plot?");
  // The thread's title is a first draft of the name, as "Take this offline" drafts a meetup's title.
  await expect(alicePage.getByLabel("Name", { exact: true })).toHaveValue("Shared compost bays at the plot?");
  await fillProjectForm(alicePage, {
    name: "Compost bays",
    goal: "Build **three bays** and a turning rota.",
    status: "Active",
    repository: "https://git.example.org/garden/compost-bays",
  });
  const projectPath = await submitNewProject(alicePage, "Compost bays");

  const contributors = alicePage.getByRole("list", { name: "Contributors" });
  await expect(contributors.getByRole("listitem").filter({ hasText: alice.name })).toContainText("Lead");
  await expect(alicePage.getByRole("region", { name: "Goal" }).locator("strong")).toHaveText("three bays");
  await expect(alicePage.getByRole("link", { name: "https://git.example.org/garden/compost-bays" })).toHaveAttribute("href", "https://git.example.org/garden/compost-bays");
  const lineage = alicePage.getByRole("list", { name: "Lineage" });
  await expect(lineage.getByRole("link", { name: "Shared compost bays at the plot?" })).toHaveAttribute("href", threadPath);
  await expect(alicePage.getByRole("region", { name: "Status" })).toContainText("Active");

  // Another person joins the group from the thread, then follows the banner to the project.
  const bobPage = await (await browser.newContext()).newPage();
  const bob = newUser("Bob");
  await signUp(bobPage, bob);
  await bobPage.goto(threadPath);
  const banner = bobPage.getByRole("complementary", { name: "Projects born in this thread" });
  await expect(banner).toContainText("No progress update yet.");
  // The thread invites him to join, beside "Join the group to reply." (the group's header has the same button).
  await bobPage.getByRole("group", { name: "Join the group to reply." }).getByRole("button", { name: `Join group: ${group.name}` }).click();
  await expect(bobPage.getByText("You are a member")).toBeVisible();
  await banner.getByRole("link", { name: "Compost bays" }).click();
  await expect(bobPage).toHaveURL(new RegExp(`${projectPath}$`));
  await bobPage.getByRole("button", { name: "Join this project: Compost bays" }).click();
  await expect(bobPage.getByRole("list", { name: "Contributors" }).getByRole("listitem").filter({ hasText: bob.name })).toContainText("Contributor");
  await expect(bobPage.getByRole("button", { name: "Join this project: Compost bays" })).toHaveCount(0);
  // The same button now leaves, and keeps the keyboard's place; the page says what happened.
  await expect(bobPage.getByRole("button", { name: "Leave this project: Compost bays" })).toBeFocused();
  await expect(bobPage.getByRole("status").filter({ hasText: "You joined the project." })).toBeVisible();

  // Posted empty: the keyboard is taken to the field, which says what is missing.
  await bobPage.getByRole("button", { name: "Post update" }).click();
  await expect(bobPage.getByLabel("Progress update")).toBeFocused();
  await expect(bobPage.getByLabel("Progress update")).toHaveAccessibleDescription(/Write the update before posting it\./);
  await bobPage.getByLabel("Progress update").fill("Collected **eleven pallets** from the hardware shop.");
  await bobPage.getByRole("button", { name: "Post update" }).click();
  const update = bobPage.getByRole("article", { name: `Update by ${bob.name}` });
  await expect(update).toContainText("Collected eleven pallets from the hardware shop.");
  await expect(update.locator("strong")).toHaveText("eleven pallets");
  await expect(bobPage.getByLabel("Progress update")).toHaveValue("");
  // A contributor does not manage the status.
  await expect(bobPage.getByRole("button", { name: "Mark as completed" })).toHaveCount(0);

  // The thread now shows the project with that update.
  await bobPage.goto(threadPath);
  await expect(banner.getByRole("link", { name: new RegExp(`^Latest update by ${bob.name}`) })).toHaveAttribute("href", new RegExp(`${projectPath}#update-\\d+$`));
  await expect(banner).toContainText("Collected eleven pallets from the hardware shop.");
  await expect(banner).toContainText("2 contributors");

  // Carol, a member, has the project open with its Join button when it is completed elsewhere.
  const { page: carolPage } = await newPerson(browser, "Carol");
  await joinGroup(carolPage, group);
  await carolPage.goto(projectPath);
  const carolJoins = carolPage.getByRole("button", { name: "Join this project: Compost bays" });
  await expect(carolJoins).toBeVisible();

  // The lead makes Bob co-lead, then completes the project.
  await alicePage.reload();
  // Her own role, the only lead's, is not one she can change: no choice of role on her row.
  await expect(alicePage.getByRole("combobox", { name: `Role of ${alice.name}` })).toHaveCount(0);
  await alicePage.getByRole("combobox", { name: `Role of ${bob.name}` }).selectOption("colead");
  await alicePage.getByRole("button", { name: `Save role of ${bob.name}` }).click();
  await expect(alicePage.getByRole("status").filter({ hasText: "Role updated." })).toBeVisible();
  await expect(alicePage.getByRole("combobox", { name: `Role of ${bob.name}` })).toHaveValue("colead");
  await expect(alicePage.getByRole("list", { name: "Contributors" }).getByRole("listitem").filter({ hasText: bob.name }).getByRole("paragraph")).toContainText("Co-lead");
  await alicePage.getByRole("button", { name: "Mark as completed" }).click();
  await expect(alicePage.getByRole("status").filter({ hasText: "The project is now completed." })).toBeVisible();
  await expect(alicePage.getByRole("region", { name: "Status" })).toContainText("Completed");
  await expect(alicePage.getByRole("button", { name: "Reopen" })).toBeVisible();
  // Carol's out-of-date page says why she cannot join, where the button was, and holds the keyboard there.
  await carolJoins.click();
  const refused = carolPage.getByRole("alert").filter({ hasText: "This project is completed: it takes no new contributors." });
  await expect(refused).toBeVisible();
  await expect(carolJoins).toHaveCount(0);
  await expect(carolPage.locator(":focus")).toContainText("This project is completed");
  // A visitor is not invited to join what takes no new contributors.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(projectPath);
  await expect(visitor.getByRole("region", { name: /^Updates/ })).toContainText("This project is completed: its contributors may still post a closing note.");
  await expect(visitor.getByText("Sign in", { exact: false }).filter({ hasText: "progress updates" })).toHaveCount(0);

  // The Projects tab lists it under Completed; the profile lists it with Bob's role.
  await alicePage.goto(`/g/${group.slug}/projects`);
  await expect(alicePage.getByRole("list", { name: "Completed projects" }).getByRole("link", { name: "Compost bays", exact: true })).toBeVisible();
  const profile = await bobPage.getByRole("banner").getByRole("link", { name: bob.name }).getAttribute("href");
  await bobPage.goto(profile!);
  await expect(bobPage.getByRole("region", { name: "Projects" }).getByRole("listitem").filter({ hasText: "Compost bays" })).toContainText("Co-lead");
});

test("a post becomes a project: the lineage records the post it was started from", async ({ page }) => {
  const author = newUser("Poster");
  await signUp(page, author);
  const group = await createGroup(page);
  const threadPath = await startThread(page, group.slug, "Street tree pits", "Nine bare pits on our street.");
  await page.getByLabel("Reply to the thread").fill("Let's register them with the council and plant bulbs.");
  await page.getByRole("button", { name: "Post reply" }).click();
  const reply = page.getByRole("article").filter({ hasText: "register them with the council" });
  await reply.getByRole("link", { name: `Turn this into a project (post by ${author.name})` }).click();
  await expect(page).toHaveURL(/\/projects\/new\?thread=\d+&post=\d+$/);
  await expect(page.getByText(`Started from a post by ${author.name}`)).toBeVisible();
  // A rejected submission (reached by following the link, not by loading the address) keeps
  // the source thread and the post it started from.
  await fillProjectForm(page, { name: "Tree pits", goal: "" });
  await page.getByRole("button", { name: "Start project" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
  await expect(page.getByLabel("Source thread")).toHaveValue(/^\d+$/);
  await expect(page.getByLabel("Source thread").locator("option:checked")).toHaveText("Street tree pits");
  await expect(page.getByText(`Started from a post by ${author.name}`)).toBeVisible();
  await fillProjectForm(page, { name: "Tree pits", goal: "Plant the nine pits." });
  await submitNewProject(page, "Tree pits");
  await expect(page.getByRole("region", { name: "Status" })).toContainText("Proposed");
  const fromPost = page.getByRole("list", { name: "Lineage" }).getByRole("link", { name: `from a post by ${author.name}` });
  await expect(fromPost).toHaveAttribute("href", new RegExp(`^/g/${group.slug}/posts/\\d+$`));
  // The post's permalink lands on the thread, at that post.
  await fromPost.click();
  await expect(page).toHaveURL(new RegExp(`${threadPath}#post-\\d+$`));
  await expect(page.getByRole("article").filter({ hasText: "register them with the council" })).toBeVisible();
});

test("bad input on the project form is explained next to each field and keeps what was typed", async ({ page }) => {
  await signUp(page, newUser("Careful"));
  const group = await createGroup(page);
  await startThread(page, group.slug, "Swapping seeds", "Shall we keep a shared seed box?");
  await page.goto(`/g/${group.slug}/projects`);
  await expect(page.getByText("No project yet.")).toBeVisible();
  await page.getByRole("link", { name: "Start a project" }).click();

  await fillProjectForm(page, { name: "   ", goal: "A goal that must survive.", status: "Active", repository: "ftp://files.example.org/plans", site: "https://ok.example.org" });
  const source = page.getByLabel("Source thread");
  await source.selectOption({ label: "Swapping seeds" });
  await page.getByRole("button", { name: "Start project" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
  await expect(page.getByText("Give the project a name.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Repository link")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use a full web address starting with http:// or https://", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Goal", { exact: true })).toHaveValue("A goal that must survive.");
  await expect(page.getByLabel("Repository link")).toHaveValue("ftp://files.example.org/plans");
  await expect(page.getByLabel("Website link")).toHaveValue("https://ok.example.org");
  await expect(page.getByRole("radio", { name: /^Active/ })).toBeChecked();
  await expect(source.locator("option:checked")).toHaveText("Swapping seeds");

  // The name fixed, the link still bad: only the link is flagged, the name is kept, and so is
  // the source thread chosen again (here: none).
  await page.getByLabel("Name", { exact: true }).fill("Seed library");
  await source.selectOption({ label: "None: not born in a discussion" });
  await page.getByRole("button", { name: "Start project" }).click();
  await expect(page.getByLabel("Repository link")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Seed library");
  await expect(source).toHaveValue("");
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "false");

  // A script address is no web link either; the repository link, now fine, is kept.
  await page.getByLabel("Repository link").fill("https://git.example.org/seed-library");
  await page.getByLabel("Document link").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Start project" }).click();
  await expect(page.getByLabel("Repository link")).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByLabel("Document link")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Repository link")).toHaveValue("https://git.example.org/seed-library");

  await page.getByLabel("Document link").fill("");
  const path = await submitNewProject(page, "Seed library");
  await expect(page.getByRole("region", { name: "Status" })).toContainText("Active");
  await expect(page.getByRole("region", { name: "Links" }).getByRole("link")).toHaveText(["https://git.example.org/seed-library", "https://ok.example.org"]);
  await expect(page.getByRole("list", { name: "Lineage" })).toContainText("Started from the Projects tab");

  // Malformed and unknown ids are 404 pages.
  for (const bad of [`/g/${group.slug}/projects/abc`, `/g/${group.slug}/projects/99999999`, `/g/${group.slug}/projects/1.5`, `${path}x`]) {
    const response = await page.goto(bad);
    expect(response?.status(), bad).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("the lead edits a project; an archived project takes no updates and only the lead can reopen it", async ({ page }) => {
  await signUp(page, newUser("Archivist"));
  const group = await createGroup(page);
  await page.goto(`/g/${group.slug}/projects/new`);
  await fillProjectForm(page, { name: "Idea", goal: "Something we will not do after all.", status: "Active" });
  await submitNewProject(page, "Idea");

  await page.getByRole("link", { name: "Edit project" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Idea");
  await fillProjectForm(page, { name: "", goal: "Something we will *not* do after all.", site: "ftp://nope.example.org" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Give the project a name.")).toBeVisible();
  await expect(page.getByLabel("Website link")).toHaveValue("ftp://nope.example.org");
  await fillProjectForm(page, { name: "Shelved idea", goal: "Something we will *not* do after all.", site: "https://idea.example.org" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Shelved idea" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Goal" }).locator("em")).toHaveText("not");
  await expect(page.getByRole("region", { name: "Links" })).toContainText("Website: https://idea.example.org");
  // An Edit form left open in another tab, saved after the project is archived below.
  const stale = await page.context().newPage();
  await stale.goto(`${page.url()}/edit`);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("region", { name: "Status" })).toContainText("Archived");
  // The Archive button is gone: the keyboard is on the message that says what happened.
  await expect(page.locator(":focus")).toContainText("The project is now archived.");
  await expect(page.getByText("This project is archived: it takes no new updates.")).toBeVisible();
  await expect(page.getByLabel("Progress update")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit project" })).toHaveCount(0);
  // The stale tab's save is refused, and what was typed there stays to be copied.
  await stale.getByLabel("Name", { exact: true }).fill("Shelved idea, renamed");
  await stale.getByRole("button", { name: "Save changes" }).click();
  await expect(stale.getByRole("alert").filter({ hasText: "This project is archived: reopen it before editing." })).toBeVisible();
  await expect(stale.getByLabel("Name", { exact: true })).toHaveValue("Shelved idea, renamed");
  await page.getByRole("button", { name: "Reopen as a proposal" }).click();
  await expect(page.getByRole("region", { name: "Status" })).toContainText("Proposed");
  await expect(page.getByLabel("Progress update")).toBeVisible();
});

test("outsiders: a private group's projects are 404; a public group's non-members are shown the way in before they start or join", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, newUser("Keeper"));
  const secret = await createGroup(ownerPage, { visibility: "private" });
  await ownerPage.goto(`/g/${secret.slug}/projects/new`);
  await fillProjectForm(ownerPage, { name: "Members-only plan", goal: "Nobody else should see this." });
  const secretProject = await submitNewProject(ownerPage, "Members-only plan");
  const open = await createGroup(ownerPage);
  await ownerPage.goto(`/g/${open.slug}/projects/new`);
  await fillProjectForm(ownerPage, { name: "Open plan", goal: "Everyone may read this.", status: "Active" });
  const openProject = await submitNewProject(ownerPage, "Open plan");

  const page = await (await browser.newContext()).newPage();
  await signUp(page, newUser("Stranger"));
  for (const path of [`/g/${secret.slug}/projects`, `/g/${secret.slug}/projects/new`, secretProject, `${secretProject}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.goto(secretProject))?.status()).toBe(404);

  // A public group's project is readable, but taking part needs membership.
  await page.goto(openProject);
  await expect(page.getByRole("heading", { level: 1, name: "Open plan" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Join this project: Open plan" })).toHaveCount(0);
  await expect(page.getByLabel("Progress update")).toHaveCount(0);
  await expect(page.getByText("Join the group to take part in its projects.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Join the group" })).toHaveAttribute("href", `/g/${open.slug}`);
  expect((await page.goto(`${openProject}/edit`))?.status()).toBe(403);
  // Starting one: the page says what it takes, with the Join button, then shows the form.
  const invited = await page.goto(`/g/${open.slug}/projects/new`);
  expect(invited?.status()).toBe(200);
  const invitation = page.getByRole("region", { name: `Join ${open.name} to start a project` });
  await expect(page.getByLabel("Name", { exact: true })).toHaveCount(0);
  await invitation.getByRole("button", { name: `Join group: ${open.name}` }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
});
