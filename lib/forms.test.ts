import { describe, expect, it } from "vitest";
import { createThreadSchema } from "@/lib/discussions/schema";
import { AppError } from "@/lib/errors";
import { FIELDS_NEED_ATTENTION, formValues, handleForm, parseInput, normalizeTyped, singleLineText, trimInvisible } from "./forms";

describe("NUL characters in form input (PostgreSQL cannot store them)", () => {
  it("normalizeTyped drops them, makes every line break LF, and keeps everything else", () => {
    expect(normalizeTyped("a\u0000b\u0000")).toBe("ab");
    expect(normalizeTyped("Rénovation — ok")).toBe("Rénovation — ok");
    expect(normalizeTyped("one\r\ntwo\rthree\nfour")).toBe("one\ntwo\nthree\nfour");
    // Other control characters go too, tab aside; Word's line and page breaks are line breaks.
    expect(normalizeTyped("QA\u0001 ctl\u0008\u001b[0m\u007f\tend")).toBe("QA ctl[0m\tend");
    expect(normalizeTyped("line\u000bbreak\u000cpage")).toBe("line\nbreak\npage");
  });

  it("the echoed values and the parsed input never carry one", () => {
    const formData = new FormData();
    formData.set("title", "Compost\u0000 bins");
    formData.set("body", "Who has\u0000 a spare one?\r\nA big one.");
    formData.set("password", "secret\u0000");
    const values = formValues(formData);
    expect(values).toEqual({ title: "Compost bins", body: "Who has a spare one?\nA big one." });
    expect(parseInput(createThreadSchema, { title: "Compost\u0000 bins", body: "Who has\u0000 a spare one?" })).toEqual({ title: "Compost bins", body: "Who has a spare one?" });
  });

  it("a field of nothing but NULs is empty, and gets the empty-field message", () => {
    expect(() => parseInput(createThreadSchema, { title: "\u0000\u0000", body: "Body" })).toThrow(expect.objectContaining({ fieldErrors: { title: expect.any(String) } }));
  });
});

describe("handleForm: one wording for field messages", () => {
  it("a field's AppError and a validation failure both point at the fields the same way, keeping the values", async () => {
    const values = { email: "someone@example.com" };
    const fromAppError = await handleForm(values, async () => {
      throw new AppError("ALREADY_EXISTS", "An account already uses this email.", { field: "email" });
    });
    expect(fromAppError).toEqual({ status: "error", message: FIELDS_NEED_ATTENTION, fieldErrors: { email: "An account already uses this email." }, values });
    const fromValidation = await handleForm(values, async () => {
      parseInput(createThreadSchema, { title: "", body: "x" });
    });
    expect(fromValidation).toMatchObject({ status: "error", message: FIELDS_NEED_ATTENTION, values });
    expect(Object.keys(fromValidation.fieldErrors ?? {})).toEqual(["title"]);
  });
});

describe("text that looks empty is empty", () => {
  it("trims invisible characters at the edges, not inside", () => {
    expect(trimInvisible("\u200b\u00a0\ufeff Compost\u200d bays \u200b\u2060")).toBe("Compost\u200d bays");
    expect(trimInvisible("\u200b\u200b\u00a0")).toBe("");
    // An emoji sequence keeps its joiners.
    expect(trimInvisible("👩‍🌾 gardeners")).toBe("👩‍🌾 gardeners");
  });

  it("a one-line name loses bidi overrides, so it reads as it was typed", () => {
    expect(singleLineText("\u202Eevil gnp.exe")).toBe("evil gnp.exe");
    expect(singleLineText("a\u2066b\u2069c")).toBe("abc");
    expect(singleLineText("\u200f שלום ")).toBe("שלום");
  });

  it("a one-line name holds no line breaks or tabs, and one space between words", () => {
    expect(singleLineText("City\n\n\nGardeners")).toBe("City Gardeners");
    expect(singleLineText("QA seed \r\n swap\tbox")).toBe("QA seed swap box");
    expect(singleLineText("Seed  swap\u2028night")).toBe("Seed swap night");
    // A no-break space is typed on purpose (French punctuation): it stays.
    expect(singleLineText("Troc\u00a0: graines")).toBe("Troc\u00a0: graines");
  });

  it("a thread titled with zero-width spaces has no title", () => {
    const result = createThreadSchema.safeParse({ title: "\u200b\u200b", body: "\u200b\ufeff" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["title", "Give the thread a title."],
      ["body", "Write something before posting."],
    ]);
  });
});
