import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangeEmailForm, ChangeNameForm, ChangePasswordForm } from "@/components/auth/account-forms";
import { ACCOUNT_PATH, signInPath } from "@/lib/auth/paths";
import { getViewer } from "@/lib/auth/session";
import { NoticePreferencesForm } from "@/components/notifications/notice-preferences-form";
import { ProfileForm } from "@/components/users/profile-form";
import { loadMutedGroups, loadMutedNotices } from "@/lib/notifications/data";
import { NOTICES_HEADING_ID } from "@/lib/notifications/preferences";
import { loadOwnProfile } from "@/lib/users/data";

export const metadata: Metadata = { title: "Account" };

/** One's own account: the name others see, what one's profile says, the notices one wants, and the password (the email is how one signs in). */
export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(ACCOUNT_PATH));
  const [profile, muted, mutedGroups] = await Promise.all([loadOwnProfile(viewer.id), loadMutedNotices(viewer.id), loadMutedGroups(viewer.id)]);
  return (
    <div className="mx-auto max-w-lg space-y-10">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Account</h1>
        <p className="text-sm text-stone-600">
          You sign in as <span className="font-medium text-stone-900">{viewer.email}</span>.{" "}
          <Link href={`/u/${viewer.id}`} className="font-medium text-brand-700 underline">
            See your profile
          </Link>
        </p>
      </div>
      <section aria-labelledby="name-heading" className="space-y-3">
        <h2 id="name-heading" className="text-lg font-semibold">
          Your name
        </h2>
        <ChangeNameForm name={viewer.name} />
      </section>
      <section aria-labelledby="profile-heading" className="space-y-3">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Your profile
        </h2>
        <p className="text-sm text-stone-600">What other members read about you on your profile page. Everything here is optional.</p>
        <ProfileForm profile={profile} />
      </section>
      <section aria-labelledby={NOTICES_HEADING_ID} className="space-y-3">
        <h2 id={NOTICES_HEADING_ID} className="text-lg font-semibold">
          Notices
        </h2>
        <NoticePreferencesForm muted={muted} />
        {/* One group at a time: its page's "Mute notices" (decision 031). */}
        {mutedGroups.length === 0 ? (
          <p className="text-sm text-stone-600">To quiet one group only, press “Mute notices” on its page.</p>
        ) : (
          <div className="space-y-1 text-sm text-stone-600">
            <h3 className="font-medium text-stone-800">Muted groups</h3>
            <p>These send you none of the notices above; “Mute notices” on a group’s page turns it back on.</p>
            <ul className="list-inside list-disc">
              {mutedGroups.map((group) => (
                <li key={group.slug}>
                  <Link href={`/g/${group.slug}`} lang={group.language} className="font-medium text-brand-700 underline">
                    {group.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-labelledby="email-heading" className="space-y-3">
        <h2 id="email-heading" className="text-lg font-semibold">
          Email
        </h2>
        <ChangeEmailForm email={viewer.email} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        <p className="text-sm text-stone-600">Changing it signs you out of every other browser.</p>
        <ChangePasswordForm email={viewer.email} />
      </section>
    </div>
  );
}
