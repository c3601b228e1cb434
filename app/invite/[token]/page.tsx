import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { JoinByInviteButton } from "@/components/invites/join-by-invite";
import { ButtonLink } from "@/components/ui/button";
import { signInPath, signUpPath } from "@/lib/auth/paths";
import { getViewer } from "@/lib/auth/session";
import { loadInvitation } from "@/lib/invites/data";
import { INVITE_STATE_MESSAGES, inviteState } from "@/lib/invites/rules";
import { invitePath } from "@/lib/invites/token";

export const metadata: Metadata = {
  title: "Invitation",
  // The token is the key to the group: it must not leave in a Referer (the description's links)
  // nor end up in a search engine.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

function Frame({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8">
      <h1 className="text-2xl font-semibold">{heading}</h1>
      {children}
    </div>
  );
}

/**
 * An invitation link (decision 015). A private group shows only its public face here: name,
 * description, member count and who invited; a link that no longer works shows not even that.
 */
export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const viewer = await getViewer();
  const invitation = await loadInvitation(token, viewer?.id ?? null);
  if (!invitation) notFound();
  const { group } = invitation;
  const groupPath = `/g/${group.slug}`;

  if (invitation.viewerStatus === "active") {
    return (
      <Frame heading={<span lang={group.language}>{group.name}</span>}>
        <p>You are already a member of this group.</p>
        <ButtonLink href={groupPath}>Go to {group.name}</ButtonLink>
      </Frame>
    );
  }
  if (invitation.viewerStatus === "banned") {
    return (
      <Frame heading={<span lang={group.language}>{group.name}</span>}>
        <p role="alert">You were removed from this group and cannot rejoin it.</p>
      </Frame>
    );
  }
  const state = inviteState(invitation, new Date());
  if (state !== "usable") {
    return (
      <Frame heading="Invitation unavailable">
        <p>{INVITE_STATE_MESSAGES[state]} Ask whoever sent it to you for a new one.</p>
        <Link href="/groups" className="text-brand-700 underline">
          Browse groups
        </Link>
      </Frame>
    );
  }

  const here = invitePath(token);
  return (
    <Frame
      heading={
        <>
          You are invited to join <span lang={group.language}>{group.name}</span>
        </>
      }
    >
      <p className="text-sm text-stone-600">
        {invitation.createdBy.name} invited you · {group.memberCount} {group.memberCount === 1 ? "member" : "members"}
      </p>
      <div lang={group.language} className="post-body rounded-lg border border-stone-200 bg-white p-4 text-sm" dangerouslySetInnerHTML={{ __html: group.descriptionHtml }} />
      {viewer ? (
        <JoinByInviteButton token={token} groupName={group.name} />
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <ButtonLink href={signInPath(here)}>Sign in to join</ButtonLink>
          <ButtonLink href={signUpPath(here)} variant="secondary">
            Create an account
          </ButtonLink>
        </div>
      )}
    </Frame>
  );
}
