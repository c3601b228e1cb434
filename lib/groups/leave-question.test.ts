import { describe, expect, it } from "vitest";
import { leaveGroupQuestion } from "./leave-question";

describe("leaveGroupQuestion", () => {
  it("says how to come back, by the group's visibility", () => {
    expect(leaveGroupQuestion({ groupName: "City Gardeners", privateGroup: false, ledAlone: [] })).toBe("Leave City Gardeners? You can join again later.");
    expect(leaveGroupQuestion({ groupName: "Board", privateGroup: true, ledAlone: [] })).toBe("Leave Board? Only its owner can add you back.");
    expect(leaveGroupQuestion({ groupName: "Board", privateGroup: "listed", ledAlone: [] })).toBe("Leave Board? You would have to ask to join again.");
  });

  it("warns the only lead of a project that nobody could run it", () => {
    expect(leaveGroupQuestion({ groupName: "City Gardeners", privateGroup: false, ledAlone: ["Seed library"] })).toBe(
      "Leave City Gardeners? You can join again later.\n\nYou are the only lead of the project “Seed library”: once you leave, nobody can run it until you rejoin. To hand over, make another contributor lead on the project's page first.",
    );
  });

  it("names a few projects and counts the rest", () => {
    expect(leaveGroupQuestion({ groupName: "G", privateGroup: false, ledAlone: ["A", "B"] })).toContain("the projects “A” and “B”: once you leave, nobody can run them");
    expect(leaveGroupQuestion({ groupName: "G", privateGroup: false, ledAlone: ["A", "B", "C"] })).toContain("the projects “A”, “B” and “C”:");
    expect(leaveGroupQuestion({ groupName: "G", privateGroup: false, ledAlone: ["A", "B", "C", "D", "E"] })).toContain("the projects “A”, “B”, “C” and 2 more:");
  });

  it("says that answers to upcoming meetups go with the member, after any projects", () => {
    expect(leaveGroupQuestion({ groupName: "G", privateGroup: false, ledAlone: [], answered: ["Seed swap"] })).toBe(
      "Leave G? You can join again later.\n\nYour answers to the upcoming meetup “Seed swap” will be withdrawn: a seat or a place on a waitlist you hold goes to the next in line.",
    );
    expect(leaveGroupQuestion({ groupName: "G", privateGroup: false, ledAlone: ["A"], answered: ["Swap", "Walk"] })).toMatch(/run it until you rejoin\. .*\n\nYour answers to the upcoming meetups “Swap” and “Walk” will be withdrawn/);
  });
});
