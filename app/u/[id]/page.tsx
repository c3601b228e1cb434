import type { Metadata } from "next";
import Link from "next/link";
import { PostLink } from "@/components/discussions/post-link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StatusBadge } from "@/components/projects/status-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Avatar } from "@/components/users/avatar";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { getViewer } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/groups/ability";
import { htmlExcerpt } from "@/lib/markdown/excerpt";
import { ROLE_LABELS as PROJECT_ROLE_LABELS } from "@/lib/projects/ability";
import { loadProfile } from "@/lib/users/data";
import { websiteLabel } from "@/lib/users/schema";
import { EmptyState } from "@/components/ui/empty-state";

/** The profile as the viewer may see it, loaded once per request (metadata and page share it). */
const load = cache(async (id: string) => {
  const viewer = await getViewer();
  const profile = await loadProfile(id, viewer);
  return profile && { ...profile, viewer };
});

export async function generateMetadata({ params }: PageProps<"/u/[id]">): Promise<Metadata> {
  const profile = await load((await params).id);
  return { title: profile ? profile.user.name : "Member not found" };
}

export default async function ProfilePage({ params }: PageProps<"/u/[id]">) {
  const { id } = await params;
  const profile = await load(id);
  if (!profile) notFound();
  const { viewer } = profile;
  const now = new Date();
  // Their own profile: an empty list says what to do about it.
  const self = viewer?.id === profile.user.id;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <div className="flex items-center gap-4">
          <Avatar user={profile.user} size="lg" />
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold wrap-anywhere">{profile.user.name}</h1>
            {profile.user.headline && <p className="text-stone-800">{profile.user.headline}</p>}
          </div>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
          {profile.user.location && (
            <li>
              <span className="sr-only">Where: </span>
              {profile.user.location}
            </li>
          )}
          {profile.user.website && (
            <li>
              <span className="sr-only">Website: </span>
              {/* What members write links to elsewhere: no endorsement, no window.opener (as in posts). */}
              <a href={profile.user.website} rel="ugc nofollow noopener noreferrer" className="font-medium text-brand-700 underline">
                {websiteLabel(profile.user.website)}
              </a>
            </li>
          )}
          <li>
            Member since <RelativeTime date={profile.user.createdAt} now={now} />
          </li>
        </ul>
      </header>
      {/* Site admins help someone who forgot their password (Toile sends no email); their own is changed under Account. */}
      {viewer?.isSiteAdmin && viewer.id !== profile.user.id && (
        <section aria-labelledby="site-admin-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="site-admin-heading" className="text-lg font-semibold">
            Site admin
          </h2>
          <p className="text-sm text-stone-600">Forgot their password? Give them a new one here, then hand it over yourself.</p>
          <ResetPasswordForm userId={profile.user.id} name={profile.user.name} />
        </section>
      )}
      {profile.user.bioHtml && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="mb-2 text-lg font-semibold">
            About
          </h2>
          <div className="post-body" dangerouslySetInnerHTML={{ __html: profile.user.bioHtml }} />
        </section>
      )}
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="mb-2 text-lg font-semibold">
          Groups
        </h2>
        {profile.groups.length === 0 ? (
          <EmptyState compact title="No groups to show." action={self ? { href: "/groups", label: "Find a group" } : undefined}>
            {self ? "Groups you join show here, unless they are private." : "Only groups you may see are listed."}
          </EmptyState>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {profile.groups.map((group) => (
              <li key={group.slug}>
                <Link href={`/g/${group.slug}`} className="inline-block rounded-md border border-stone-200 bg-white px-3 py-1.5 text-sm hover:bg-stone-100">
                  <span lang={group.language}>{group.name}</span>
                  {group.role !== "member" && <span className="ml-1 text-xs text-stone-500">({ROLE_LABELS[group.role]})</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading" className="mb-2 text-lg font-semibold">
          Projects
        </h2>
        {profile.projects.length === 0 ? (
          <EmptyState compact title="No projects to show.">{self ? "Projects you lead or take part in show here." : "Only projects in groups you may see are listed."}</EmptyState>
        ) : (
          <ul className="space-y-2">
            {profile.projects.map((project) => (
              <li key={project.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md border border-stone-200 bg-white p-3 text-sm">
                <Link href={`/g/${project.group.slug}/projects/${project.id}`} lang={project.group.language} className="font-medium hover:underline">
                  {project.name}
                </Link>
                <StatusBadge status={project.status} />
                <span className="text-stone-500">
                  {PROJECT_ROLE_LABELS[project.role]} · in <span lang={project.group.language}>{project.group.name}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="mb-2 text-lg font-semibold">
          Recent posts
        </h2>
        {profile.posts.length === 0 ? (
          <EmptyState compact title="No posts to show.">{self ? "Your posts show here once you start or answer a thread." : "Only posts in groups you may see are listed."}</EmptyState>
        ) : (
          <ul className="space-y-2">
            {profile.posts.map((post) => (
              <li key={post.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                <PostLink groupSlug={post.thread.group.slug} postId={post.id} lang={post.thread.group.language} className="font-medium hover:underline">
                  {post.thread.title}
                </PostLink>{" "}
                <span className="text-stone-500">
                  in <span lang={post.thread.group.language}>{post.thread.group.name}</span> · <RelativeTime date={post.createdAt} now={now} />
                </span>
                <p lang={post.thread.group.language} className="mt-1 text-stone-700">{htmlExcerpt(post.html, 160)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
