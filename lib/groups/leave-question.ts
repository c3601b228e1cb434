/** Names shown in a confirmation before "and N more": a browser dialog is no place for a list. */
const NAMES_SHOWN = 3;

function names(list: readonly string[]): string {
  const quoted = list.slice(0, NAMES_SHOWN).map((name) => `“${name}”`);
  const more = list.length - quoted.length;
  if (more > 0) return `${quoted.join(", ")} and ${more} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}` : (quoted[0] ?? "");
}

/**
 * What "Leave group" asks: how to come back (nobody joins a private group on their own), and,
 * when the person is the only lead of some of its projects, that those would be left with nobody
 * able to run them (decision 005 §2), and how to avoid it.
 */
export function leaveGroupQuestion(input: { groupName: string; privateGroup: boolean | "listed"; ledAlone: readonly string[] }): string {
  const back = input.privateGroup === "listed" ? "You would have to ask to join again." : input.privateGroup ? "Only its owner can add you back." : "You can join again later.";
  const question = `Leave ${input.groupName}? ${back}`;
  if (input.ledAlone.length === 0) return question;
  const projects = input.ledAlone.length === 1 ? "project" : "projects";
  return `${question}\n\nYou are the only lead of the ${projects} ${names(input.ledAlone)}: once you leave, nobody can run ${input.ledAlone.length === 1 ? "it" : "them"} until you rejoin. To hand over, make another contributor lead on the project's page first.`;
}
