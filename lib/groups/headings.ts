/**
 * Which pages of a group carry their own main heading. A thread, a meetup or a project is what
 * its page is about, so its title is the page's h1 (as on GitHub or Discourse) and the group's
 * name above it is a plain line; on the group's other pages (Discussions, Meetups, Members, a
 * form…) the group's name is the h1. Pure: the group layout's title decides from the pathname.
 */
const OWN_HEADING = [
  /^\/t\/\d+(?:-[^/]*)?(?:\/p\/\d+)?\/?$/, // a thread, or a thread continued from a post
  /^\/meetups\/\d+\/?$/,
  /^\/projects\/\d+\/?$/,
];

export function pageHasOwnHeading(pathname: string, groupBase: string): boolean {
  if (!pathname.startsWith(`${groupBase}/`)) return false;
  const rest = pathname.slice(groupBase.length);
  return OWN_HEADING.some((pattern) => pattern.test(rest));
}
