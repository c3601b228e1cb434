import { describe, expect, it } from "vitest";
import { groupListAt } from "./list-pages";

describe("groupListAt", () => {
  it("names each of a group's paginated lists, at its address", () => {
    expect(groupListAt("/g/velo")).toEqual({ listName: "this group's discussions", firstPageHref: "/g/velo" });
    expect(groupListAt("/g/velo/meetups")).toEqual({ listName: "this group's past meetups", firstPageHref: "/g/velo/meetups" });
    expect(groupListAt("/g/velo/projects")?.listName).toBe("this group's projects");
    expect(groupListAt("/g/velo/members")?.listName).toBe("this group's members");
    expect(groupListAt("/g/velo/log")?.listName).toBe("this group's moderation log");
    expect(groupListAt("/g/velo/reports")?.listName).toBe("this group's reported posts");
    expect(groupListAt("/g/velo/t/deleted")?.listName).toBe("this group's deleted threads");
    expect(groupListAt("/g/velo/projects/deleted")).toEqual({ listName: "this group's deleted projects", firstPageHref: "/g/velo/projects/deleted" });
  });

  it("drops a trailing slash from the first page's address", () => {
    expect(groupListAt("/g/velo/meetups/")).toEqual({ listName: "this group's past meetups", firstPageHref: "/g/velo/meetups" });
  });

  it("is null where a 404 can mean something is missing: one thread, meetup or project, a form, another page", () => {
    for (const path of ["/g/velo/t/12-route", "/g/velo/meetups/3", "/g/velo/meetups/new", "/g/velo/projects/4", "/g/velo/posts/5/reactions", "/g/velo/health", "/groups", "/g", "/search"]) {
      expect(groupListAt(path), path).toBeNull();
    }
  });
});
