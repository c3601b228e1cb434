import type { Metadata } from "next";
import Link from "next/link";
import { PersonLink } from "@/components/users/avatar";
import { notFound } from "next/navigation";
import { AddMemberForm } from "@/components/groups/add-member-form";
import { InviteLinks } from "@/components/invites/invite-links";
import { JoinRequestActions, MemberModerationOutcome, MemberModerationStatus, ReinstateMemberButton, RemoveMemberButton } from "@/components/groups/member-moderation";
import { MemberRoleForm } from "@/components/groups/member-role-form";
import { Pagination } from "@/components/ui/pagination";
import { FormPanelRow, SimpleTable } from "@/components/ui/simple-table";
import { SearchForm } from "@/components/ui/search-form";
import { RelativeTime } from "@/components/ui/relative-time";
import { can, removalRefusal, ROLE_LABELS } from "@/lib/groups/ability";
import { listGroupMembers, listRemovedMembers, MEMBERS_PAGE_SIZE, REMOVED_MEMBERS_PAGE_SIZE } from "@/lib/groups/data";
import { membersQuerySchema } from "@/lib/groups/schema";
import { listActiveInvites } from "@/lib/invites/data";
import { JOIN_REQUESTS_ID, listJoinRequests } from "@/lib/groups/join-requests";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata({ params }: PageProps<"/g/[slug]/members">): Promise<Metadata> {
  const loaded = await loadGroupForRequest((await params).slug);
  return { title: loaded ? `Members · ${loaded.group.name}` : "Group not found" };
}

function PersonHeader({ user }: { user: { id: string; name: string } }) {
  return (
    <th scope="row" className="px-3 py-2 text-left font-medium">
      <PersonLink user={user} className="" />
    </th>
  );
}

export default async function MembersPage({ params, searchParams }: PageProps<"/g/[slug]/members">) {
  const loaded = await loadGroupForRequest((await params).slug);
  if (!loaded) notFound();
  const query = membersQuerySchema.parse(await searchParams);
  const { q, page } = query;
  const { group, actor } = loaded;
  const canManage = can(actor, "manageRoles", group);
  const canAdd = can(actor, "addMembers", group);
  const canRemove = can(actor, "removeMembers", group);
  let removedPage = query.removedPage;
  const now = new Date();
  const [{ members: active, total }, removedAsked, invites, requests] = await Promise.all([
    listGroupMembers(group.id, { page, q }),
    canRemove ? listRemovedMembers(group.id, { page: removedPage, q }) : null,
    canAdd ? listActiveInvites(group.id, now) : null,
    // Requests to join, for the people who moderate (decision 025).
    canRemove ? listJoinRequests(group.id) : null,
  ]);
  if (!pageExists(page, total, MEMBERS_PAGE_SIZE)) notFound();
  let removed = removedAsked;
  if (removed && !pageExists(removedPage, removed.total, REMOVED_MEMBERS_PAGE_SIZE)) {
    // The removed list's last page instead of a 404: reinstating the last person on it empties
    // the page the moderator is on, and the page re-renders at the same address.
    removedPage = Math.max(1, Math.ceil(removed.total / REMOVED_MEMBERS_PAGE_SIZE));
    removed = await listRemovedMembers(group.id, { page: removedPage, q });
  }
  const basePath = `/g/${group.slug}/members`;
  const matching = q ? ` matching “${q}”` : "";
  const content = (
    <div className="space-y-6">
      {canRemove && <MemberModerationOutcome />}
      {requests && (requests.length > 0 || (group.visibility === "private" && group.listed)) && (
        <section id={JOIN_REQUESTS_ID} aria-labelledby="requests-heading" className="scroll-mt-20 space-y-3">
          <h2 id="requests-heading" className="text-lg font-semibold">
            Requests to join ({requests.length})
          </h2>
          {requests.length === 0 ? (
            <EmptyState compact title="No request waiting.">The group is listed in the directory: anyone can find it and ask to join.</EmptyState>
          ) : (
            <ul aria-label="Requests to join" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {requests.map((request) => (
                <li key={request.id} className="space-y-2 px-3 py-3 text-sm">
                  <p>
                    <Link href={`/u/${request.user.id}`} className="font-medium hover:underline">
                      {request.user.name}
                    </Link>{" "}
                    <span className="text-stone-600">
                      asked <RelativeTime date={request.createdAt} now={now} />
                    </span>
                  </p>
                  {request.message && <blockquote className="whitespace-pre-wrap break-words border-l-2 border-stone-300 pl-3 text-stone-700">{request.message}</blockquote>}
                  <JoinRequestActions requestId={request.id} userName={request.user.name} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-lg font-semibold">
          {group.memberCount} {group.memberCount === 1 ? "member" : "members"}
        </h2>
        {canManage && <p className="text-sm text-stone-600">As {actor.isSiteAdmin && actor.membership?.role !== "owner" ? "a site admin" : "the group's owner"}, you can appoint moderators and organizers.</p>}
        {canRemove && (
          <p className="text-sm text-stone-600">
            {/* Owners and site admins can do both; a moderator only this. */}
            {canManage ? "You can also remove members (not owners) and reinstate them." : "As the group's moderator, you can remove members (not owners or other moderators) and reinstate them."}
          </p>
        )}
        {canAdd && <AddMemberForm groupId={group.id} />}
        <SearchForm action={basePath} id="member-search" label={canRemove ? "Find members and removed people by name" : "Find members by name"} value={q} />
        {q && (
          <p className="text-sm text-stone-600" aria-live="polite">
            {total === 0 ? `No member${matching}.` : `${total} ${total === 1 ? "member" : "members"}${matching}.`}{" "}
            <Link href={basePath} className="text-brand-700 hover:underline">
              Show everyone
            </Link>
          </p>
        )}
        {active.length > 0 && (
          // On a phone "Joined" goes under the role: the role's menu and Remove keep the width.
          <SimpleTable label="Members" columns={["Member", "Role", { label: "Joined", className: "hidden sm:table-cell" }, ...(canRemove ? ["Actions"] : [])]}>
            {active.flatMap((member) => [
              <tr key={member.user.id}>
                <PersonHeader user={member.user} />
                <td className="px-3 py-2">
                  {canManage ? <MemberRoleForm groupId={group.id} userId={member.user.id} userName={member.user.name} role={member.role} /> : ROLE_LABELS[member.role]}
                  <span className="block text-xs text-stone-600 sm:hidden">
                    joined <RelativeTime date={member.joinedAt} now={now} />
                  </span>
                </td>
                <td className="hidden px-3 py-2 text-stone-600 sm:table-cell">
                  <RelativeTime date={member.joinedAt} now={now} />
                </td>
                {canRemove && (
                  <td className="px-3 py-2">
                    {removalRefusal(actor, { userId: member.user.id, role: member.role, status: "active" }, group) === null && (
                      <RemoveMemberButton groupId={group.id} groupName={group.name} userId={member.user.id} userName={member.user.name} />
                    )}
                  </td>
                )}
              </tr>,
              // Where "Remove"'s form opens, across the table under the member's row (decision 039).
              canRemove && <FormPanelRow key={`${member.user.id}-panel`} columns={4} />,
            ])}
          </SimpleTable>
        )}
        <Pagination
          page={page}
          pageSize={MEMBERS_PAGE_SIZE}
          total={total}
          basePath={basePath}
          params={{ q, removedPage: removedPage > 1 ? String(removedPage) : undefined }}
          label="Pages of members"
        />
      </section>
      {removed && (removed.total > 0 || q) && (
        <section aria-labelledby="removed-heading" className="space-y-2">
          <h2 id="removed-heading" className="text-lg font-semibold">
            Removed ({removed.total}{matching})
          </h2>
          <p className="text-sm text-stone-600">
            They cannot post, reply, react, RSVP, join projects or join the group again{group.visibility === "private" ? ", and the group is hidden from them" : ""}. Reinstating someone makes them a
            member again.
          </p>
          {removed.total === 0 ? (
            <p className="text-sm text-stone-600">Nobody removed{matching}.</p>
          ) : (
            <SimpleTable label="Removed people" columns={["Person", "Removed", "Actions"]}>
              {removed.members.map((member) => (
                <tr key={member.user.id}>
                  <PersonHeader user={member.user} />
                  <td className="px-3 py-2 text-stone-600">{member.removedAt ? <RelativeTime date={member.removedAt} now={now} /> : "—"}</td>
                  <td className="px-3 py-2">
                    <ReinstateMemberButton groupId={group.id} userId={member.user.id} userName={member.user.name} />
                  </td>
                </tr>
              ))}
            </SimpleTable>
          )}
          <Pagination
            page={removedPage}
            pageSize={REMOVED_MEMBERS_PAGE_SIZE}
            total={removed.total}
            basePath={basePath}
            params={{ q, page: page > 1 ? String(page) : undefined }}
            pageParam="removedPage"
            label="Pages of removed people"
          />
        </section>
      )}
      {invites && <InviteLinks groupId={group.id} invites={invites} now={now} />}
    </div>
  );
  return canRemove ? <MemberModerationStatus>{content}</MemberModerationStatus> : content;
}
