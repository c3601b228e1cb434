/** Names shown in a confirmation before "and N more": a browser dialog is no place for a list. */
const NAMES_SHOWN = 3;

function names(list: readonly string[]): string {
  const quoted = list.slice(0, NAMES_SHOWN).map((name) => `“${name}”`);
  const more = list.length - quoted.length;
  if (more > 0) return `${quoted.join(", ")} and ${more} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}` : (quoted[0] ?? "");
}

/**
 * What "Leave group" asks: how to come back (nobody joins a private group on their own); when
 * the person is the only lead of some of its projects, that those would be left with nobody able
 * to run them (decision 005 §2), and how to avoid it; and when they answered upcoming meetups
 * (`answered`, their titles), that those answers go with them.
 */
export function leaveGroupQuestion(input: { groupName: string; privateGroup: boolean | "listed"; ledAlone: readonly string[]; answered?: readonly string[] }): string {
  const back = input.privateGroup === "listed" ? "You would have to ask to join again." : input.privateGroup ? "Only its owner can add you back." : "You can join again later.";
  const parts = [`Leave ${input.groupName}? ${back}`];
  if (input.ledAlone.length > 0) {
    const projects = input.ledAlone.length === 1 ? "project" : "projects";
    parts.push(`You are the only lead of the ${projects} ${names(input.ledAlone)}: once you leave, nobody can run ${input.ledAlone.length === 1 ? "it" : "them"} until you rejoin. To hand over, make another contributor lead on the project's page first.`);
  }
  const answered = input.answered ?? [];
  if (answered.length > 0) {
    // Leaving withdraws them (withdrawFromGroupMeetups): said before, not found out at the door.
    const meetups = answered.length === 1 ? "the upcoming meetup" : "the upcoming meetups";
    parts.push(`Your answers to ${meetups} ${names(answered)} will be withdrawn: a seat or a place on a waitlist you hold goes to the next in line.`);
  }
  return parts.join("\n\n");
}
