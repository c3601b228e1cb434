import { describe, expect, it } from "vitest";
import { BIO_MAX, HEADLINE_MAX, profileSchema, websiteLabel } from "./schema";

const valid = { headline: "Urban agronomist", location: "Lyon", website: "https://example.org/me", bio: "I grow **tomatoes**." };

describe("profileSchema", () => {
  it("takes every field empty: a profile is optional", () => {
    expect(profileSchema.parse({ headline: "", location: "", website: "", bio: "" })).toEqual({ headline: "", location: "", website: undefined, bio: "" });
  });

  it("trims the edges, bidi controls included", () => {
    expect(profileSchema.parse({ ...valid, headline: "  Urban agronomist\u202E ", location: "\tLyon  ", website: " https://example.org/me " })).toMatchObject({
      headline: "Urban agronomist",
      location: "Lyon",
      website: "https://example.org/me",
    });
  });

  it.each([
    ["javascript:alert(1)", /http/],
    ["example.org", /http/],
    ["ftp://example.org", /http/],
  ])("refuses the website %s, saying what to write", (website, message) => {
    const result = profileSchema.safeParse({ ...valid, website });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["website"]);
    expect(result.error!.issues[0]!.message).toMatch(message);
  });

  it("caps the headline and the bio, naming the limit", () => {
    expect(profileSchema.safeParse({ ...valid, headline: "x".repeat(HEADLINE_MAX) }).success).toBe(true);
    expect(profileSchema.safeParse({ ...valid, headline: "x".repeat(HEADLINE_MAX + 1) }).error!.issues[0]!.message).toBe(`Keep your headline within ${HEADLINE_MAX} characters.`);
    expect(profileSchema.safeParse({ ...valid, bio: "x".repeat(BIO_MAX + 1) }).error!.issues[0]!.message).toBe("Keep it within 2,000 characters.");
  });
});

describe("websiteLabel", () => {
  it("shows the host and path, without scheme, www or trailing slash", () => {
    expect(websiteLabel("https://www.example.org/")).toBe("example.org");
    expect(websiteLabel("http://example.org/portfolio/")).toBe("example.org/portfolio");
    expect(websiteLabel("https://example.org:8443/a/b")).toBe("example.org:8443/a/b");
  });
});
