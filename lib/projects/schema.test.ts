import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import { ProjectLinkKind, ProjectRole, ProjectStatus } from "@/lib/generated/prisma/enums";
import { createProjectSchema, isHttpUrl, LINK_KINDS, newProjectPath, newProjectQuerySchema, PROJECT_ROLES, PROJECT_STATUSES, projectUpdateSchema, updateProjectSchema } from "./schema";

const valid = { name: "Shared compost bays", goal: "Three bays, **turned weekly**.", status: "active" };

function errorsOf(input: Record<string, string>) {
  const result = createProjectSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("project links", () => {
  it("accepts absolute http and https addresses only", () => {
    expect(isHttpUrl("https://github.com/toile/compost")).toBe(true);
    expect(isHttpUrl("http://example.org/doc?id=3#part")).toBe(true);
    for (const bad of ["ftp://files.example.org/plan.pdf", "javascript:alert(1)", "data:text/html,<b>x</b>", "mailto:a@b.c", "github.com/toile", "/g/garden", "https://", "http//example.org", ""]) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });

  it("turns the three optional fields into typed links, skipping empty ones", () => {
    const parsed = createProjectSchema.parse({ ...valid, repositoryUrl: " https://github.com/toile/compost ", documentUrl: "", siteUrl: "https://compost.example.org" });
    expect(parsed.links).toEqual([
      { kind: "repository", url: "https://github.com/toile/compost" },
      { kind: "site", url: "https://compost.example.org" },
    ]);
    expect(parsed).not.toHaveProperty("repositoryUrl");
  });

  it("puts the message on the field of the bad link", () => {
    expect(errorsOf({ ...valid, repositoryUrl: "ftp://files.example.org" })).toEqual({
      repositoryUrl: "Use a full web address starting with http:// or https:// (e.g. https://github.com/…).",
    });
    expect(Object.keys(errorsOf({ ...valid, documentUrl: "javascript:alert(1)", siteUrl: "https://x.org/" + "a".repeat(2000) }))).toEqual(["documentUrl", "siteUrl"]);
  });
});

describe("starting a project", () => {
  it("needs a name and a goal", () => {
    expect(errorsOf({ ...valid, name: "   " })).toEqual({ name: "Give the project a name." });
    expect(errorsOf({ ...valid, goal: "" }).goal).toMatch(/Describe the project's goal/);
    expect(errorsOf({ ...valid, name: "x".repeat(121) }).name).toBe("Keep the name within 120 characters.");
  });

  it("starts as proposed or active, never completed or archived", () => {
    expect(createProjectSchema.parse({ ...valid, status: "proposed" }).status).toBe("proposed");
    expect(errorsOf({ ...valid, status: "completed" })).toEqual({ status: "A new project starts as proposed or active." });
    expect(errorsOf({ ...valid, status: "archived" }).status).toBeDefined();
  });

  it("reads the source thread and post from the form; empty means none", () => {
    expect(createProjectSchema.parse({ ...valid, sourceThreadId: "12", sourcePostId: "40" })).toMatchObject({ sourceThreadId: 12, sourcePostId: 40 });
    const none = createProjectSchema.parse({ ...valid, sourceThreadId: "", sourcePostId: "" });
    expect(none.sourceThreadId).toBeUndefined();
    expect(none.sourcePostId).toBeUndefined();
    expect(errorsOf({ ...valid, sourceThreadId: "abc" })).toEqual({ sourceThreadId: "Invalid reference." });
    expect(errorsOf({ ...valid, sourcePostId: "40" })).toEqual({ sourceThreadId: "A project started from a post needs that post's thread as its source." });
  });

  it("edits the same details, without a status, from the version the form was shown", () => {
    const parsed = updateProjectSchema.parse({ ...valid, version: "4", status: "completed", repositoryUrl: "https://git.example.org/x" });
    expect(parsed).not.toHaveProperty("status");
    expect(parsed.version).toBe(4);
    expect(updateProjectSchema.safeParse({ ...valid, version: "-1" }).success).toBe(false);
    expect(parsed.links).toEqual([{ kind: "repository", url: "https://git.example.org/x" }]);
  });

  it("progress updates need words", () => {
    expect(projectUpdateSchema.safeParse({ projectId: "3", body: "  " }).success).toBe(false);
    expect(projectUpdateSchema.parse({ projectId: "3", body: " Bays built. " })).toEqual({ projectId: 3, body: "Bays built." });
  });
});

describe("the new-project URL", () => {
  it("pre-fills from a thread or a post, and ignores malformed query values", () => {
    expect(newProjectPath("garden")).toBe("/g/garden/projects/new");
    expect(newProjectPath("garden", { threadId: 4 })).toBe("/g/garden/projects/new?thread=4");
    expect(newProjectPath("garden", { threadId: 4, postId: 9 })).toBe("/g/garden/projects/new?thread=4&post=9");
    expect(newProjectQuerySchema.parse({ thread: "4", post: "9" })).toEqual({ thread: 4, post: 9 });
    expect(newProjectQuerySchema.parse({ thread: "x'; drop", post: ["1", "2"] })).toEqual({ thread: undefined, post: undefined });
  });
});

describe("enums match the database schema", () => {
  it("statuses, roles and link kinds", () => {
    expect([...PROJECT_STATUSES].sort()).toEqual(Object.values(ProjectStatus).sort());
    expect([...PROJECT_ROLES].sort()).toEqual(Object.values(ProjectRole).sort());
    expect([...LINK_KINDS].sort()).toEqual(Object.values(ProjectLinkKind).sort());
  });
});
