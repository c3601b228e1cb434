/**
 * A group's paginated lists by address, for its 404 page (decision 043): a `?page=` past the end
 * of one of these is the only reason it answers 404 to someone who can see the group, so the page
 * can say which list is shorter. Pure: the group's not-found page decides from the pathname.
 */
const GROUP_LISTS: Record<string, string> = {
  "": "this group's discussions",
  "/meetups": "this group's past meetups",
  "/projects": "this group's projects",
  "/members": "this group's members",
  "/log": "this group's moderation log",
  "/reports": "this group's reported posts",
  "/t/deleted": "this group's deleted threads",
  "/projects/deleted": "this group's deleted projects",
};

/** "/g/velo/meetups" → { listName: "this group's past meetups", firstPageHref: "/g/velo/meetups" }; null off the lists. */
export function groupListAt(pathname: string): { listName: string; firstPageHref: string } | null {
  const match = /^(\/g\/[^/]+)(\/.*?)?\/?$/.exec(pathname);
  if (!match) return null;
  const rest = match[2] ?? "";
  const listName = Object.hasOwn(GROUP_LISTS, rest) ? GROUP_LISTS[rest] : undefined;
  return listName ? { listName, firstPageHref: `${match[1]}${rest}` } : null;
}
