"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { GROUP_REF, groupRefSchema } from "@/lib/groups/schema";
import { refreshAfter, refreshOnEditConflict } from "@/lib/refresh-when-refused";
import { formValues, handleForm, hiddenRefs, parseInput, type FormState } from "@/lib/forms";
import {
  addProjectContributor,
  changeProjectStatus,
  createProject,
  deleteProject,
  deleteProjectUpdate,
  editProjectUpdate,
  joinProject,
  leaveProject,
  postProjectUpdate,
  removeProjectContributor,
  restoreProject,
  restoreProjectUpdate,
  setContributorRole,
  updateProject,
} from "./mutations";
import { afterProjectDeletedPath, afterProjectRestoredPath } from "./paths";
import { addContributorSchema, createProjectSchema, deleteProjectSchema, editUpdateSchema, projectRefSchema, projectUpdateSchema, removeContributorSchema, roleChangeSchema, statusChangeSchema, updateProjectSchema, updateRefSchema } from "./schema";
import { STATUS_LABELS } from "./status";

const PROJECT_REF = hiddenRefs("project", "projectId");
/** The edit form's hidden edit version: a problem with it is a stale page, not a field to fix. */
const PROJECT_VERSION_REF = hiddenRefs("project", "version");
// Status buttons carry the status; role forms name the contributor in hidden fields.
const STATUS_REF = hiddenRefs("project", "projectId", "status");
const ROLE_REF = hiddenRefs("project", "projectId", "userId");
const UPDATE_REF = hiddenRefs("update", "updateId");

export async function createProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId } = parseInput(groupRefSchema, values, GROUP_REF);
    const input = parseInput(createProjectSchema, values, hiddenRefs("post", "sourcePostId"));
    const viewer = await requireViewer();
    const created = await createProject(viewer.id, groupId, input);
    redirect(`/g/${created.groupSlug}/projects/${created.projectId}`);
  });
}

export async function updateProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { projectId } = parseInput(projectRefSchema, values, PROJECT_REF);
    const input = parseInput(updateProjectSchema, values, PROJECT_VERSION_REF);
    const viewer = await requireViewer();
    const updated = await refreshOnEditConflict(updateProject(viewer.id, projectId, input));
    redirect(`/g/${updated.groupSlug}/projects/${updated.projectId}`);
  });
}

export async function changeProjectStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(statusChangeSchema, values, STATUS_REF);
    const viewer = await requireViewer();
    // Archived or completed in another tab: the status and buttons as they are now. (An update
    // refused the same way keeps its form as it was, so the typed text is not lost.)
    const changed = await refreshAfter(changeProjectStatus(viewer.id, input.projectId, input.status));
    return { status: "success", message: `The project is now ${STATUS_LABELS[changed.status].toLowerCase()}.` };
  });
}

export async function joinProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { projectId } = parseInput(projectRefSchema, values, PROJECT_REF);
    const viewer = await requireViewer();
    await joinProject(viewer.id, projectId);
    refresh();
    return { status: "success", message: "You joined the project." };
  });
}

export async function leaveProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { projectId } = parseInput(projectRefSchema, values, PROJECT_REF);
    const viewer = await requireViewer();
    await leaveProject(viewer.id, projectId);
    refresh();
    return { status: "success", message: "You left the project." };
  });
}

/**
 * Join or leave from one button (components/projects/project-controls ProjectMembershipButton):
 * the form's `intent` says which, so the message of what was just done stays on the page.
 */
export async function projectMembershipAction(previous: FormState, formData: FormData): Promise<FormState> {
  const result = formData.get("intent") === "leave" ? await leaveProjectAction(previous, formData) : await joinProjectAction(previous, formData);
  // Refused because the page was out of date (joined in another tab, project completed since):
  // show the project as it is now, beside the message that explains.
  if (result.status === "error") refresh();
  return result;
}

export async function setContributorRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(roleChangeSchema, values, ROLE_REF);
    const viewer = await requireViewer();
    await setContributorRole(viewer.id, input.projectId, input.userId, input.role);
    refresh();
    return { status: "success", message: "Role updated." };
  });
}

/** The lead takes someone off the project (after the browser's confirmation); the refreshed list no longer has them. */
export async function removeProjectContributorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(removeContributorSchema, values, ROLE_REF);
    const viewer = await requireViewer();
    // They left, or the lead was handed over: the list as it is now.
    const removed = await refreshAfter(removeProjectContributor(viewer.id, input.projectId, input.userId));
    return { status: "success", message: `${removed.name} was removed from the project and notified.` };
  });
}

export async function postProjectUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(projectUpdateSchema, values, PROJECT_REF);
    const viewer = await requireViewer();
    await postProjectUpdate(viewer.id, input.projectId, input.body);
    refresh();
    // The form empties itself on success; the update is at the top of the refreshed list.
    return { status: "success", message: "Update posted." };
  });
}

/** A moderator takes the project down; its page is a 404 now, so the Projects tab says it is gone. */
export async function deleteProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { projectId, reason } = parseInput(deleteProjectSchema, values, PROJECT_REF);
    const viewer = await requireViewer();
    const deleted = await deleteProject(viewer.id, projectId, { reason });
    // The client's copies of pages go too: Back would show the project as if it stood.
    refresh();
    redirect(afterProjectDeletedPath(deleted.groupSlug));
  });
}

export async function restoreProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { projectId } = parseInput(projectRefSchema, values, PROJECT_REF);
    const viewer = await requireViewer();
    const restored = await restoreProject(viewer.id, projectId);
    redirect(afterProjectRestoredPath(restored.groupSlug, projectId));
  });
}

export async function editProjectUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(editUpdateSchema, values, UPDATE_REF);
    const viewer = await requireViewer();
    await editProjectUpdate(viewer.id, input.updateId, input.body);
    refresh();
    return { status: "success", message: "Update saved." };
  });
}

export async function deleteProjectUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { updateId } = parseInput(updateRefSchema, values, UPDATE_REF);
    const viewer = await requireViewer();
    await deleteProjectUpdate(viewer.id, updateId);
    refresh();
    return { status: "success", message: "Update deleted." };
  });
}

export async function restoreProjectUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { updateId } = parseInput(updateRefSchema, values, UPDATE_REF);
    const viewer = await requireViewer();
    await restoreProjectUpdate(viewer.id, updateId);
    refresh();
    return { status: "success", message: "Update restored." };
  });
}

export async function addProjectContributorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(addContributorSchema, values, PROJECT_REF);
    const viewer = await requireViewer();
    const added = await addProjectContributor(viewer.id, input.projectId, input.person, input.role);
    refresh();
    return { status: "success", message: `${added.name} was added as ${input.role === "colead" ? "a co-lead" : "a contributor"} and notified.` };
  });
}
