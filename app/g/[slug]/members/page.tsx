import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddMemberForm } from "@/components/groups/add-member-form";
import { MemberRoleForm } from "@/components/groups/member-role-form";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { can, ROLE_LABELS } from "@/lib/groups/ability";
import { listGroupMembers, MEMBERS_PAGE_SIZE } from "@/lib/groups/data";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { pageExists } from "@/lib/pagination";

export async function generateMetadata({ params }: PageProps<"/g/[slug]/members">): Promise<Metadata> {
  const loaded = await loadGroupForRequest((await params).slug);
  return { title: loaded ? `Members · ${loaded.group.name}` : "Group not found" };
}

export default async function MembersPage({ params, searchParams }: PageProps<"/g/[slug]/members">) {
  const loaded = await loadGroupForRequest((await params).slug);
  if (!loaded) notFound();
  const { page } = directoryQuerySchema.parse(await searchParams);
  const { group, actor } = loaded;
  const { members: active, total } = await listGroupMembers(group.id, page);
  if (!pageExists(page, total, MEMBERS_PAGE_SIZE)) notFound();
  const canManage = can(actor, "manageRoles", group);
  const canAdd = can(actor, "addMembers", group);
  const now = new Date();
  return (
    <section aria-labelledby="members-heading" className="space-y-4">
      <h2 id="members-heading" className="text-lg font-semibold">
        {total} {total === 1 ? "member" : "members"}
      </h2>
      {canManage && <p className="text-sm text-stone-600">As the group&apos;s {actor.isSiteAdmin && actor.membership?.role !== "owner" ? "site admin" : "owner"}, you can appoint moderators and organizers.</p>}
      {canAdd && <AddMemberForm groupId={group.id} />}
      <table className="w-full overflow-hidden rounded-lg border border-stone-200 bg-white text-sm">
        <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-3 py-2">Member</th>
            <th scope="col" className="px-3 py-2">Role</th>
            <th scope="col" className="px-3 py-2">Joined</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {active.map((member) => (
            <tr key={member.user.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/u/${member.user.id}`} className="hover:underline">
                  {member.user.name}
                </Link>
              </th>
              <td className="px-3 py-2">
                {canManage ? <MemberRoleForm groupId={group.id} userId={member.user.id} userName={member.user.name} role={member.role} /> : ROLE_LABELS[member.role]}
              </td>
              <td className="px-3 py-2 text-stone-600">
                <RelativeTime date={member.joinedAt} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageSize={MEMBERS_PAGE_SIZE} total={total} basePath={`/g/${group.slug}/members`} />
    </section>
  );
}
