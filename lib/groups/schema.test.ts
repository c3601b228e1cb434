import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import { addMemberSchema, createGroupSchema, groupSettingsSchema } from "./schema";

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const result = addMemberSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("add-a-member form", () => {
  it("reads the email as accounts store it: trimmed, lower-cased", () => {
    expect(addMemberSchema.parse({ groupId: "g1", email: "  Camille.Martin@Example.TEST " })).toEqual({ groupId: "g1", email: "camille.martin@example.test" });
  });

  it("says what is wrong with the email next to the field, about someone else's address", () => {
    expect(errorsOf({ groupId: "g1", email: "  " })).toEqual({ email: "Enter the email address of the person to add." });
    expect(errorsOf({ groupId: "g1", email: "camille@" })).toEqual({ email: "Enter a valid email address, like name@example.com." });
    expect(errorsOf({ groupId: "g1", email: `${"a".repeat(250)}@x.fr` })).toEqual({ email: "That email address is too long." });
  });

  it("needs the group it adds to", () => {
    expect(Object.keys(errorsOf({ email: "camille@example.test" }))).toEqual(["groupId"]);
    expect(Object.keys(errorsOf({ groupId: "x".repeat(41), email: "camille@example.test" }))).toEqual(["groupId"]);
  });
});

describe("a group description that would show nothing", () => {
  it("is refused next to the description field, at creation and in the settings", () => {
    const nothing = "This would show nothing: write some text.";
    const group = { name: "Compost club", slug: "compost-club", tags: "", visibility: "public" };
    const description = "<script>document.title = 'pwned'</script>";
    expect(fieldErrorsOf(createGroupSchema.safeParse({ ...group, description }).error!)).toEqual({ description: nothing });
    expect(fieldErrorsOf(groupSettingsSchema.safeParse({ ...group, groupId: "g1", description: "<!-- about us: soon -->" }).error!)).toEqual({ description: nothing });
    expect(createGroupSchema.parse({ ...group, description: "<div>We turn scraps into soil.</div>" }).description).toBe("<div>We turn scraps into soil.</div>");
  });
});
