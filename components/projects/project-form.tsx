"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { ThreadSearchField, useThreadFinder } from "@/components/discussions/thread-finder";
import { SubmitButton } from "@/components/ui/button";
import { fieldControl, MARKDOWN_HINT, Select, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ThreadChoice } from "@/lib/discussions/data";
import { initialFormState } from "@/lib/forms";
import { cutText } from "@/lib/text";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { LINK_FIELDS, LINK_KINDS, LINK_LABELS, NAME_MAX, PROJECT_NAME_FIELD_ID, type LinkKind } from "@/lib/projects/schema";

export interface ProjectOrigin {
  threadId: number;
  /** The thread's title, as a first draft of the project's name (as "Take this offline" drafts the meetup's title). */
  name: string;
  post: { id: number; authorName: string; excerpt: string } | null;
}

interface ProjectFormProps {
  /** The group's most recent threads (and the chosen one); the finder searches for older ones. */
  threads: ThreadChoice[];
  groupSlug: string;
  /** The group's language, of its threads' titles in the picker. */
  lang: string;
  /** Creating: the group; editing: the project. */
  target: { mode: "create"; groupId: string; origin: ProjectOrigin | null } | { mode: "edit"; projectId: number; version: number };
  defaults?: { name: string; goal: string; sourceThreadId: number | null; links: Partial<Record<LinkKind, string>> };
  cancelHref: string;
}

const LINK_HINTS: Record<LinkKind, string> = {
  repository: "Code or files, e.g. https://github.com/…",
  document: "The plan, notes or a shared document.",
  site: "Where the result lives, if it has a home on the web.",
};

const shorten = (title: string) => (title.length > 90 ? `${cutText(title, 89)}…` : title);

/**
 * Starting or editing a project. A rejected submission keeps everything typed (the action
 * echoes the values back) and puts each message next to its field.
 */
export function ProjectForm({ threads, groupSlug, lang, target, defaults, cancelHref }: ProjectFormProps) {
  const [state, action] = useActionState(target.mode === "create" ? createProjectAction : updateProjectAction, initialFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const origin = target.mode === "create" ? target.origin : null;
  const initialThread = values.sourceThreadId ?? (defaults?.sourceThreadId ? String(defaults.sourceThreadId) : origin ? String(origin.threadId) : "");
  // Followed as it changes, so the "started from a post" note follows the chosen thread; after a
  // rejected submission the select (ui/field Select) and this state both start again from the
  // value just submitted.
  const [threadId, setThreadId] = useState(initialThread);
  const [shownInitial, setShownInitial] = useState(initialThread);
  if (shownInitial !== initialThread) {
    setShownInitial(initialThread);
    setThreadId(initialThread);
  }
  const finder = useThreadFinder(groupSlug, threads);
  // While searching, the list holds the matches and the chosen thread (a select must keep its value).
  const options = finder.query.trim() ? finder.all.filter((thread) => String(thread.id) === threadId || finder.matches.includes(thread)) : finder.all;
  const fromPost = origin?.post && threadId === String(origin.threadId) ? origin.post : null;
  const statusDefault = values.status ?? "proposed";
  const threadHintId = "field-sourceThreadId-hint";
  const threadErrorId = "field-sourceThreadId-error";

  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {target.mode === "create" ? (
        <input type="hidden" name="groupId" value={target.groupId} />
      ) : (
        <>
          <input type="hidden" name="projectId" value={target.projectId} />
          {/* The details' edit version as shown (lib/edit-version.ts): a save from an older page is refused. */}
          <input type="hidden" name="version" value={target.version} />
        </>
      )}
      {fromPost && <input type="hidden" name="sourcePostId" value={fromPost.id} />}

      <TextField name="name" id={PROJECT_NAME_FIELD_ID} label="Name" defaultValue={values.name ?? defaults?.name ?? origin?.name} error={errors.name} hint={`What people will call it, up to ${NAME_MAX} characters.`} required />
      <TextAreaField
        preview
        name="goal"
        label="Goal"
        defaultValue={values.goal ?? defaults?.goal}
        error={errors.goal}
        hint={`What will exist when it is done, and why it matters. ${MARKDOWN_HINT}`}
        rows={8}
        required
      />

      {target.mode === "create" && (
        <fieldset className="space-y-2" aria-describedby={errors.status ? "field-status-error" : undefined}>
          <legend className="text-sm font-medium text-stone-800">Status</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {(
              [
                ["proposed", "Proposed", "an idea looking for people"],
                ["active", "Active", "work is already under way"],
              ] as const
            ).map(([value, label, hint]) => (
              <label key={value} className="flex items-start gap-2 text-sm">
                <input type="radio" name="status" value={value} defaultChecked={statusDefault === value} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
                <span>
                  <span className="font-medium">{label}</span> <span className="text-stone-600">— {hint}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.status && (
            <p id="field-status-error" className="text-sm text-red-700">
              {errors.status}
            </p>
          )}
        </fieldset>
      )}

      <div className="space-y-1">
        <label htmlFor="field-sourceThreadId" className="block text-sm font-medium text-stone-800">
          Source thread
        </label>
        <Select
          id="field-sourceThreadId"
          name="sourceThreadId"
          defaultValue={initialThread}
          onChange={(event) => setThreadId(event.target.value)}
          aria-invalid={Boolean(errors.sourceThreadId)}
          aria-describedby={[errors.sourceThreadId ? threadErrorId : null, threadHintId].filter(Boolean).join(" ")}
          className={`${fieldControl} py-2`}
        >
          <option value="">None: not born in a discussion</option>
          {options.map((thread) => (
            <option key={thread.id} value={String(thread.id)} lang={lang}>
              {shorten(thread.title)}
            </option>
          ))}
        </Select>
        <p id={threadHintId} className="text-xs text-stone-500">
          The discussion the project was born in: its page will link here, and the thread will show the project&apos;s progress.
        </p>
        {fromPost && (
          <p className="rounded-md bg-stone-100 px-3 py-2 text-xs text-stone-700">
            Started from a post by <span className="font-medium">{fromPost.authorName}</span>: “{fromPost.excerpt}”
          </p>
        )}
        {errors.sourceThreadId && (
          <p id={threadErrorId} className="text-sm text-red-700">
            {errors.sourceThreadId}
          </p>
        )}
        <ThreadSearchField finder={finder} label="Not in the list? Search the group's threads" controls="field-sourceThreadId" />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-800">Links (optional)</legend>
        {LINK_KINDS.map((kind) => {
          const field = LINK_FIELDS[kind];
          return (
            <TextField
              key={kind}
              name={field}
              type="url"
              inputMode="url"
              label={`${LINK_LABELS[kind]} link`}
              placeholder="https://"
              defaultValue={values[field] ?? defaults?.links[kind]}
              error={errors[field]}
              hint={LINK_HINTS[kind]}
            />
          );
        })}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={target.mode === "create" ? "Starting…" : "Saving…"}>{target.mode === "create" ? "Start project" : "Save changes"}</SubmitButton>
        <Link href={cancelHref} className="text-sm text-stone-600 hover:underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
