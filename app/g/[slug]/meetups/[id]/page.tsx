import Link from "next/link";
import { PersonLink } from "@/components/users/avatar";
import { PostLink } from "@/components/discussions/post-link";
import { notFound } from "next/navigation";
import { EventTime } from "@/components/meetups/event-time";
import { MeetupWhen } from "@/components/meetups/meetup-when";
import { RsvpForm } from "@/components/meetups/rsvp-form";
import { ButtonLink } from "@/components/ui/button";
import { OneTimeNotice } from "@/components/ui/one-time-notice";
import { AddToGoogleCalendar } from "@/components/meetups/add-to-google-calendar";
import { RelativeTime } from "@/components/ui/relative-time";
import { htmlExcerpt } from "@/lib/markdown/excerpt";
import { checkInRefusal } from "@/lib/meetups/check-in";
import { findOwnFollowUp, listFollowUpPosts, listMeetupAnswers, loadViewerRsvp } from "@/lib/meetups/data";
import { meetupLocation } from "@/lib/meetups/ics";
import { loadMeetupForRequest, meetupPageMetadata } from "@/lib/meetups/page-data";
import { copyMeetupPath, meetupIcsPath, meetupPath, meetupsPath, SAVED_PARAM, SCHEDULED_PARAM } from "@/lib/meetups/paths";
import { attendanceWording, HOST_ANSWER_NOTE, lateWithdrawalHint, MEETUP_LIST_LABELS, meetupList, outsiderAnswerHint, RSVP_HEADING_ID, savedNotice, scheduledNotice, seatsSummary } from "@/lib/meetups/page-wording";
import { RSVP_LABELS, rsvpClosesAt, rsvpRefusal, seatsLeft, withdrawalOpen } from "@/lib/meetups/rsvp";
import { THREAD_REPLY_FORM_ID, threadPath } from "@/lib/discussions/paths";
import { signInPath } from "@/lib/auth/paths";

export const generateMetadata = meetupPageMetadata();

function PeopleList({ label, people, ordered = false }: { label: string; people: { id: string; name: string }[]; ordered?: boolean }) {
  if (people.length === 0) return null;
  const List = ordered ? "ol" : "ul";
  return (
    <div className="space-y-1">
      <h3 className="text-sm font-medium text-stone-700">
        {label} ({people.length})
      </h3>
      <List aria-label={label} className={`text-sm ${ordered ? "list-decimal pl-5" : "flex flex-wrap gap-x-3 gap-y-1"}`}>
        {people.map((person) => (
          <li key={person.id}>
            <PersonLink user={person} className="" />
          </li>
        ))}
      </List>
    </div>
  );
}

export default async function MeetupPage({ params, searchParams }: PageProps<"/g/[slug]/meetups/[id]">) {
  const { slug, id } = await params;
  // Set by the edit form's redirect: the organizer is told what their save means.
  const query = await searchParams;
  const justSaved = query[SAVED_PARAM] !== undefined;
  // Set by the new meetup form's redirect: how many members were told of it.
  const justScheduled = query[SCHEDULED_PARAM] !== undefined;
  const loaded = await loadMeetupForRequest(slug, id);
  if (!loaded) notFound();
  const { group, meetup, viewer, permissions } = loaded;
  const now = new Date();
  const started = meetup.startsAt <= now;
  const cancelled = meetup.cancelledAt !== null;
  const [answers, mine, followUps] = await Promise.all([
    permissions.canSeeAttendees ? listMeetupAnswers(meetup.id) : null,
    viewer ? loadViewerRsvp(meetup.id, viewer.id) : null,
    // Follow-ups are by attendees: listing them tells who came, which is for members, as who goes.
    started && !cancelled && permissions.canSeeAttendees ? listFollowUpPosts(meetup.id, meetup.startsAt) : Promise.resolve({ posts: [], total: 0 }),
  ]);
  // The host hosts: no answer to give (decision 004 §3b), and no thanks for coming to their own meetup.
  const isHost = viewer?.id === meetup.organizer.id;
  // An attendee's follow-up prompt gives way to a link to what they posted, once they have.
  const invited = Boolean(viewer && mine?.checkedIn && started && !cancelled && !isHost);
  const ownFollowUp = invited && viewer ? await findOwnFollowUp(meetup.id, meetup.startsAt, viewer.id) : null;
  const closed = rsvpRefusal(meetup, now);
  const outsiderHint = outsiderAnswerHint(viewer !== null, closed === null);
  // A visitor of a past or cancelled meetup has no answer and none to give: no box at all.
  const answerBox = isHost || (viewer !== null && permissions.canRsvp) || outsiderHint !== null || Boolean(mine?.status) || Boolean(mine?.checkedIn);
  // Past the deadline, someone who holds an answer can still withdraw until the start.
  const lateAnswer = withdrawalOpen(meetup, now) && (mine?.status === "going" || mine?.status === "waitlisted" || mine?.status === "maybe") ? mine.status : null;
  const full = seatsLeft(meetup.capacity, meetup.counts.going) === 0;
  const location = meetupLocation({ ...meetup, onlineUrl: null });
  const checkInOpen = permissions.canOrganize && checkInRefusal(meetup, now) === null;
  const threadUrl = (thread: { id: number; slug: string }) => threadPath(group.slug, thread);
  const seats = seatsSummary(meetup.capacity, meetup.counts, closed === null);
  const attendance = attendanceWording({ cancelled, started, ended: meetup.endsAt.getTime() <= now.getTime(), checkedIn: meetup.counts.checkedIn });

  return (
    <article aria-labelledby="meetup-title" className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={meetupsPath(group.slug)} className="hover:underline">
          Meetups
        </Link>{" "}
        › {MEETUP_LIST_LABELS[meetupList(meetup, now)]}
      </nav>

      {justScheduled && permissions.canOrganize && !cancelled && <OneTimeNotice param={SCHEDULED_PARAM} message={scheduledNotice(query[SCHEDULED_PARAM])} focus />}
      {justSaved && permissions.canOrganize && !cancelled && <OneTimeNotice param={SAVED_PARAM} message={savedNotice(meetup.capacity, meetup.counts.going, closed === null)} focus />}

      {cancelled && (
        <div role="status" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">This meetup was cancelled.</p>
          {meetup.cancelReason && <p lang={group.language} className="mt-1 text-sm whitespace-pre-line">{meetup.cancelReason}</p>}
        </div>
      )}

      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 id="meetup-title" lang={group.language} className="text-2xl font-semibold wrap-anywhere">
            {meetup.title}
          </h1>
          <p className="text-sm text-stone-600">
            Organized by{" "}
            <Link href={`/u/${meetup.organizer.id}`} className="hover:underline">
              {meetup.organizer.name}
            </Link>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {/* Nothing to add once cancelled (feeds keep it, STATUS:CANCELLED, so calendars drop it); a past one can still be filed. */}
          {!cancelled && (
            <a href={meetupIcsPath(group.slug, meetup.id)} className="rounded-md border border-stone-300 bg-white px-3.5 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100" download>
              Add to calendar (.ics)
            </a>
          )}
          {!cancelled && <AddToGoogleCalendar title={meetup.title} startsAt={meetup.startsAt} endsAt={meetup.endsAt} location={location} path={meetupPath(group.slug, meetup.id)} />}
          {permissions.canOrganize && !cancelled && (
            <ButtonLink href={`/g/${group.slug}/meetups/${meetup.id}/edit`} variant="secondary">
              {/* Once started it can no longer be cancelled (nor moved): only its text and place are fixed. */}
              {started ? "Edit" : "Edit or cancel"}
            </ButtonLink>
          )}
          {checkInOpen && <ButtonLink href={`/g/${group.slug}/meetups/${meetup.id}/check-in`}>Check people in</ButtonLink>}
          {/* The next of a series (or a cancelled one, again): the form filled in from this one. */}
          {permissions.canOrganize && (
            <ButtonLink href={copyMeetupPath(group.slug, meetup.id)} variant="secondary">
              Schedule another like this
            </ButtonLink>
          )}
        </div>
      </header>

      {/* A pasted map address or a long venue name wraps anywhere rather than widen a phone's page. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <dl className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 wrap-anywhere sm:grid-cols-2 [&>div]:min-w-0">
            <div>
              <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500">When</dt>
              <dd className="mt-1 text-sm">
                <MeetupWhen startsAt={meetup.startsAt} endsAt={meetup.endsAt} timeZone={meetup.timeZone} />
              </dd>
            </div>
            <div>
              <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500">Where</dt>
              <dd className="mt-1 space-y-0.5 text-sm">
                <span className="block">{location ?? "To be announced"}</span>
                {meetup.online && meetup.onlineUrl && (permissions.canSeeMeetingLink ? (
                  <a href={meetup.onlineUrl} className="block text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
                    Join online<span className="sr-only"> (opens in a new tab)</span>
                  </a>
                ) : (
                  <span className="block text-xs text-stone-500">The meeting link is shown to the group&apos;s members.</span>
                ))}
                {meetup.mapUrl && (
                  <a href={meetup.mapUrl} className="block text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
                    Map<span className="sr-only"> (opens in a new tab)</span>
                  </a>
                )}
              </dd>
            </div>
            {/* A cancelled meetup has no seats to take and no answers to give: only the history below. */}
            {!cancelled && (
              <>
                <div>
                  <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500">Seats</dt>
                  <dd className="mt-1 space-y-0.5 text-sm">
                    <span className="block">{seats.headline}</span>
                    {seats.note && <span className="block text-xs text-stone-600">{seats.note}</span>}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500">{closed ? "Answers closed" : "Answers until"}</dt>
                  <dd className="mt-1 text-sm">
                    <EventTime date={rsvpClosesAt(meetup)} timeZone={meetup.timeZone} />
                  </dd>
                </div>
              </>
            )}
          </dl>

          {meetup.descriptionHtml && <div lang={group.language} className="post-body" dangerouslySetInnerHTML={{ __html: meetup.descriptionHtml }} />}

          {meetup.threads.length > 0 && (
            <section aria-labelledby="linked-heading" className="space-y-2">
              <h2 id="linked-heading" className="text-base font-semibold">
                Discussions it deepens
              </h2>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {meetup.threads.map((thread) => (
                  <li key={thread.id}>
                    <Link href={threadUrl(thread)} lang={group.language} className="text-brand-700 hover:underline">
                      {thread.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {invited && ownFollowUp && (
            <section id="follow-up" aria-labelledby="follow-up-posted" className="scroll-mt-20 space-y-1 rounded-lg border border-stone-200 bg-white p-4">
              <h2 id="follow-up-posted" className="font-semibold">
                Your follow-up
              </h2>
              <p className="text-sm text-stone-700">
                Thanks for sharing what you took away: you posted it in{" "}
                <PostLink groupSlug={group.slug} postId={ownFollowUp.id} lang={group.language} className="text-brand-700 underline">
                  {ownFollowUp.thread.title}
                </PostLink>
                .
              </p>
            </section>
          )}

          {invited && !ownFollowUp && (
            <section id="follow-up" aria-labelledby="follow-up-invite" className="scroll-mt-20 space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4">
              <h2 id="follow-up-invite" className="font-semibold text-brand-800">
                Thanks for coming! Share your follow-up
              </h2>
              {meetup.threads.length > 0 ? (
                <>
                  <p className="text-sm text-stone-700">What did you take away? Post it in the discussion this meetup deepened, so those who could not come benefit too:</p>
                  <ul className="flex flex-wrap gap-2">
                    {meetup.threads.map((thread) => (
                      <li key={thread.id}>
                        {/* Straight to the thread's reply form, not the top of a long thread. */}
                        <ButtonLink href={`${threadUrl(thread)}#${THREAD_REPLY_FORM_ID}`} variant="secondary">
                          {/* One child: a button's flex box would space out its words' parts in the name. */}
                          <span>
                            Post in “<span lang={group.language}>{thread.title}</span>”
                          </span>
                        </ButtonLink>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="text-sm text-stone-700">
                  Share what you took away in{" "}
                  <Link href={`/g/${group.slug}`} className="underline">
                    the group&apos;s discussions
                  </Link>
                  .
                </p>
              )}
            </section>
          )}

          {followUps.posts.length > 0 && (
            <section aria-labelledby="follow-ups-heading" className="space-y-2">
              <h2 id="follow-ups-heading" className="text-base font-semibold">
                Follow-ups from attendees
              </h2>
              <ul aria-label="Follow-up posts" className="space-y-2">
                {followUps.posts.map((post) => (
                  <li key={post.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
                    <p className="text-stone-600">
                      <Link href={`/u/${post.author.id}`} className="font-medium text-stone-900 hover:underline">
                        {post.author.name}
                      </Link>{" "}
                      in{" "}
                      <PostLink groupSlug={group.slug} postId={post.id} lang={group.language} className="text-brand-700 hover:underline">
                        {post.thread.title}
                      </PostLink>{" "}
                      · <RelativeTime date={post.createdAt} now={now} />
                    </p>
                    <p lang={group.language} className="mt-1 text-stone-800">{htmlExcerpt(post.html, 240)}</p>
                  </li>
                ))}
              </ul>
              {followUps.total > followUps.posts.length && (
                <p className="text-sm text-stone-600">
                  And {followUps.total - followUps.posts.length} more in the linked {meetup.threads.length === 1 ? "discussion" : "discussions"}.
                </p>
              )}
            </section>
          )}
        </div>

        <aside aria-label="Attendance" className="space-y-5">
          {answerBox && (
          <section aria-labelledby={RSVP_HEADING_ID} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <h2 id={RSVP_HEADING_ID} tabIndex={-1} className="font-semibold">
              Your answer
            </h2>
            {/* The one announcement of an answer (the form only reports refusals). Always in the
                page, empty before a first answer, so screen readers hear it when it fills in. */}
            <p className="text-sm" role="status">
              {mine?.status &&
                (mine.status === "waitlisted" && !cancelled && !started ? (
                  <>
                    You are <strong>number {mine.position} on the waitlist</strong>. You will be told if a seat opens up.
                  </>
                ) : (
                  <>
                    {cancelled ? "You had answered" : "You answered"}: <strong>{RSVP_LABELS[mine.status]}</strong>.
                  </>
                ))}
            </p>
            {mine?.checkedIn && <p className="text-sm text-emerald-800">You were checked in.</p>}
            {isHost ? (
              <>
                <p className="text-sm text-stone-600">{HOST_ANSWER_NOTE}</p>
                {/* An answer the host gave before hosts were refused one can still give its seat back, until the start. */}
                {lateAnswer ? (
                  <RsvpForm meetupId={meetup.id} status={mine?.status ?? null} full={false} withdrawOnly />
                ) : null}
              </>
            ) : !viewer || !permissions.canRsvp ? (
              outsiderHint === "sign-in" ? (
                <p className="text-sm text-stone-600">
                  <Link href={signInPath(`/g/${group.slug}/meetups/${meetup.id}`)} className="font-medium text-brand-700 underline">
                    Sign in
                  </Link>{" "}
                  and join the group to answer.
                </p>
              ) : outsiderHint === "join" ? (
                <p className="text-sm text-stone-600">
                  {/* The group's page has its Join button. */}
                  <Link href={`/g/${group.slug}`} className="font-medium text-brand-700 underline">
                    Join the group
                  </Link>{" "}
                  to answer.
                </p>
              ) : null
            ) : closed && lateAnswer ? (
              <>
                <p className="text-sm text-stone-600">{lateWithdrawalHint(lateAnswer, meetup.counts.waitlisted > 0)}</p>
                <RsvpForm meetupId={meetup.id} status={mine?.status ?? null} full={false} withdrawOnly />
              </>
            ) : closed ? (
              <p className="text-sm text-stone-600">{closed.message}</p>
            ) : (
              <RsvpForm meetupId={meetup.id} status={mine?.status ?? null} full={full} />
            )}
          </section>
          )}

          <section aria-labelledby="who-heading" className="space-y-3">
            <h2 id="who-heading" className="font-semibold">
              {attendance.heading}
            </h2>
            {answers ? (
              <>
                {!cancelled && <PeopleList label={attendance.came} people={answers.came} />}
                <PeopleList label={attendance.going} people={answers.going} />
                <PeopleList label={attendance.waitlist} people={answers.waitlist} ordered />
                <PeopleList label={attendance.maybe} people={answers.maybe} />
                {answers.going.length + answers.waitlist.length + answers.maybe.length === 0 && <p className="text-sm text-stone-600">{attendance.none}</p>}
              </>
            ) : (
              <p className="text-sm text-stone-600">{attendance.counts(meetup.counts)}</p>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}
