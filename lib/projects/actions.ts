"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { changeProjectStatus, createProject, joinProject, leaveProject, postProjectUpdate, setContributorRole, updateProject } from "./mutations";
import { createProjectSchema, projectRefSchema, projectUpdateSchema, roleChangeSchema, statusChangeSchema, updateProjectSchema } from "./schema";
import { STATUS_LABELS } from "./status";

const groupRef = z.object({ groupId: z.string().min(1).max(40) });

export async function createProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { groupId } = parseInput(groupRef, values);
    const input = parseInput(createProjectSchema, values);
    const created = await createProject(viewer.id, groupId, input);
    redirect(`/g/${created.groupSlug}/projects/${created.projectId}`);
  });
}

export async function updateProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { projectId } = parseInput(projectRefSchema, values);
    const input = parseInput(updateProjectSchema, values);
    const updated = await updateProject(viewer.id, projectId, input);
    redirect(`/g/${updated.groupSlug}/projects/${updated.projectId}`);
  });
}

export async function changeProjectStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const input = parseInput(statusChangeSchema, values);
    const changed = await changeProjectStatus(viewer.id, input.projectId, input.status);
    refresh();
    return { status: "success", message: `The project is now ${STATUS_LABELS[changed.status].toLowerCase()}.` };
  });
}

export async function joinProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { projectId } = parseInput(projectRefSchema, values);
    await joinProject(viewer.id, projectId);
    refresh();
    return { status: "success", message: "You joined the project." };
  });
}

export async function leaveProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { projectId } = parseInput(projectRefSchema, values);
    await leaveProject(viewer.id, projectId);
    refresh();
    return { status: "success", message: "You left the project." };
  });
}

export async function setContributorRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const input = parseInput(roleChangeSchema, values);
    await setContributorRole(viewer.id, input.projectId, input.userId, input.role);
    refresh();
    return { status: "success", message: "Role updated." };
  });
}

export async function postProjectUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const input = parseInput(projectUpdateSchema, values);
    await postProjectUpdate(viewer.id, input.projectId, input.body);
    refresh();
    // The form empties itself on success; the update is at the top of the refreshed list.
    return { status: "success", message: "Update posted." };
  });
}
