import { forbidden, notFound, redirect } from "next/navigation";
import { GroupSettingsForm } from "@/components/groups/group-settings-form";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";
import { signInPath } from "@/lib/auth/paths";

export const generateMetadata = groupPageMetadata("Settings");

/** The owner's (and site admins') page to change the group's name, description, tags and visibility. */
export default async function GroupSettingsPage({ params }: PageProps<"/g/[slug]/settings">) {
  const loaded = await loadGroupForRequest((await params).slug);
  if (!loaded) notFound();
  const { group, actor, viewer } = loaded;
  if (!viewer) redirect(signInPath(`/g/${group.slug}/settings`));
  if (!can(actor, "configure", group)) forbidden();
  return (
    <section aria-labelledby="settings-heading" className="max-w-2xl space-y-4">
      <h2 id="settings-heading" className="text-lg font-semibold">
        Settings
      </h2>
      <GroupSettingsForm group={{ id: group.id, slug: group.slug, name: group.name, description: group.description, tags: group.tags, visibility: group.visibility, listed: group.listed, language: group.language, version: group.settingsVersion }} />
    </section>
  );
}
