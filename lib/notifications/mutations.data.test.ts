import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeUser } from "@/test/fixtures";
import { countUnreadNotifications, listNotifications } from "./data";
import { markAllNotificationsRead, markNotificationRead, openNotification, sendNotifications } from "./mutations";
import { safeNotificationUrl } from "./schema";

describe("notifications", () => {
  it("lists newest first, counts unread, and marks one or all read (one's own only)", async () => {
    const [me, someoneElse] = await Promise.all([makeUser(), makeUser()]);
    const base = Date.now();
    for (let i = 0; i < 3; i++) {
      await db.notification.create({ data: { userId: me.id, kind: "meetup.created", message: `Message ${i}`, url: "/groups", createdAt: new Date(base + i * 1000) } });
    }
    const { items, total } = await listNotifications(me.id);
    expect(total).toBe(3);
    expect(items.map((item) => item.message)).toEqual(["Message 2", "Message 1", "Message 0"]);
    expect(await countUnreadNotifications(me.id)).toBe(3);

    expect(await markNotificationRead(someoneElse.id, items[0]!.id)).toBe(false);
    expect(await countUnreadNotifications(me.id)).toBe(3);
    expect(await markNotificationRead(me.id, items[0]!.id)).toBe(true);
    expect(await markNotificationRead(me.id, items[0]!.id)).toBe(false);
    expect(await countUnreadNotifications(me.id)).toBe(2);
    expect(await markAllNotificationsRead(me.id)).toBe(2);
    expect(await countUnreadNotifications(me.id)).toBe(0);
  });

  it("gives each notification the language of the group it leads into, none outside groups or for a group gone", async () => {
    const me = await makeUser();
    const group = await makeGroup(me.id, { language: "fr" });
    const base = Date.now();
    const urls = [`/g/${group.slug}/t/1-velo#post-2`, "/me/meetups", "/g/no-such-group-anymore/t/1"];
    for (const [i, url] of urls.entries()) {
      await db.notification.create({ data: { userId: me.id, kind: "post.replied", message: `Reply in “Vélo” ${i}`, url, createdAt: new Date(base - i * 1000) } });
    }
    const { items } = await listNotifications(me.id);
    expect(items.map((item) => item.language)).toEqual(["fr", null, null]);
  });

  it("opening a notification marks it read and gives where it leads; someone else's gives nothing", async () => {
    const [me, someoneElse] = await Promise.all([makeUser(), makeUser()]);
    const { id } = await db.notification.create({ data: { userId: me.id, kind: "meetup.created", message: "Soon", url: "/g/x/meetups/1" } });
    expect(await openNotification(someoneElse.id, id)).toBeNull();
    expect(await countUnreadNotifications(me.id)).toBe(1);
    expect(await openNotification(me.id, id)).toBe("/g/x/meetups/1");
    expect(await countUnreadNotifications(me.id)).toBe(0);
    // Opened again: still leads there, and stays read.
    expect(await openNotification(me.id, id)).toBe("/g/x/meetups/1");
  });

  it("a dedupe key sends a notification once, however often it is retried", async () => {
    const me = await makeUser();
    const draft = { userId: me.id, kind: "meetup.promoted" as const, message: "Promoted", url: "/x", dedupeKey: `test:${me.id}` };
    expect(await sendNotifications([draft, draft])).toBe(1);
    expect(await sendNotifications([draft])).toBe(0);
    expect(await db.notification.count({ where: { userId: me.id } })).toBe(1);
  });

  it("only in-app paths are followed", () => {
    expect(safeNotificationUrl("/g/x/meetups/1")).toBe("/g/x/meetups/1");
    expect(safeNotificationUrl("https://evil.example")).toBe("/notifications");
    expect(safeNotificationUrl("//evil.example")).toBe("/notifications");
    expect(safeNotificationUrl("/\\evil.example")).toBe("/notifications");
  });
});
