import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      {/* The route's own title would name the page that was refused. */}
      <title>Not allowed · Toile</title>
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You cannot do this here</h1>
      <p className="mt-2 text-stone-600">This page or action needs a role you do not have: some are for a group’s members, others only for the people who run groups — their owners and moderators (health, reports, the moderation log) or organizers (meetups).</p>
      <Link href="/groups" className="mt-6 inline-block text-brand-700 underline">
        Back to groups
      </Link>
    </div>
  );
}
