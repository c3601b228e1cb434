import { describe, expect, it } from "vitest";
import { reviewGroup, unansweredContributors, unansweredThreads } from "./recommendations";
import { DAY, HOUR, at, daysAgo, GroupBuilder, hoursAgo, NOW } from "./test-helpers";

describe("unansweredThreads", () => {
  const b = new GroupBuilder({ members: 3 });
  const answered = b.thread("m1", daysAgo(5), b.text(8));
  b.reply(answered.postId, "m2", at(5 * DAY - 47 * HOUR), b.text(8));
  const lateAnswer = b.thread("m1", daysAgo(6), b.text(8));
  b.reply(lateAnswer.postId, "m2", at(6 * DAY - 49 * HOUR), b.text(8));
  const selfOnly = b.thread("m2", daysAgo(4), b.text(8));
  b.reply(selfOnly.postId, "m2", daysAgo(3.9), b.text(8));
  const shortReply = b.thread("m3", daysAgo(3), b.text(8));
  b.reply(shortReply.postId, "m1", daysAgo(2.9), "ok");
  const young = b.thread("m3", hoursAgo(47), b.text(8)); // not older than 48 h yet
  b.thread("m1", daysAgo(3), "too short"); // opener is not a QM
  b.thread("m1", daysAgo(31), b.text(8)); // older than 30 days
  const activity = b.build();

  it("returns threads older than 48 h still without a QM reply from another member, newest first", () => {
    expect(unansweredThreads(activity, NOW)).toEqual([shortReply.threadId, selfOnly.threadId]);
  });

  it("keeps threads answered after 48 h apart: they lower responsiveness but need no answer", () => {
    const review = reviewGroup(activity, NOW);
    expect(review.unansweredThreadIds).toEqual([shortReply.threadId, selfOnly.threadId]);
    expect(review.answeredLateThreadIds).toEqual([lateAnswer.threadId]);
    // Each of them lowers responsiveness. So does the 47-hour-old thread with no reply yet, which
    // is not listed: it can still be answered in time.
    const responsiveness = review.report.dimensions[0]!.metrics.find((m) => m.key === "responsiveness")!;
    expect(responsiveness.explanation).toMatch(/^1 of 5 new threads got a reply/);
  });

  it("takes the delay as a parameter", () => {
    expect(unansweredThreads(activity, NOW, 24)).toEqual([young.threadId, shortReply.threadId, selfOnly.threadId]);
    expect(reviewGroup(activity, NOW, 24).answeredLateThreadIds).toEqual([answered.threadId, lateAnswer.threadId]);
    expect(unansweredThreads(activity, NOW, 50)).toEqual([shortReply.threadId, selfOnly.threadId]);
  });
});

describe("unansweredContributors", () => {
  it("lists members with ≥ 3 QMs in 30 days none of which got a QM reply from someone else", () => {
    const b = new GroupBuilder({ members: 5 });
    for (let i = 0; i < 4; i++) b.thread("m1", daysAgo(i + 1), b.text(8)); // 4, never answered
    const m2 = [0, 1, 2].map((i) => b.thread("m2", daysAgo(i + 1), b.text(8))); // 3, never answered
    const m3 = [0, 1, 2].map((i) => b.thread("m3", daysAgo(i + 1), b.text(8)));
    const toM3 = b.reply(m3[0]!.postId, "m4", daysAgo(0.5), b.text(8)); // m3 got an answer
    const m4 = [0, 1, 2].map((i) => b.thread("m4", daysAgo(i + 2), b.text(8)));
    b.reply(m4[0]!.postId, "m4", daysAgo(1), b.text(8)); // m4 answering himself does not count
    b.reply(m4[1]!.postId, "m5", daysAgo(1), "thanks"); // not a QM
    for (let i = 0; i < 2; i++) b.thread("m5", daysAgo(i + 1), b.text(8)); // only 2
    expect(unansweredContributors(b.build(), NOW)).toEqual(["m4", "m1", "m2"]);
    // With their messages, and the latest one: the one a moderator is sent to answer.
    const review = reviewGroup(b.build(), NOW).unansweredContributors;
    expect(review.find((member) => member.id === "m2")).toEqual({ id: "m2", messages: 3, latestPostId: m2[0]!.postId });
    expect(review.find((member) => member.id === "m4")).toEqual({ id: "m4", messages: 5, latestPostId: toM3 });
  });
});

describe("reviewGroup", () => {
  it("gives exactly the report and the evidence of the separate calls, from one classification", async () => {
    const { generateSyntheticActivity } = await import("./synthetic");
    const { computeGroupHealth } = await import("./compute");
    const { reviewGroup, unansweredContributors, unansweredThreads } = await import("./recommendations");
    const now = new Date("2026-06-15T12:00:00Z");
    const activity = generateSyntheticActivity({ seed: 7, now, members: 40, threads: 60, posts: 600, olderPosts: 300 });
    const review = reviewGroup(activity, now);
    expect(review.report).toEqual(computeGroupHealth(activity, now));
    expect(review.unansweredThreadIds).toEqual(unansweredThreads(activity, now));
    expect(review.unansweredContributors.map((member) => member.id)).toEqual(unansweredContributors(activity, now));
    expect(review.unansweredThreadIds.length + review.report.overall).toBeGreaterThan(0);
  });
});
