"use client";

import { useActionState, useState } from "react";
import { ThreadSearchField, useThreadFinder } from "@/components/discussions/thread-finder";
import { SubmitButton } from "@/components/ui/button";
import { MARKDOWN_HINT, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ThreadChoice } from "@/lib/discussions/data";
import { initialFormState, type FormState } from "@/lib/forms";
import { linkedFirst } from "@/lib/meetups/form-values";
import { CAPACITY_MAX, MAX_LINKED_THREADS, TITLE_MAX } from "@/lib/meetups/schema";
import { listedEquivalentZone, suggestedEnd, timeZoneLabel } from "@/lib/meetups/time";
import { useBrowserTimeZone } from "./viewer-time";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export interface MeetupFormProps {
  action: Action;
  /** Hidden reference fields: groupId (schedule) or meetupId (edit). */
  hidden: Record<string, string>;
  /** The form's starting values (an edit's stored meetup, or a pre-linked thread). */
  initial?: Record<string, string>;
  /** The group's most recent threads (and those already linked); the finder searches for older ones. */
  threads: ThreadChoice[];
  groupSlug: string;
  /** The group's language, of its threads' titles in the picker. */
  lang: string;
  timeZones: string[];
  submitLabel: string;
  pendingLabel: string;
  /** The meetup has started: its times and seats are shown but cannot change (the server refuses it too). */
  settled?: boolean;
  /** A sentence beside the submit button: what saving does (e.g. that it notifies no one). */
  submitNote?: string | null;
}

/**
 * Schedule or edit a meetup. Times are typed as wall-clock time in the chosen zone (the group's
 * usual one, from `initial`, else the organizer's browser's); the server converts them to UTC.
 */
export function MeetupForm({ action, hidden, initial = {}, threads, groupSlug, lang, timeZones, submitLabel, pendingLabel, settled = false, submitNote = null }: MeetupFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  // Fields stay uncontrolled (defaultValue): React resets a form after its action, and a reset
  // puts uncontrolled fields back to their defaults, which are the values just submitted.
  const browserZone = useBrowserTimeZone();
  // The browser's zone as the picker names it (an alias it does not offer is the same zone under its listed name).
  const zone = values.timeZone || (browserZone && (listedEquivalentZone(browserZone, timeZones) ?? browserZone)) || "UTC";
  const zoneOptions = timeZones.includes(zone) ? timeZones : [zone, ...timeZones];
  const submittedOnline = values.online === "on" || values.online === "true";
  const [online, setOnline] = useState(submittedOnline);
  const checkedThreads = new Set((values.threadIds ?? "").split(",").filter(Boolean));
  // What is ticked stays in view while a search narrows the list (the boxes stay uncontrolled).
  const [ticked, setTicked] = useState(checkedThreads);
  // Linked threads come first, so what is linked is in view in the scrolling list (ordered by the
  // form's values, not by live ticks: rows do not jump while the organizer ticks).
  const finder = useThreadFinder(groupSlug, linkedFirst(threads, [...checkedThreads]));
  const shown = new Set(finder.matches.map((thread) => String(thread.id)));
  // At the limit, the other boxes wait until one is unticked: the limit shows before sending.
  const full = ticked.size >= MAX_LINKED_THREADS;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="title" label="Title" defaultValue={values.title} error={errors.title} maxLength={TITLE_MAX + 20} required />
      <TextAreaField preview name="description" label="Description" defaultValue={values.description} error={errors.description} hint={MARKDOWN_HINT} rows={6} />

      <fieldset className="space-y-4 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">When</legend>
        {settled && <p className="text-sm text-stone-600">The meetup has started: these times can no longer change.</p>}
        {/* A disabled select sends nothing: the zone travels in a hidden field instead. */}
        {settled && <input type="hidden" name="timeZone" value={zone} />}
        <SelectField
          // Its default follows the browser's zone once known (the server cannot know it), then what was submitted.
          name="timeZone"
          label="Time zone"
          defaultValue={zone}
          error={errors.timeZone}
          hint="Start, end and deadline are times in this zone. Everyone also sees them in their own zone."
          options={zoneOptions.map((name) => ({ value: name, label: timeZoneLabel(name) }))}
          disabled={settled}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="startsAt"
            label="Starts"
            type="datetime-local"
            defaultValue={values.startsAt}
            error={errors.startsAt}
            required
            readOnly={settled}
            onChange={(event) => {
              // An empty end gets a suggestion (two hours later), as on Meetup, and a suggested end
              // moves with the start; an end the person typed is kept.
              const ends = event.currentTarget.form?.elements.namedItem("endsAt");
              const suggestion = suggestedEnd(event.currentTarget.value);
              if (!(ends instanceof HTMLInputElement) || !suggestion) return;
              if (!ends.value || ends.value === ends.dataset.suggested) {
                ends.value = suggestion;
                ends.dataset.suggested = suggestion;
              }
            }}
          />
          <TextField name="endsAt" label="Ends" type="datetime-local" defaultValue={values.endsAt} error={errors.endsAt} required readOnly={settled} />
        </div>
        <TextField
          name="rsvpDeadline"
          label="RSVP deadline (optional)"
          type="datetime-local"
          defaultValue={values.rsvpDeadline}
          error={errors.rsvpDeadline}
          readOnly={settled}
          hint="Answers can be changed until then. Without a deadline, until the meetup starts."
        />
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">Where</legend>
        <div className="flex items-center gap-2">
          <input
            id="field-online"
            name="online"
            type="checkbox"
            defaultChecked={submittedOnline}
            onChange={(event) => setOnline(event.target.checked)}
            className="size-4 shrink-0 rounded border-stone-300 text-brand-700"
          />
          <label htmlFor="field-online" className="text-sm font-medium text-stone-800">
            Online meetup
          </label>
        </div>
        {online && (
          <TextField name="onlineUrl" label="Meeting link" type="url" defaultValue={values.onlineUrl} error={errors.onlineUrl} hint="Shown to the group's members only." placeholder="https://…" />
        )}
        <TextField name="venueName" label="Venue name" defaultValue={values.venueName} error={errors.venueName} hint={online ? "Optional for an online meetup." : "e.g. Café de la Gare, back room"} />
        <TextField name="venueAddress" label="Address" defaultValue={values.venueAddress} error={errors.venueAddress} />
        <TextField name="mapUrl" label="Map link (optional)" type="url" defaultValue={values.mapUrl} error={errors.mapUrl} placeholder="https://www.openstreetmap.org/…" />
      </fieldset>

      <TextField
        name="capacity"
        label="Capacity (optional)"
        type="number"
        inputMode="numeric"
        min={1}
        max={CAPACITY_MAX}
        step={1}
        defaultValue={values.capacity}
        error={errors.capacity}
        readOnly={settled}
        hint="With a capacity, extra “going” answers join a waitlist in order; the first in line gets the next free seat."
        className="max-w-40"
      />

      <fieldset className="space-y-2" aria-describedby={errors.threadIds ? "threads-error" : "threads-hint"}>
        <legend className="text-sm font-medium text-stone-800">Discussions it deepens</legend>
        <p id="threads-hint" className="text-xs text-stone-500">
          Link up to {MAX_LINKED_THREADS} of the group&apos;s threads (those linked come first, then the most recent; search for older ones). After the meetup, attendees are invited to post their follow-up there.
        </p>
        {threads.length === 0 ? (
          <p className="text-sm text-stone-600">The group has no thread yet.</p>
        ) : (
          <>
          <ThreadSearchField finder={finder} label="Search the group's threads" controls="meetup-thread-choices" />
          <p aria-live="polite" className="text-xs text-stone-600">
            {ticked.size} of {MAX_LINKED_THREADS} linked{full ? ": untick one to link another." : "."}
          </p>
          <ul id="meetup-thread-choices" aria-label="Threads" className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-stone-200 bg-white p-3">
            {finder.all.map((thread) => (
              <li key={thread.id} className="flex items-start gap-2" hidden={!shown.has(String(thread.id)) && !ticked.has(String(thread.id))}>
                <input
                  id={`thread-${thread.id}`}
                  type="checkbox"
                  name="threadIds"
                  value={thread.id}
                  defaultChecked={checkedThreads.has(String(thread.id))}
                  disabled={full && !ticked.has(String(thread.id))}
                  onChange={(event) => {
                    const next = new Set(ticked);
                    if (event.target.checked) next.add(event.target.value);
                    else next.delete(event.target.value);
                    setTicked(next);
                  }}
                  className="mt-0.5 size-4 shrink-0 rounded border-stone-300"
                />
                <label htmlFor={`thread-${thread.id}`} lang={lang} className={`text-sm ${full && !ticked.has(String(thread.id)) ? "text-stone-400" : "text-stone-800"}`}>
                  {thread.title}
                </label>
              </li>
            ))}
          </ul>
          </>
        )}
        {errors.threadIds && (
          <p id="threads-error" className="text-sm text-red-700">
            {errors.threadIds}
          </p>
        )}
      </fieldset>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SubmitButton pendingLabel={pendingLabel} aria-describedby={submitNote ? "meetup-submit-note" : undefined}>
          {submitLabel}
        </SubmitButton>
        {submitNote && (
          <p id="meetup-submit-note" className="text-sm text-stone-600">
            {submitNote}
          </p>
        )}
      </div>
    </form>
  );
}
