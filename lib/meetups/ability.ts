/**
 * Who may see what of a meetup: pure rules, no database (the caller reads the actor's
 * membership from the database, see lib/groups/ability.ts).
 */
import { isActiveMember, type GroupActor } from "@/lib/groups/ability";

/**
 * The online meeting link is for the group's active members, as the meetup form promises
 * ("Shown to the group's members only"), and for site admins, who moderate every group. A
 * public meetup page, .ics file or feed is readable by anyone, so everywhere else says
 * "Online" without it. The meetup page, its .ics and the feeds all follow this rule.
 */
export function canSeeMeetingLink(actor: GroupActor): boolean {
  return isActiveMember(actor) || actor.isSiteAdmin;
}
