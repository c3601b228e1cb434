import Link from "next/link";
import { notFound } from "next/navigation";
import { GroupShown } from "@/components/groups/group-shown";
import { GroupTabs } from "@/components/groups/group-tabs";
import { GroupTitle } from "@/components/groups/group-title";
import { MembershipButton } from "@/components/groups/membership-button";
import { MentionGroupProvider } from "@/components/discussions/mention-suggestions";
import { MuteGroupNotices } from "@/components/notifications/mute-group";
import { countOpenReports } from "@/lib/discussions/data";
import { reportsPath } from "@/lib/discussions/paths";
import { can, ROLE_LABELS } from "@/lib/groups/ability";
import { loadGroupForRequest, loadListedGroupForRequest } from "@/lib/groups/page-data";
import { countJoinRequests } from "@/lib/groups/join-requests";
import { moderationLogPath } from "@/lib/moderation/log";
import { listProjectsLedAlone } from "@/lib/projects/data";
import { listUpcomingAnswered } from "@/lib/meetups/data";
import { signInPath } from "@/lib/auth/paths";

export default async function GroupLayout({ children, params }: LayoutProps<"/g/[slug]">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) {
    // A listed private group shows its outsiders its page alone (decision 025): every other page
    // of it answers 404 from the page itself, as for a hidden group.
    const listed = await loadListedGroupForRequest(slug);
    if (!listed) notFound();
    const { group } = listed;
    return (
      <div className="space-y-6">
        <header className="space-y-1 border-b border-stone-200 pb-3">
          <p className="text-xs uppercase tracking-wide text-stone-500">
            Private group · {group.memberCount} {group.memberCount === 1 ? "member" : "members"}
          </p>
          <h1 className="text-2xl font-semibold" lang={group.language}>
            {group.name}
          </h1>
        </header>
        {children}
      </div>
    );
  }
  const { group, actor, viewer, noticesMuted } = loaded;
  const base = `/g/${group.slug}`;
  const moderates = can(actor, "moderate", group);
  // The review queue, with what waits in it (decision 012): only the people who run the group see either.
  const [openReports, joinRequests] = moderates ? await Promise.all([countOpenReports(group.id), countJoinRequests(group.id)]) : [0, 0];
  const tabs = [
    { href: base, label: "Discussions", prefixes: [`${base}/t/`] },
    { href: `${base}/meetups`, label: "Meetups", prefixes: [`${base}/meetups/`] },
    { href: `${base}/projects`, label: "Projects", prefixes: [`${base}/projects/`] },
    // Requests to join waiting (decision 025), for the people who answer them.
    { href: `${base}/members`, label: joinRequests > 0 ? `Members (${joinRequests} ${joinRequests === 1 ? "request" : "requests"})` : "Members" },
    ...(moderates ? [{ href: reportsPath(group.slug), label: `Reports (${openReports})` }] : []),
    // What the moderators did, for the same people (decision 018).
    ...(can(actor, "viewModerationLog", group) ? [{ href: moderationLogPath(group.slug), label: "Moderation log" }] : []),
    // Health evidence is for the people who run the group; members see only the band badge.
    ...(moderates ? [{ href: `${base}/health`, label: "Health" }] : []),
    ...(can(actor, "configure", group) ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  const membership = actor.membership;
  const canLeave = can(actor, "leave", group);
  // Leaving would strand the projects they alone lead: "Leave group" warns first.
  // …and says which upcoming meetups' answers go with them.
  const [ledAlone, answered] = canLeave && viewer ? await Promise.all([listProjectsLedAlone(group.id, viewer.id).then((projects) => projects.map((project) => project.name)), listUpcomingAnswered(group.id, viewer.id)]) : [[], []];
  return (
    <div className="space-y-6">
      <header className="space-y-3 border-b border-stone-200">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <p className="text-xs uppercase tracking-wide text-stone-500">
              {group.visibility === "private" ? "Private group" : "Public group"} · {group.memberCount} {group.memberCount === 1 ? "member" : "members"}
              {membership?.status === "active" && ` · You are ${membership.role === "member" ? "a member" : `${ROLE_LABELS[membership.role].toLowerCase()}`}`}
            </p>
            <GroupTitle name={group.name} href={base} lang={group.language} />
          </div>
          <div className="flex max-w-md flex-wrap items-start justify-end gap-2">
            {/* Its members choose what it tells them (decision 031). */}
            {can(actor, "participate", group) && <MuteGroupNotices groupId={group.id} muted={noticesMuted} />}
            {!viewer && (
              <Link href={signInPath(base)} className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-800">
                Sign in to join
              </Link>
            )}
            {viewer && (can(actor, "join", group) || can(actor, "leave", group)) && <MembershipButton groupId={group.id} groupName={group.name} member={canLeave} ledAlone={ledAlone} answered={answered} privateGroup={group.visibility === "private" && (group.listed ? "listed" : true)} />}
            {membership?.status === "banned" && <p className="text-sm text-red-700">You were removed from this group.</p>}
            {/* No "Leave group" for an owner (a group always keeps one): said, with the way to hand it over. */}
            {membership?.status === "active" && membership.role === "owner" && (
              <p className="max-w-56 text-right text-xs text-stone-600">
                As an owner you cannot leave: make another member owner on the{" "}
                <Link href={`${base}/members`} className="underline">
                  Members page
                </Link>
                , then give up your own role there.
              </p>
            )}
          </div>
        </div>
        <GroupTabs tabs={tabs} />
      </header>
      {/* The group's post boxes suggest its members to @mention (decision 021). */}
      <MentionGroupProvider groupSlug={group.slug}>
        {/* Its 404 page tells a missing page of a group the viewer reads (decision 043). */}
        <GroupShown group={{ name: group.name, base, lang: group.language }}>{children}</GroupShown>
      </MentionGroupProvider>
    </div>
  );
}
