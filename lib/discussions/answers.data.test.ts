import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listGroupThreads } from "@/lib/groups/data";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { answerNoticeMessage, markAnswer, NOT_A_REPLY_OF_THREAD, OPENER_IS_THE_QUESTION } from "./answers";
import { loadThread } from "./data";
import { deletePost, replyToPost, restorePost, setThreadFlags } from "./mutations";

/** A thread by its author with one reply by a helper, in a group with a moderator and another member. */
async function question() {
  const [author, helper, moderator, other] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  const group = await makeGroup(moderator.id);
  for (const person of [author, helper, other]) await addMember(group.id, person.id);
  const { threadId, postId: openerId } = await makeThread(author.id, group.id, "Which glue for oak?");
  const { postId: replyId } = await replyToPost(helper.id, { threadId, parentId: openerId, body: "Polyurethane glue, clamped overnight." });
  return { author, helper, moderator, other, group, threadId, openerId, replyId };
}
const answerOf = async (threadId: number) => (await db.thread.findUniqueOrThrow({ where: { id: threadId }, select: { answerId: true } })).answerId;

describe("marking a thread's answer (decision 035)", () => {
  it("the author marks a reply; its author hears of it once, however often it is cleared and marked again", async () => {
    const { author, helper, group, threadId, replyId } = await question();
    expect(await markAnswer(author.id, threadId, replyId)).toEqual({ answerId: replyId });
    expect(await answerOf(threadId)).toBe(replyId);
    await markAnswer(author.id, threadId, null);
    expect(await answerOf(threadId)).toBeNull();
    await markAnswer(author.id, threadId, replyId);
    const notices = await db.notification.findMany({ where: { userId: helper.id, kind: "post.answer" }, select: { message: true, url: true } });
    expect(notices).toEqual([{ message: answerNoticeMessage(author.name, "Which glue for oak?"), url: `/g/${group.slug}/posts/${replyId}` }]);
  });

  it("marking another reply moves the answer; one's own reply tells nobody", async () => {
    const { author, helper, threadId, replyId } = await question();
    const { postId: own } = await replyToPost(author.id, { threadId, parentId: replyId, body: "Found it myself in the end: hide glue." });
    await markAnswer(author.id, threadId, replyId);
    await markAnswer(author.id, threadId, own);
    expect(await answerOf(threadId)).toBe(own);
    expect(await db.notification.count({ where: { userId: author.id, kind: "post.answer" } })).toBe(0);
    expect(await db.notification.count({ where: { userId: helper.id, kind: "post.answer" } })).toBe(1);
  });

  it("only the author (while the thread is open) and the moderators mark it", async () => {
    const { author, helper, moderator, other, threadId, replyId } = await question();
    for (const person of [helper, other]) await expect(markAnswer(person.id, threadId, replyId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markAnswer((await makeUser()).id, threadId, replyId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setThreadFlags(moderator.id, threadId, { locked: true });
    await expect(markAnswer(author.id, threadId, replyId)).rejects.toMatchObject({ code: "FORBIDDEN", message: "This thread is locked: only the group's moderators can mark its answer." });
    await markAnswer(moderator.id, threadId, replyId);
    expect(await answerOf(threadId)).toBe(replyId);
  });

  it("refuses the opening post, a reply of another thread and a deleted reply, changing nothing", async () => {
    const { author, helper, group, threadId, openerId, replyId } = await question();
    await markAnswer(author.id, threadId, replyId);
    await expect(markAnswer(author.id, threadId, openerId)).rejects.toMatchObject({ code: "INVALID", message: OPENER_IS_THE_QUESTION });
    const elsewhere = await makeThread(author.id, group.id, "Another question");
    const { postId: otherReply } = await replyToPost(helper.id, { threadId: elsewhere.threadId, parentId: elsewhere.postId, body: "Elsewhere" });
    await expect(markAnswer(author.id, threadId, otherReply)).rejects.toMatchObject({ code: "NOT_FOUND", message: NOT_A_REPLY_OF_THREAD });
    const { postId: gone } = await replyToPost(helper.id, { threadId, parentId: openerId, body: "Wrong, deleted" });
    await deletePost(helper.id, gone);
    await expect(markAnswer(author.id, threadId, gone)).rejects.toMatchObject({ code: "NOT_FOUND", message: NOT_A_REPLY_OF_THREAD });
    expect(await answerOf(threadId)).toBe(replyId);
  });

  it("a deleted answer is no answer for readers, and one again once the moderators restore it", async () => {
    const { author, moderator, group, threadId, replyId } = await question();
    await markAnswer(author.id, threadId, replyId);
    const answered = async () => ({
      thread: (await loadThread(threadId, group.slug, { id: author.id, isSiteAdmin: false }))!.answerId,
      list: (await listGroupThreads(group.id, 1)).threads.find((thread) => thread.id === threadId)!.answered,
    });
    expect(await answered()).toEqual({ thread: replyId, list: true });
    await deletePost(moderator.id, replyId, { reason: null });
    expect(await answered()).toEqual({ thread: null, list: false });
    await restorePost(moderator.id, replyId);
    expect(await answered()).toEqual({ thread: replyId, list: true });
  });
});
