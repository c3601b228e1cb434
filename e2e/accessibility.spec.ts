import { createRequire } from "node:module";
import { expect, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut, test } from "./support";

/**
 * The main pages, checked by axe-core against WCAG 2.1 A and AA (contrast, names, labels,
 * landmarks, ARIA use), signed out and as each kind of person, on the seeded demo data. What
 * axe cannot judge (keyboard flows, focus after an action) the journeys check one by one.
 */
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations;
  });
  return found.map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => `${node.target.join(" ")} — ${node.failureSummary ?? ""}`).join(" | ")}`);
}

/** Opens `path` (or follows the first link named `follow` in `within` on it) and expects no violation. */
async function check(page: Page, path: string, follow?: { within: string; link?: RegExp }) {
  await page.goto(path);
  if (follow) {
    await page.getByRole("list", { name: follow.within }).getByRole("link", { name: follow.link }).first().click();
    await expect(page).not.toHaveURL(path);
  }
  await expect(page.getByRole("main")).toBeVisible();
  expect(await violations(page), `${page.url()}`).toEqual([]);
}

test.describe.configure({ timeout: 120_000 });

test("public pages have no WCAG A/AA violation axe can find", async ({ page }) => {
  // The listed private circle's page is what outsiders see of it (decision 025).
  for (const path of ["/", "/groups", "/login", "/signup", "/g/city-gardeners", "/g/city-gardeners/projects", "/search?q=compost", "/g/no-such-group", "/g/community-organizers-circle"]) {
    await check(page, path);
  }
  // A thread with nested replies and likes, signed out.
  await check(page, "/g/city-gardeners", { within: "Threads" });
  // The pinned welcome post's edit history: what each edit changed, marked for screen readers too.
  await page.goto("/g/city-gardeners");
  await page.getByRole("list", { name: "Threads" }).getByRole("link", { name: /^Welcome! Start here/ }).click();
  await page.getByRole("link", { name: /: edit history of Amélie Laurent's post from / }).click();
  await expect(page.getByRole("heading", { name: "Edit history" })).toBeVisible();
  expect(await violations(page), "an edit history").toEqual([]);
  // Who reacted to it, everyone and one kind.
  await page.goto("/g/city-gardeners");
  await page.getByRole("list", { name: "Threads" }).getByRole("link", { name: /^Welcome! Start here/ }).click();
  await page.getByRole("link", { name: /^Who reacted to Amélie Laurent's post from / }).click();
  await expect(page.getByRole("heading", { name: "Who reacted" })).toBeVisible();
  expect(await violations(page), "who reacted").toEqual([]);
  await page.getByRole("navigation", { name: "Reactions by kind" }).getByRole("link").last().click();
  await expect(page.getByRole("navigation", { name: "Reactions by kind" }).getByRole("link").last()).toHaveAttribute("aria-current", "page");
  expect(await violations(page), "who reacted, one kind").toEqual([]);
});

test("a member's pages have no WCAG A/AA violation axe can find", async ({ page }) => {
  await signIn(page, "member@toile.test", DEMO_PASSWORD);
  await check(page, "/g/city-gardeners", { within: "Threads" });
  await check(page, "/g/city-gardeners/meetups", { within: "Upcoming meetups" });
  await check(page, "/g/city-gardeners/projects", { within: "Active projects" });
  for (const path of ["/", "/notifications", "/me/settings", "/me/meetups", "/me/saved", "/g/community-organizers-circle", "/g/city-gardeners/t/new"]) await check(page, path);
  // The post box with its @mention suggestions open.
  await page.getByLabel("Message").pressSequentially("Thanks @ma");
  await expect(page.getByRole("listbox", { name: "People to mention" })).toBeVisible();
  expect(await violations(page), "mention suggestions").toEqual([]);
});

test("moderators' and organizers' pages have no WCAG A/AA violation axe can find", async ({ page }) => {
  await signIn(page, "moderator@toile.test", DEMO_PASSWORD);
  for (const path of ["/health", "/g/city-gardeners/health", "/g/city-gardeners/members", "/g/city-gardeners/settings", "/g/city-gardeners/log", "/g/city-gardeners/reports", "/g/community-organizers-circle/members"]) {
    await check(page, path);
  }
  // The trend's table alternative, opened: about ninety days in a box that scrolls, by keyboard too.
  await page.goto("/g/city-gardeners/health");
  await page.getByText("Show the trend as a table").click();
  const days = page.getByRole("region", { name: "Health over the last 90 days: daily scores" });
  await expect(days.getByRole("table")).toBeVisible();
  expect(await violations(page), "the trend as a table").toEqual([]);
  await days.focus();
  await page.keyboard.press("PageDown");
  await expect.poll(() => days.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
  // The thread where yesterday's spam was deleted, with its Restore (from the log's link to it).
  await page.goto("/g/city-gardeners/log");
  await page.getByRole("list", { name: "Moderation log", exact: true }).getByRole("link", { name: /QuickGrow Deals's post/ }).first().click();
  await expect(page.getByRole("button", { name: /^Restore QuickGrow Deals's post/ })).toBeVisible();
  expect(await violations(page), "a deleted post's place").toEqual([]);
  await signOut(page);
  await signIn(page, "organizer@toile.test", DEMO_PASSWORD);
  await check(page, "/g/city-gardeners/meetups/new");
});

test("on a phone, pages fit the screen: every group tab shows, the health table's band without scrolling, the header on one row with a menu", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "moderator@toile.test", DEMO_PASSWORD);
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  const within = async (name: string, box: { x: number; width: number } | null) => {
    expect(box, name).not.toBeNull();
    expect(box!.x, name).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, name).toBeLessThanOrEqual(375);
  };

  await page.goto("/g/city-gardeners/members");
  expect(await fitsWidth()).toBe(true);
  const tabs = page.getByRole("navigation", { name: "Group sections" }).getByRole("link");
  await expect(tabs).toHaveText(["Discussions", "Meetups", "Projects", "Members", /^Reports/, "Moderation log", "Health"]);
  for (const tab of await tabs.all()) await within((await tab.textContent())!, await tab.boundingBox());
  // The header is one row: Toile, Notifications and "Menu", which holds the other links.
  const banner = page.getByRole("banner");
  expect((await banner.boundingBox())!.height).toBeLessThan(70);
  const menu = banner.getByRole("button", { name: "Menu" });
  await expect(banner.getByRole("link", { name: /^Notifications/ })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Groups", exact: true })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const links = banner.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(links).toHaveText(["Groups", "New group", "Search", "Group health", "My meetups", "Saved"]);
  for (const link of await links.all()) await within((await link.textContent())!, await link.boundingBox());
  await expect(banner.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();
  // Escape closes it, and the keyboard is back on "Menu"; a link followed closes it too.
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await menu.click();
  await banner.getByRole("link", { name: "Saved" }).click();
  await expect(page).toHaveURL(/\/me\/saved$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  await page.goto("/health");
  expect(await fitsWidth()).toBe(true);
  await expect(page.getByText(/^The table scrolls sideways/)).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader").nth(2)).toHaveText(/Band/);
  for (const badge of await table.getByRole("row").locator(":scope > td:nth-of-type(2) > *").all()) await within("band", await badge.boundingBox());

  await page.goto("/groups");
  expect(await fitsWidth()).toBe(true);
  // The topic chips take one row: the first group is on the first screen.
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeInViewport();
});

test("on a phone, the keyboard's focus in a strip or table that scrolls sideways is always wholly in sight", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  /** Tabs through `count` controls from the focused one: each must show whole inside `frame`. */
  const tabThrough = async (frame: Locator, count: number) => {
    const edges = (await frame.boundingBox())!;
    for (let step = 0; step < count; step++) {
      const focused = page.locator(":focus");
      const name = (await focused.textContent())!;
      const box = (await focused.boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(edges.x);
      expect(box.x + box.width, name).toBeLessThanOrEqual(edges.x + edges.width);
      await page.keyboard.press("Tab");
    }
  };

  await page.goto("/groups");
  const chips = page.getByRole("navigation", { name: "Filter by topic" });
  await chips.getByRole("link").first().focus();
  await tabThrough(chips, await chips.getByRole("link").count());
  // The strip did scroll: the chips were not all on the screen to begin with.
  expect(await chips.evaluate((strip) => strip.scrollLeft)).toBeGreaterThan(0);

  await signIn(page, "moderator@toile.test", DEMO_PASSWORD);
  await page.goto("/health");
  const headers = page.getByRole("table").getByRole("columnheader").getByRole("link");
  await headers.first().focus();
  await tabThrough(page.getByRole("table").locator(".."), await headers.count());
});

/** The contrast of two CSS colours (any syntax the browser reads, oklch too), painted to sRGB and compared as WCAG does. */
async function contrast(page: Page, first: string, second: string): Promise<number> {
  return page.evaluate(
    ({ first, second }) => {
      const context = document.createElement("canvas").getContext("2d")!;
      const luminance = (color: string) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        const [red, green, blue] = [...context.getImageData(0, 0, 1, 1).data].map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
      };
      const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    },
    { first, second },
  );
}

test("a text field shows its focus clearly, with an error or without", async ({ page }) => {
  await page.goto("/login");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  const outline = (field: typeof email) => field.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const expectFocusShown = async (field: typeof email, what: string) => {
    await field.focus();
    const focused = await outline(field);
    expect(focused.style, what).toBe("solid");
    expect(focused.width, what).toBeGreaterThanOrEqual(2);
    // Against the field's white and the page's stone-50 alike (WCAG 1.4.11: 3:1).
    expect(await contrast(page, focused.color, "white"), what).toBeGreaterThanOrEqual(3);
    expect(await contrast(page, focused.color, background), what).toBeGreaterThanOrEqual(3);
  };
  await expectFocusShown(email, "a valid field");
  // Sent empty, both fields have an error; the keyboard is on the first, the second has no outline.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
  expect((await outline(password)).style).toBe("none");
  await expectFocusShown(email, "an invalid field");
  await expectFocusShown(password, "another invalid field");
});

test("on a phone, a post's long code lines scroll sideways in a box the keyboard reaches", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await check(page, "/g/data-viz-club", { within: "Threads", link: /^Critique please: my first chart/ });
  const code = page.getByRole("group", { name: "Code" }).first();
  await expect(code).toContainText("fig, ax1 = plt.subplots()");
  expect(await code.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  await code.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => code.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
});

/** Each visible element of `targets` is at least 24 by 24 CSS pixels (WCAG 2.5.8, target size). */
async function tappable(targets: Locator, what: string) {
  await targets.first().waitFor({ state: "attached" });
  const boxes = await targets.evaluateAll((elements) =>
    elements.filter((element) => element.checkVisibility()).map((element) => ({ name: element.textContent, ...element.getBoundingClientRect().toJSON() as DOMRect })),
  );
  expect(boxes.length, what).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.height, `${what}: ${box.name}`).toBeGreaterThanOrEqual(24);
    expect(box.width, `${what}: ${box.name}`).toBeGreaterThanOrEqual(24);
  }
}

test("on a phone, small links and buttons are at least 24 pixels to tap", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "moderator@toile.test", DEMO_PASSWORD);
  await tappable(page.getByRole("banner").getByRole("link", { name: /^Notifications/ }), "the header's Notifications");
  await page.goto("/g/city-gardeners/t/new");
  await tappable(page.getByRole("button", { name: /^Preview of / }), "Preview");
  await page.goto("/health");
  await tappable(page.getByRole("table").getByRole("columnheader").getByRole("link"), "a column to sort by");
  await page.goto("/g/city-gardeners/health");
  // What a recommendation offers to do (thread titles in its sentences are inline text, exempt).
  const recommendations = page.getByRole("region", { name: "Recommendations" });
  await tappable(recommendations.getByRole("link", { name: /^(Take it offline|Start a project from it): | →$/ }), "a recommendation's act");
  await page.goto("/g/city-gardeners");
  await page.getByRole("list", { name: "Threads" }).getByRole("link", { name: /^Welcome! Start here/ }).click();
  await tappable(page.getByRole("link", { name: /\(permalink\)$/ }), "a post's time (its permalink)");
  await tappable(page.getByRole("link", { name: /: edit history of / }), "a post's (edited …)");
});

test("badges and short buttons keep their words on one line", async ({ page }) => {
  await signIn(page, "admin@toile.test", DEMO_PASSWORD);
  const lines = (targets: Locator) =>
    targets.evaluateAll((elements) =>
      elements.map((element) => {
        // How many lines of text its content box holds: 1 when its words are on one line.
        const style = getComputedStyle(element);
        const content = element.getBoundingClientRect().height - ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"].reduce((sum, side) => sum + parseFloat(style[side as "paddingTop"]), 0);
        return { text: element.textContent, lines: Math.round(content / parseFloat(style.lineHeight)) };
      }),
    );
  // The overview's bands, "Dormant (provisional)" included, at a laptop's width; the table fits.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/health");
  const table = page.getByRole("table");
  const badges = await lines(table.getByRole("row").locator(":scope > td:nth-of-type(2) > span"));
  expect(badges.map((badge) => badge.text)).toContain("Dormant (provisional)");
  for (const badge of badges) expect(badge.lines, badge.text!).toBe(1);
  expect(await table.evaluate((element) => element.parentElement!.scrollWidth <= element.parentElement!.clientWidth)).toBe(true);
  // "Check in" on a phone's check-in list (the demo's dark-sky trip, five days ago).
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/g/amateur-astronomy-night/health");
  await page.getByRole("link", { name: "Check people in →" }).click();
  await expect(page.getByRole("button", { name: /^Check in / }).first()).toBeVisible();
  const buttons = await lines(page.getByRole("button", { name: /^Check in / }));
  expect(buttons.length).toBeGreaterThan(0);
  for (const button of buttons) expect(button.lines, button.text!).toBe(1);
});

test("on a phone, the header's menu closes when Tab leaves it, as it does on Escape", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "member@toile.test", DEMO_PASSWORD);
  await page.goto("/g/city-gardeners");
  const banner = page.getByRole("banner");
  const menu = banner.getByRole("button", { name: "Menu" });
  const signOut = banner.getByRole("button", { name: "Sign out" });
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  // Shift+Tab from its first link comes back to "Menu": still inside, still open.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  // Tab through it to Sign out, then once more: the focus is on the page, and the panel that
  // would cover it is gone.
  for (let presses = 0; presses < 20 && !(await signOut.evaluate((button) => button === document.activeElement)); presses++) await page.keyboard.press("Tab");
  await expect(signOut).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(signOut).toBeHidden();
  expect(await page.evaluate(() => document.querySelector("header")?.contains(document.activeElement))).toBe(false);
  // Shift+Tab out of it, before "Menu", closes it too.
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Shift+Tab");
  await expect(banner.getByRole("link", { name: /^Notifications/ })).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("on a phone, a member finds the group's discussions first, and a visitor what the group is about", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const above = async (first: string, second: string) => {
    const top = async (name: string) => (await page.getByRole("heading", { level: 2, name, exact: true }).boundingBox())!.y;
    expect(await top(first)).toBeLessThan(await top(second));
  };
  await page.goto("/g/city-gardeners");
  await above("About", "Discussions");
  await signIn(page, "member@toile.test", DEMO_PASSWORD);
  await page.goto("/g/city-gardeners");
  await above("Discussions", "About");
  await expect(page.getByRole("heading", { level: 2, name: "Discussions" })).toBeInViewport();
  // A member's four tabs take one row, even on a 360-pixel phone: none left alone on a second.
  await page.setViewportSize({ width: 360, height: 800 });
  const tabs = page.getByRole("navigation", { name: "Group sections" }).getByRole("link");
  await expect(tabs).toHaveText(["Discussions", "Meetups", "Projects", "Members"]);
  const tops = await tabs.evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  // On a wide screen, "About" is the column beside the discussions, whoever reads.
  await page.setViewportSize({ width: 1280, height: 800 });
  const discussions = (await page.getByRole("heading", { level: 2, name: "Discussions" }).boundingBox())!;
  const about = (await page.getByRole("heading", { level: 2, name: "About" }).boundingBox())!;
  expect(about.x).toBeGreaterThan(discussions.x + discussions.width);
  expect(Math.abs(about.y - discussions.y)).toBeLessThan(40);
});

test("the addresses people guess for signing in and up lead to ours", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fgroups");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fgroups$/);
  await page.goto("/register");
  await expect(page).toHaveURL(/\/signup$/);
});
