import { expect } from "@playwright/test";
import { createGroup, fillMeetupForm, fillProjectForm, joinGroup, newPerson, newUser, signUp, startThread, submitNewProject, test, unique } from "./support";

const MINUTE = 60_000;

/**
 * A French group's words (its name, thread titles, meetup titles, project names, excerpts) carry
 * `lang="fr"` wherever they are shown, not on its own pages only, so screen readers pronounce
 * them in French; our English words around them keep the page's language.
 */
test("a French group's titles are marked French in search, lists, linked threads, breadcrumbs and profiles", async ({ page, browser }) => {
  test.slow();
  const owner = newUser("Camille");
  await signUp(page, owner);
  const group = await createGroup(page, { name: unique("Atelier Réparation") });
  await page.goto(`/g/${group.slug}/settings`);
  await page.getByLabel("Language of the discussions").selectOption({ label: "Français" });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  const word = `chambre${Date.now().toString(36)}`;
  const threadTitle = `Réparer une ${word} à air`;
  const threadPath = await startThread(page, group.slug, threadTitle, `Comment réparer une ${word} percée sans rustines ?`);

  // The thread's breadcrumb names the group in French, and "Discussions" stays English.
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: group.name })).toHaveAttribute("lang", "fr");
  await expect(breadcrumb).not.toHaveAttribute("lang", /./);

  // Search: the thread's title, the group's name and the excerpt; not the result's English line.
  await page.goto(`/search?q=${word}`);
  const hit = page.getByRole("article", { name: threadTitle });
  await expect(hit.getByRole("link", { name: threadTitle })).toHaveAttribute("lang", "fr");
  await expect(hit.getByRole("link", { name: group.name })).toHaveAttribute("lang", "fr");
  await expect(hit.getByText(/sans rustines/)).toHaveAttribute("lang", "fr");
  await expect(hit.getByText(/^Started by /)).not.toHaveAttribute("lang", /./);

  // A meetup deepening the thread: its title in the group's list and in "My meetups", and the
  // linked thread on its page.
  const meetupTitle = unique("Atelier crevaison");
  await page.goto(threadPath);
  await page.getByRole("link", { name: "Take this offline" }).click();
  // The form's picker lists the group's threads by their French titles.
  await expect(page.getByRole("list", { name: "Threads" }).getByText(threadTitle)).toHaveAttribute("lang", "fr");
  const startsAt = new Date(Date.now() + 2 * 24 * 60 * MINUTE);
  await fillMeetupForm(page, { title: meetupTitle, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 60 * MINUTE), venueName: "Local vélo de la rue Haute" });
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByRole("heading", { level: 1, name: meetupTitle })).toBeVisible();
  const linked = page.getByRole("region", { name: "Discussions it deepens" });
  await expect(linked.getByRole("link", { name: threadTitle })).toHaveAttribute("lang", "fr");

  await page.goto(`/g/${group.slug}/meetups`);
  const upcoming = page.getByRole("list", { name: "Upcoming meetups" });
  await expect(upcoming.getByRole("link", { name: meetupTitle })).toHaveAttribute("lang", "fr");
  await expect(upcoming.getByText("Local vélo de la rue Haute")).toHaveAttribute("lang", "fr");
  await expect(upcoming).not.toHaveAttribute("lang", /./);

  await page.goto("/me/meetups");
  await expect(page.getByRole("link", { name: meetupTitle })).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: group.name }).first()).toHaveAttribute("lang", "fr");

  // A project: its name in the Projects tab and in its page's breadcrumb, and on the thread.
  const projectName = unique("Vélos pour tous");
  await page.goto(`/g/${group.slug}/projects/new`);
  await expect(page.getByLabel("Source thread").locator("option", { hasText: threadTitle })).toHaveAttribute("lang", "fr");
  await fillProjectForm(page, { name: projectName, goal: "Remettre en état **dix vélos** pour le quartier.", status: "Active" });
  const projectPath = await submitNewProject(page, projectName);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByText(projectName)).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Projects" })).not.toHaveAttribute("lang", /./);

  await page.goto(`/g/${group.slug}/projects`);
  await expect(page.getByRole("link", { name: projectName })).toHaveAttribute("lang", "fr");
  await expect(page.getByText("Remettre en état dix vélos pour le quartier.")).toHaveAttribute("lang", "fr");

  // The group page's asides: its next meetup and its active project.
  await page.goto(`/g/${group.slug}`);
  await expect(page.getByRole("list", { name: "Upcoming meetups" }).getByRole("link", { name: meetupTitle })).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("list", { name: "Active projects" }).getByRole("link", { name: projectName })).toHaveAttribute("lang", "fr");

  // The owner's profile: the group, the project (and its group), the post's thread and excerpt.
  const profile = await page.getByRole("banner").locator('a[href^="/u/"]').first().getAttribute("href");
  await page.goto(profile!);
  await expect(page.getByRole("link", { name: group.name }).locator("[lang=fr]")).toHaveText(group.name);
  await expect(page.locator(`a[href="${projectPath}"]`)).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: threadTitle })).toHaveAttribute("lang", "fr");
  await expect(page.getByText(/percée sans rustines/)).toHaveAttribute("lang", "fr");

  // Home's "Your groups" and the health overview name the group in French.
  await page.goto("/");
  await expect(page.getByRole("list", { name: "Your groups" }).getByRole("link", { name: group.name })).toHaveAttribute("lang", "fr");
  await page.goto("/health");
  await expect(page.getByRole("link", { name: group.name })).toHaveAttribute("lang", "fr");

  // A reply's notification: the quoted title is French, the sentence around it English.
  const replier = await newPerson(browser, "Dominique");
  await joinGroup(replier.page, group);
  await replier.page.goto(threadPath);
  await replier.page.getByLabel("Reply to the thread").fill("Avec une rustine autocollante, ça tient.");
  await replier.page.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.page.getByText("Avec une rustine autocollante, ça tient.")).toBeVisible();
  await page.goto("/notifications");
  const notice = page.getByRole("list", { name: "Notifications" }).getByRole("link", { name: new RegExp(replier.user.name) });
  await expect(notice.locator("[lang=fr]")).toHaveText(threadTitle);
  await expect(notice).not.toHaveAttribute("lang", /./);
});
