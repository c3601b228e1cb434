import { db } from "@/lib/db";
import { visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";
import { listUserProjects } from "@/lib/projects/data";

/** A member's public profile: their groups and recent posts, limited to what the viewer may see. */
export async function loadProfile(userId: string, viewer: ViewerRef | null) {
  if (!/^[a-z0-9]{10,40}$/i.test(userId)) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, createdAt: true, headline: true, location: true, website: true, bioHtml: true },
  });
  if (!user) return null;
  const visible = visibleGroupsWhere(viewer);
  const [groups, posts, projects] = await Promise.all([
    db.group.findMany({
      where: { AND: [visible, { memberships: { some: { userId, status: "active" } } }] },
      orderBy: { name: "asc" },
      select: { slug: true, name: true, language: true, memberships: { where: { userId }, select: { role: true } } },
    }),
    db.post.findMany({
      // Not the posts of a deleted thread: their links would lead to a 404.
      where: { authorId: userId, deletedAt: null, thread: { deletedAt: null, group: visible } },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, createdAt: true, html: true, thread: { select: { id: true, slug: true, title: true, group: { select: { slug: true, name: true, language: true } } } } },
    }),
    // The projects they contribute to, in groups the viewer may see.
    listUserProjects(userId, viewer),
  ]);
  return { user, groups: groups.map(({ memberships, ...group }) => ({ ...group, role: memberships[0]?.role ?? "member" })), posts, projects };
}

/** What one's own profile says, as the settings form edits it (decision 028). */
export async function loadOwnProfile(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { headline: true, location: true, website: true, bio: true } });
}
