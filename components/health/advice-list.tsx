import Link from "next/link";
import type { Advice } from "@/lib/health/advice";
import { MEETUP_MIN_CHECKINS } from "@/lib/health/constants";
import { formatAbsolute } from "@/lib/time";

/**
 * Recommendations, each with its evidence and a link to act on it. `canStartProjects` is false
 * for a site admin who is not a member: starting a project needs membership, so no link that
 * would end in a refusal. `canStartThreads` likewise: a site admin outside a private group can
 * neither post nor join it, and "Start a thread" would lead to a 403. `lang` is the group's
 * language, of the titles its people wrote.
 */
export function AdviceList({ advice, lang, canStartProjects, canStartThreads }: { advice: Advice[]; lang: string; canStartProjects: boolean; canStartThreads: boolean }) {
  if (advice.length === 0) return <p className="text-sm text-stone-600">Nothing needs your attention right now.</p>;
  return (
    <ul className="space-y-4">
      {advice.map((item) => (
        <li key={item.kind} className="rounded-lg border border-stone-200 bg-white p-4">
          {item.kind === "revive-discussion" && (
            <>
              <h3 className="font-medium">{item.quietDays === null ? "Nobody has written yet" : `No message in ${item.quietDays} days`} — start a conversation</h3>
              <p className="text-sm text-stone-600">
                A quiet group wakes up with a question its members can answer from experience, or news they will want to discuss. Everything else in this page grows from there.
              </p>
              {canStartThreads ? (
                <Link href={item.href} className="mt-2 inline-block py-0.5 text-sm font-medium text-brand-700 hover:underline">
                  Start a thread →
                </Link>
              ) : (
                <p className="mt-2 text-sm text-stone-600">Only its members can start a thread here: ask the group&apos;s owner or moderators to.</p>
              )}
            </>
          )}
          {item.kind === "unanswered-threads" && (
            <>
              <h3 className="font-medium">
                {item.count} {item.count === 1 ? "thread has" : "threads have"} had no reply for over 48 hours
              </h3>
              <p className="text-sm text-stone-600">
                A first answer keeps newcomers coming back. Reply, or ask someone who knows.
                {item.answeredLate > 0 && ` ${item.answeredLate} other ${item.answeredLate === 1 ? "thread" : "threads"} got a first reply only after 48 hours, which lowers responsiveness too.`}
              </p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {item.threads.map((thread) => (
                  <li key={thread.id}>
                    {/* Beside plain text in the item, a link is told by more than its colour (WCAG 1.4.1). */}
                    <Link href={thread.href} lang={lang} className="text-brand-700 underline decoration-brand-600/40 hover:decoration-brand-700">
                      {thread.title}
                    </Link>{" "}
                    <span className="text-stone-500">({thread.ageDays} days old)</span>
                  </li>
                ))}
              </ul>
              {item.more > 0 && <p className="mt-1 text-sm text-stone-600">…and {item.more} older {item.more === 1 ? "one" : "ones"}.</p>}
            </>
          )}
          {item.kind === "schedule-meetup" && (
            <>
              <h3 className="font-medium">{item.lastHeldDaysAgo === null ? "No meetup counted as held yet" : `No meetup held in ${item.lastHeldDaysAgo} days`} — schedule one</h3>
              <p className="text-sm text-stone-600">
                Meeting offline is how members go deeper into a theme; nothing is planned. (A meetup counts as held once at least {MEETUP_MIN_CHECKINS} members are checked in.)
              </p>
              <Link href={item.href} className="mt-2 inline-block py-0.5 text-sm font-medium text-brand-700 hover:underline">
                Schedule a meetup →
              </Link>
            </>
          )}
          {item.kind === "check-in-meetup" && (
            <>
              <h3 className="font-medium">
                “<span lang={lang}>{item.title}</span>” does not count as held yet — check in who came
              </h3>
              <p className="text-sm text-stone-600">
                {item.checkedIn} of the {MEETUP_MIN_CHECKINS} members checked in that a meetup needs to count. Check-in stays open until{" "}
                <time dateTime={item.closesAt}>{formatAbsolute(new Date(item.closesAt))}</time>.
              </p>
              <Link href={item.href} className="mt-2 inline-block py-0.5 text-sm font-medium text-brand-700 hover:underline">
                Check people in →
              </Link>
            </>
          )}
          {item.kind === "active-threads" && (
            <>
              <h3 className="font-medium">The liveliest threads could become a meetup or a project</h3>
              <ul className="mt-2 space-y-2 text-sm">
                {item.threads.map((thread) => (
                  <li key={thread.id}>
                    {/* Beside plain text in the item, a link is told by more than its colour (WCAG 1.4.1). */}
                    <Link href={thread.href} lang={lang} className="text-brand-700 underline decoration-brand-600/40 hover:decoration-brand-700">
                      {thread.title}
                    </Link>{" "}
                    <span className="text-stone-500">
                      ({thread.posts} posts by {thread.authors} members in 30 days)
                    </span>
                    {/* What already came of the thread is linked, not suggested again. */}
                    {/* Each link 24 px tall to tap (WCAG 2.5.8), reaching into the lines' spacing. */}
                    <span className="ml-2 inline-flex flex-wrap gap-x-3">
                      {thread.meetup ? (
                        <Link href={thread.meetup.href} className="-my-0.5 inline-block py-0.5 font-medium text-brand-700 hover:underline">
                          Its meetup: <span lang={lang}>{thread.meetup.title}</span>
                        </Link>
                      ) : (
                        // Read out of its line (a list of the page's links), each says which thread it is for.
                        <Link href={thread.meetupHref} aria-label={`Take it offline: ${thread.title}`} className="-my-0.5 inline-block py-0.5 font-medium text-brand-700 hover:underline">
                          Take it offline
                        </Link>
                      )}
                      {thread.project ? (
                        <Link href={thread.project.href} className="-my-0.5 inline-block py-0.5 font-medium text-brand-700 hover:underline">
                          Its project: <span lang={lang}>{thread.project.title}</span>
                        </Link>
                      ) : (
                        canStartProjects && (
                          <Link href={thread.projectHref} aria-label={`Start a project from it: ${thread.title}`} className="-my-0.5 inline-block py-0.5 font-medium text-brand-700 hover:underline">
                            Start a project from it
                          </Link>
                        )
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.kind === "unanswered-members" && (
            <>
              <h3 className="font-medium">
                {item.count} {item.count === 1 ? "member contributes" : "members contribute"} a lot but {item.count === 1 ? "was" : "were"} never answered
              </h3>
              {item.members.length > 0 ? (
                <>
                  <p className="text-sm text-stone-600">Visible to this group&apos;s owner and moderators only. A reply or a mention can keep them around.</p>
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                    {item.members.map((member) => (
                      <li key={member.id}>
                        <span className="font-medium">{member.name}</span> <span className="text-stone-500">({member.messages} qualifying messages in 30 days, no reply)</span>
                        {member.href && (
                          <>
                            {" "}
                            <Link href={member.href} className="-my-0.5 inline-block py-0.5 font-medium text-brand-700 hover:underline">
                              Answer {member.name}&apos;s latest message
                            </Link>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="text-sm text-stone-600">Each wrote at least 3 qualifying messages in 30 days that nobody answered. Who they are is shown to the group&apos;s owner and moderators only.</p>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
