import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You cannot do this here</h1>
      <p className="mt-2 text-stone-600">This needs a role you do not have in this group (for example, being a member, a moderator or an organizer).</p>
      <Link href="/groups" className="mt-6 inline-block text-brand-700 underline">
        Back to groups
      </Link>
    </div>
  );
}
