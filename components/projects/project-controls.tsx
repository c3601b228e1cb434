"use client";

import { useActionState, useEffect, useRef, type ComponentProps } from "react";
import { Announcement, DisclosureButton, useDisclosure } from "@/components/discussions/disclosure";
import { useAnnounced } from "@/components/groups/member-moderation";
import { MemberNameOrEmailField } from "@/components/groups/member-name-or-email-field";
import { ActWithReason } from "@/components/moderation/act-with-reason";
import { SubmitButton, SubmitOrCancel } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { MARKDOWN_HINT, Select, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage, InlineFormError } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms";
import { ROLE_LABELS } from "@/lib/projects/ability";
import {
  addProjectContributorAction,
  changeProjectStatusAction,
  deleteProjectAction,
  deleteProjectUpdateAction,
  editProjectUpdateAction,
  postProjectUpdateAction,
  projectMembershipAction,
  removeProjectContributorAction,
  setContributorRoleAction,
} from "@/lib/projects/actions";
import { ADDED_ROLES, PROJECT_ROLES, type ProjectRole, type ProjectStatus } from "@/lib/projects/schema";
import { transitionLabel } from "@/lib/projects/status";

/** One button per status change the viewer may make (computed on the server from status.ts). */
export function StatusControls({ projectId, projectName, status, transitions }: { projectId: number; projectName: string; status: ProjectStatus; transitions: ProjectStatus[] }) {
  const outcome = useRef<HTMLDivElement>(null);
  // The button pressed goes with the old status: the keyboard goes to the message saying the new one.
  const [state, action] = useFormAction(changeProjectStatusAction, (answer) => {
    if (answer.status === "success") outcome.current?.focus();
  });
  return (
    <div className="space-y-2">
      {transitions.length > 0 && (
        <div role="group" aria-label="Change the project's status" className="flex flex-wrap gap-2">
          {transitions.map((to) => (
            <ConfirmForm
              key={to}
              action={action}
              // Archiving is final for everyone but the lead: ask once.
              question={to === "archived" ? `Archive “${projectName}”? Only its lead can reopen it.` : undefined}
            >
              <input type="hidden" name="projectId" value={projectId} />
              <input type="hidden" name="status" value={to} />
              <SubmitButton variant={to === "completed" || to === "active" ? "primary" : "secondary"} className="px-2.5 py-1 text-xs">
                {transitionLabel(status, to)}
              </SubmitButton>
            </ConfirmForm>
          ))}
        </div>
      )}
      <div ref={outcome} tabIndex={-1}>
        <FormMessage state={state} />
      </div>
    </div>
  );
}

/**
 * Join or leave, as one form and one button whose label changes: after joining, the page
 * re-renders with "Leave this project" in the same element, so keyboard focus stays on it and
 * the message says what happened. When the page was out of date (the project completed, the
 * viewer left the group in another tab), the refreshed page may offer neither: the component
 * stays mounted with `available` false, so the refusal stays on screen and takes the focus the
 * vanished button had.
 */
export function ProjectMembershipButton({ projectId, projectName, contributor, available }: { projectId: number; projectName: string; contributor: boolean; available: boolean }) {
  const outcome = useRef<HTMLDivElement>(null);
  const [state, action] = useFormAction(projectMembershipAction, (answer) => {
    if (answer.status === "error") outcome.current?.focus();
  });
  return (
    <div className="space-y-2">
      {available && (
        <ConfirmForm action={action} question={contributor ? `Leave “${projectName}”? You can join again while it is open.` : undefined}>
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="intent" value={contributor ? "leave" : "join"} />
          <SubmitButton
            variant={contributor ? "secondary" : "primary"}
            pendingLabel={contributor ? "Leaving…" : "Joining…"}
            className={contributor ? "px-2.5 py-1 text-xs" : undefined}
            aria-label={`${contributor ? "Leave this project" : "Join this project"}: ${projectName}`}
          >
            {contributor ? "Leave this project" : "Join this project"}
          </SubmitButton>
        </ConfirmForm>
      )}
      <div ref={outcome} tabIndex={-1} className="outline-none">
        <FormMessage state={state} />
      </div>
    </div>
  );
}

export function ContributorRoleForm({ projectId, userId, userName, role }: { projectId: number; userId: string; userName: string; role: ProjectRole }) {
  const [state, action] = useActionState(setContributorRoleAction, initialFormState);
  const id = `project-role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={id}>
        Role of {userName}
      </label>
      <Select id={id} name="role" defaultValue={role} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-xs">
        {PROJECT_ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </Select>
      <SubmitButton variant="secondary" className="px-2 py-0.5 text-xs" aria-label={`Save role of ${userName}`}>
        Save
      </SubmitButton>
      <FormMessage state={state} className="w-full text-xs" />
    </form>
  );
}

/**
 * "Remove" on a contributor's row, for the lead, after the browser's confirmation (decision 016).
 * The refreshed list no longer has the row: the outcome is said, and takes focus, in the list's
 * MemberModerationOutcome (as on the Members page); a refusal stays beside the button.
 */
export function RemoveContributorButton({ projectId, projectName, userId, userName }: { projectId: number; projectName: string; userId: string; userName: string }) {
  const [state, action] = useActionState(useAnnounced(removeProjectContributorAction), initialFormState);
  return (
    <ConfirmForm action={action} className="inline" question={`Remove ${userName} from “${projectName}”? They are told, and can join again while it is open.`}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="ghost" className="px-2 py-0.5 text-xs text-red-700" pendingLabel="Removing…" aria-label={`Remove ${userName} from the project`}>
        Remove
      </SubmitButton>
      <InlineFormError state={state} className="ml-2" />
    </ConfirmForm>
  );
}

/** The progress-update form: empties itself once the update is posted, keeps the text otherwise. */
export function ProjectUpdateForm({ projectId }: { projectId: number }) {
  const [state, action] = useActionState(postProjectUpdateAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <TextAreaField
        preview
        name="body"
        label="Progress update"
        rows={4}
        defaultValue={state.status === "error" ? state.values?.body : ""}
        error={state.fieldErrors?.body}
        hint={`What moved, what is next, where help is welcome. ${MARKDOWN_HINT}`}
      />
      <FormMessage state={state} fieldsSpeak />
      <SubmitButton pendingLabel="Posting…">Post update</SubmitButton>
    </form>
  );
}

/**
 * One button that acts on one row (`name`=`value`) after the browser's own confirmation
 * (keyboard-usable and announced), with the refusal, if any, beside it.
 */
function ConfirmedButton({ action, name, value, question, children, ...button }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; name: string; value: number; question: string } & ComponentProps<typeof SubmitButton>) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ConfirmForm action={formAction} className="inline" question={question}>
      <input type="hidden" name={name} value={value} />
      <SubmitButton {...button}>{children}</SubmitButton>
      <InlineFormError state={state} className="ml-2" />
    </ConfirmForm>
  );
}

/** A moderator takes a project down. On success the page goes to the Projects tab, which says so and takes focus. */
/**
 * "Delete project", for the group's moderators. When it has leads other than the viewer, a small
 * form takes an optional reason sent to them with the notice (decision 019), as for a post;
 * otherwise the browser's confirmation.
 */
export function DeleteProjectButton({ projectId, projectName, leads }: { projectId: number; projectName: string; leads: string | null }) {
  const consequence = `Delete the project “${projectName}”? It disappears from the group, its updates and profiles, and links to it stop working.`;
  if (leads) {
    return (
      <ActWithReason
        action={deleteProjectAction}
        hidden={{ projectId }}
        personName={leads}
        verb="Delete"
        consequence={consequence}
        toggle={{ label: "Delete project", variant: "danger", className: "px-2.5 py-1 text-xs" }}
      />
    );
  }
  return (
    <ConfirmedButton
      action={deleteProjectAction}
      name="projectId"
      value={projectId}
      question={consequence}
      variant="danger"
      className="px-2.5 py-1 text-xs"
      pendingLabel="Deleting…"
    >
      Delete project
    </ConfirmedButton>
  );
}

/** Its author rewrites an update in place (a disclosure: focus returns to Edit once saved). */
function EditProjectUpdate({ updateId, body, updateName }: { updateId: number; body: string; updateName: string }) {
  const fieldId = `edit-update-${updateId}`;
  // Cancel, Escape or Edit again with changed text asks first, as a post's Edit does.
  const saving = useRef(false);
  const { open, announcement, toggleRef, close, toggle, closeOnEscape } = useDisclosure(() => {
    const typed = (document.getElementById(fieldId) as HTMLTextAreaElement | null)?.value;
    return saving.current || typed === undefined || typed === body || window.confirm("Discard your changes to this update? They have not been saved.");
  });
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await editProjectUpdateAction(previous, formData);
    if (result.status === "success") {
      // Saved: nothing to discard, so closing asks nothing.
      saving.current = true;
      close("Update saved.");
      saving.current = false;
    }
    return result;
  }, initialFormState);
  const formId = `edit-update-form-${updateId}`;
  return (
    <>
      <DisclosureButton open={open} controls={formId} toggleRef={toggleRef} onToggle={toggle} label={`Edit ${updateName}`}>
        Edit
      </DisclosureButton>
      <Announcement text={announcement} />
      {open && (
        <form id={formId} action={action} onKeyDown={closeOnEscape} className="mt-2 w-full space-y-2" noValidate>
          <input type="hidden" name="updateId" value={updateId} />
          <TextAreaField
            preview
            // Its own id: the page's "Progress update" field is also named "body".
            id={fieldId}
            name="body"
            label="Edit your update"
            hint={MARKDOWN_HINT}
            rows={5}
            autoFocus
            defaultValue={state.status === "error" ? (state.values?.body ?? body) : body}
            error={state.fieldErrors?.body}
          />
          <FormMessage state={state} fieldsSpeak />
          <SubmitOrCancel pendingLabel="Saving…" onCancel={() => close()}>
            Save update
          </SubmitOrCancel>
        </form>
      )}
    </>
  );
}

function DeleteProjectUpdate({ updateId, updateName }: { updateId: number; updateName: string }) {
  return (
    <ConfirmedButton
      action={deleteProjectUpdateAction}
      name="updateId"
      value={updateId}
      question="Delete this update? It disappears from the project page."
      variant="ghost"
      className="px-2 py-1 text-xs text-red-700"
      aria-label={`Delete ${updateName}`}
    >
      Delete
    </ConfirmedButton>
  );
}

/**
 * Edit and Delete under an update, as the server allows them (`updateRefusal`). `updateName`
 * says which ("Alice's update from …"): a page holds many.
 */
export function ProjectUpdateControls({ updateId, body, updateName, canEdit, canDelete }: { updateId: number; body: string; updateName: string; canEdit: boolean; canDelete: boolean }) {
  if (!canEdit && !canDelete) return null;
  return (
    <div className="mt-2 flex flex-wrap items-start gap-1">
      {canEdit && <EditProjectUpdate updateId={updateId} body={body} updateName={updateName} />}
      {canDelete && <DeleteProjectUpdate updateId={updateId} updateName={updateName} />}
    </div>
  );
}

/** The lead brings in a member of the group, by name or email (as owners add members, decision 007). */
export function AddContributorForm({ projectId }: { projectId: number }) {
  const [state, action] = useActionState(addProjectContributorAction, initialFormState);
  return (
    <form action={action} aria-label="Add someone to the project" className="space-y-2 rounded-md border border-stone-200 bg-white p-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <MemberNameOrEmailField label="Add a member of the group" state={state} hintAfter="They are told." suggest />
      <SelectField name="role" label="As" defaultValue={state.values?.role ?? "contributor"} error={state.fieldErrors?.role} options={ADDED_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))} />
      <FormMessage state={state} fieldsSpeak />
      <SubmitButton variant="secondary" className="px-2.5 py-1 text-xs" pendingLabel="Adding…">
        Add to project
      </SubmitButton>
    </form>
  );
}
