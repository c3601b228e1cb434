/**
 * Every feature's forms name what they act on in hidden fields (a group, a meetup, a project,
 * a member). A malformed one — a stale page or a tampered request — gets a form-level message
 * saying which thing is gone, never a field message next to nothing, and keeps what was
 * typed. The check runs before the session is read, so these need no request and no mock.
 */
import { describe, expect, it } from "vitest";
import { initialFormState, staleMessage, type FormState } from "@/lib/forms";
import { joinGroupAction, reinstateMemberAction, removeMemberAction, setMemberRoleAction, updateGroupSettingsAction } from "@/lib/groups/actions";
import { cancelMeetupAction, checkInAction, rsvpAction, scheduleMeetupAction, updateMeetupAction } from "@/lib/meetups/actions";
import { changeProjectStatusAction, createProjectAction, postProjectUpdateAction, removeProjectContributorAction, setContributorRoleAction } from "@/lib/projects/actions";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

const cases: [string, Action, Record<string, string>, string][] = [
  ["scheduling a meetup, bad groupId", scheduleMeetupAction, { groupId: "", title: "Soil lab" }, "group"],
  ["editing a meetup, bad meetupId", updateMeetupAction, { meetupId: "abc", title: "Soil lab" }, "meetup"],
  ["cancelling, bad meetupId", cancelMeetupAction, { meetupId: "-3", reason: "Rain" }, "meetup"],
  ["an RSVP with an unknown answer", rsvpAction, { meetupId: "4", answer: "perhaps" }, "meetup"],
  ["a check-in, bad meetupId", checkInAction, { meetupId: "x", userId: "u1", present: "true" }, "meetup"],
  ["a new project, bad groupId", createProjectAction, { groupId: "g".repeat(41), name: "Compost bays", goal: "Three bays" }, "group"],
  ["a new project, bad source post", createProjectAction, { groupId: "g1", name: "Compost bays", goal: "Three bays", sourcePostId: "zz" }, "post"],
  ["a status change to an unknown status", changeProjectStatusAction, { projectId: "2", status: "paused" }, "project"],
  ["a contributor role, bad person", setContributorRoleAction, { projectId: "2", userId: "", role: "colead" }, "project"],
  ["removing a contributor, bad person", removeProjectContributorAction, { projectId: "2", userId: "" }, "project"],
  ["a progress update, bad projectId", postProjectUpdateAction, { projectId: "0", body: "Collected eleven pallets." }, "project"],
  ["joining a group, no groupId", joinGroupAction, {}, "group"],
  ["a member's role, bad person", setMemberRoleAction, { groupId: "g1", userId: "", role: "moderator" }, "member"],
  ["removing a member, bad person", removeMemberAction, { groupId: "g1", userId: "u".repeat(41) }, "member"],
  ["reinstating a member, bad group", reinstateMemberAction, { groupId: "", userId: "u1" }, "member"],
  ["group settings, bad groupId", updateGroupSettingsAction, { groupId: "", name: "Seed Swappers", description: "About seeds, swapped." }, "group"],
];

describe("forms with a malformed hidden reference", () => {
  it.each(cases)("%s: says the %s is gone, marks no field, keeps the text", async (_case, action, fields, thing) => {
    const state = await action(initialFormState, form(fields));
    expect(state).toEqual({ status: "error", message: staleMessage(thing), values: fields });
  });
});
