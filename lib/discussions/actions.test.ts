import { describe, expect, it } from "vitest";
import { initialFormState, staleMessage } from "@/lib/forms";
import { createThreadAction, deletePostAction, deleteThreadAction, editPostAction, editThreadTitleAction, replyAction, restoreThreadAction, setReactionAction } from "./actions";
import { STALE_POST_MESSAGE, STALE_THREAD_MESSAGE } from "./schema";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

// A malformed hidden reference (a stale page, a tampered request) is refused before the
// session is read, so these run without a request: no mock involved.
describe("discussion actions with a malformed hidden reference", () => {
  it.each([
    ["threadId", { threadId: "abc", parentId: "7" }],
    ["parentId", { threadId: "3", parentId: "" }],
    ["threadId", { threadId: "99999999999", parentId: "7" }],
    ["parentId", { threadId: "3", parentId: "-1" }],
  ])("a reply with a bad %s gets a form-level message, no field error, and keeps the text", async (_field, refs) => {
    const state = await replyAction(initialFormState, form({ ...refs, body: "My careful answer" }));
    expect(state).toEqual({ status: "error", message: STALE_THREAD_MESSAGE, values: { ...refs, body: "My careful answer" } });
  });

  it("the reference message wins over a body error: the body cannot be saved anywhere", async () => {
    const state = await replyAction(initialFormState, form({ threadId: "x", parentId: "1", body: "" }));
    expect(state.message).toBe(STALE_THREAD_MESSAGE);
    expect(state.fieldErrors).toBeUndefined();
  });

  it("a new thread with a missing or oversized groupId keeps its title and body", async () => {
    for (const groupId of ["", "g".repeat(41)]) {
      const state = await createThreadAction(initialFormState, form({ groupId, title: "Seed swap?", body: "Who has tomato seeds?" }));
      expect(state.status).toBe("error");
      expect(state.message).toBe(staleMessage("group"));
      expect(state.fieldErrors).toBeUndefined();
      expect(state.values).toMatchObject({ title: "Seed swap?", body: "Who has tomato seeds?" });
    }
  });

  it("an edit or a delete of a malformed post id says so", async () => {
    const edit = await editPostAction(initialFormState, form({ postId: "1.5", body: "Edited text" }));
    expect(edit).toMatchObject({ status: "error", message: STALE_POST_MESSAGE, values: { body: "Edited text" } });
    expect(edit.fieldErrors).toBeUndefined();
    expect(await deletePostAction(initialFormState, form({ postId: "" }))).toMatchObject({ status: "error", message: STALE_POST_MESSAGE });
  });

  it.each([
    ["no intended state (an old page's toggle)", { postId: "5", kind: "like" }],
    ["an intended state that is not true or false", { postId: "5", kind: "like", on: "toggle" }],
    ["no kind", { postId: "5", on: "true" }],
    ["a kind that does not exist", { postId: "5", kind: "angry", on: "true" }],
    ["a malformed post id", { postId: "x", kind: "like", on: "true" }],
  ])("a reaction with %s is refused as stale before anything is read", async (_case, fields) => {
    expect(await setReactionAction(initialFormState, form(fields))).toMatchObject({ status: "error", message: STALE_POST_MESSAGE });
  });

  it("visible fields still get their own messages when the references are fine", async () => {
    const state = await replyAction(initialFormState, form({ threadId: "3", parentId: "7", body: "  " }));
    expect(state.fieldErrors).toEqual({ body: "Write something before posting." });
    expect(state.values?.body).toBe("  ");
  });
});

describe("thread actions with bad input", () => {
  it("a title edit is validated as a new thread's title, on its field, keeping what was typed", async () => {
    for (const [title, message] of [
      ["   ", "Give the thread a title."],
      ["x".repeat(201), /Keep the title/],
    ] as const) {
      const state = await editThreadTitleAction(initialFormState, form({ threadId: "3", title }));
      expect(state.status).toBe("error");
      expect(state.fieldErrors?.title).toMatch(message);
      expect(state.values).toEqual({ threadId: "3", title });
    }
  });

  it("a title edit or a thread deletion naming a malformed thread says so at the form's level", async () => {
    const edit = await editThreadTitleAction(initialFormState, form({ threadId: "abc", title: "A fine title" }));
    expect(edit).toEqual({ status: "error", message: STALE_THREAD_MESSAGE, values: { threadId: "abc", title: "A fine title" } });
    expect(await deleteThreadAction(initialFormState, form({ threadId: "" }))).toMatchObject({ status: "error", message: STALE_THREAD_MESSAGE });
    expect(await restoreThreadAction(initialFormState, form({ threadId: "x" }))).toMatchObject({ status: "error", message: STALE_THREAD_MESSAGE });
  });
});
