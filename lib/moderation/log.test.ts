import { describe, expect, it } from "vitest";
import { ACTION_FILTER_GROUPS, ACTION_TARGETS, changedSettings, describeModeration, MODERATION_ACTIONS, moderationLogPath, moderationLogQuerySchema, postLabel, readDetails } from "./log";

const sentence = (action: Parameters<typeof describeModeration>[0], details: unknown, label: string) => {
  const { verb, rest } = describeModeration(action, readDetails(details));
  return `Mo ${verb} ${label}${rest}`;
};

describe("the moderation log's wording", () => {
  it("reads as a sentence around the target's label", () => {
    const post = postLabel("Ana", "Cheap watches");
    expect(post).toBe("Ana's post in “Cheap watches”");
    expect(sentence("post_deleted", {}, post)).toBe("Mo deleted Ana's post in “Cheap watches”");
    expect(sentence("post_deleted", { fromReports: true, threadDeleted: true }, post)).toBe("Mo deleted Ana's post in “Cheap watches” after it was reported, and its thread with it (nothing else was left in it)");
    expect(sentence("reports_dismissed", { reports: 1 }, post)).toBe("Mo kept Ana's post in “Cheap watches” and dismissed its 1 report");
    expect(sentence("reports_dismissed", { reports: 3 }, post)).toBe("Mo kept Ana's post in “Cheap watches” and dismissed its 3 reports");
    expect(sentence("thread_locked", null, "“Spring”")).toBe("Mo locked the thread “Spring”");
    expect(sentence("post_deleted", { fromReports: true, reason: "Advertising is not allowed here." }, post)).toBe("Mo deleted Ana's post in “Cheap watches” after it was reported: “Advertising is not allowed here.”");
    expect(sentence("thread_deleted", { reason: "Duplicate of “Spring swaps”." }, "“Swaps”")).toBe("Mo deleted the thread “Swaps”: “Duplicate of “Spring swaps”.”");
    expect(sentence("member_role_changed", { from: "member", to: "moderator" }, "Ana")).toBe("Mo changed the role of Ana from member to moderator");
    expect(sentence("member_removed", null, "Ana")).toBe("Mo removed Ana from the group");
    expect(sentence("member_removed", { reason: "Spam, three times." }, "Ana")).toBe("Mo removed Ana from the group: “Spam, three times.”");
    expect(sentence("meetup_cancelled", { reason: "Storm warning" }, "Picnic")).toBe("Mo cancelled the meetup Picnic: “Storm warning”");
    expect(sentence("meetup_cancelled", { reason: null }, "Picnic")).toBe("Mo cancelled the meetup Picnic");
    expect(sentence("settings_changed", { fields: ["name", "visibility"] }, "Gardeners")).toBe("Mo changed the settings of Gardeners (name, visibility)");
    expect(sentence("thread_renamed", { previousTitle: "cheap watches!!!" }, "“Off topic”")).toBe("Mo renamed the thread “Off topic” (it was “cheap watches!!!”)");
    expect(sentence("meetup_edited", { changes: "time and place" }, "Picnic")).toBe("Mo changed the meetup Picnic (time and place)");
    expect(sentence("project_update_deleted", { author: "Ana" }, "Seed library")).toBe("Mo deleted Ana's update to the project Seed library");
    expect(sentence("project_update_deleted", {}, "Seed library")).toBe("Mo deleted an update to the project Seed library");
    expect(sentence("project_deleted", { reason: "A shop's catalogue." }, "Seed library")).toBe("Mo deleted the project Seed library: “A shop's catalogue.”");
    expect(sentence("project_deleted", null, "Seed library")).toBe("Mo deleted the project Seed library");
    expect(sentence("post_restored", null, post)).toBe("Mo restored Ana's post in “Cheap watches”");
    expect(sentence("project_update_restored", { author: "Ana" }, "Seed library")).toBe("Mo restored Ana's update to the project Seed library");
    expect(sentence("post_history_cleared", { versions: 2 }, post)).toBe("Mo removed 2 earlier versions of Ana's post in “Cheap watches” from its edit history");
    expect(sentence("post_history_cleared", { versions: 1 }, post)).toBe("Mo removed 1 earlier version of Ana's post in “Cheap watches” from its edit history");
    expect(sentence("post_history_cleared", null, post)).toBe("Mo removed the earlier versions of Ana's post in “Cheap watches” from its edit history");
    expect(sentence("join_request_accepted", null, "Ana")).toBe("Mo accepted the request of Ana to join the group");
    expect(sentence("join_request_declined", { reason: "We only take people from the plot." }, "Ana")).toBe("Mo declined the request of Ana to join the group: “We only take people from the plot.”");
    const link = "the invitation link /invite/Ab3dE9…";
    expect(sentence("invite_created", { days: 7, maxUses: 25 }, link)).toBe("Mo created the invitation link /invite/Ab3dE9… (works 7 days, up to 25 uses)");
    expect(sentence("invite_created", { days: 1, maxUses: null }, link)).toBe("Mo created the invitation link /invite/Ab3dE9… (works 1 day, no limit on uses)");
    expect(sentence("invite_revoked", { uses: 1 }, link)).toBe("Mo revoked the invitation link /invite/Ab3dE9… (1 person had joined with it)");
    expect(sentence("invite_revoked", { uses: 0 }, link)).toBe("Mo revoked the invitation link /invite/Ab3dE9… (nobody had joined with it)");
  });

  it("details that do not parse (an older or damaged row) are left out, not shown as garbage", () => {
    expect(readDetails({ from: "emperor", to: 3 })).toEqual({});
    expect(readDetails("text")).toEqual({});
    expect(sentence("reports_dismissed", { reports: "many" }, "X")).toBe("Mo kept X and dismissed its reports");
    expect(sentence("member_role_changed", null, "Ana")).toBe("Mo changed the role of Ana from ? to ?");
  });

  it("every action has a sentence, a target kind and exactly one filter option", () => {
    const options = ACTION_FILTER_GROUPS.flatMap((group) => group.actions.map((option) => option.value));
    expect([...options].sort()).toEqual([...MODERATION_ACTIONS].sort());
    for (const action of MODERATION_ACTIONS) {
      expect(ACTION_TARGETS[action]).toBeTruthy();
      expect(describeModeration(action, {}).verb).toBeTruthy();
    }
  });

  it("names the settings a save changed, arrays compared by value", () => {
    const before = { name: "Gardeners", description: "Dig", tags: ["soil", "seeds"], visibility: "public", listed: false, language: "en" };
    expect(changedSettings(before, { ...before, tags: ["soil", "seeds"] })).toEqual([]);
    expect(changedSettings(before, { ...before, name: "Growers", tags: ["soil"], visibility: "private" })).toEqual(["name", "tags", "visibility"]);
    expect(changedSettings(before, { ...before, listed: true })).toEqual(["listed"]);
  });
});

describe("the log page's address", () => {
  it("keeps the chosen action; an unknown one or a stray page reads as none", () => {
    expect(moderationLogPath("g", "thread_locked")).toBe("/g/g/log?action=thread_locked");
    expect(moderationLogPath("g")).toBe("/g/g/log");
    expect(moderationLogQuerySchema.parse({ action: "thread_locked", page: "2" })).toEqual({ action: "thread_locked", page: 2 });
    expect(moderationLogQuerySchema.parse({ action: "drop table", page: "x" })).toEqual({ action: undefined, page: 1 });
    expect(moderationLogQuerySchema.parse({ action: ["thread_locked", "post_deleted"] })).toEqual({ action: undefined, page: 1 });
  });
});
