"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { formValues, handleForm, parseInput, type FormState } from "@/lib/forms";
import { createGroup, joinGroup, leaveGroup, setMemberRole, updateGroupSettings } from "./mutations";
import { createGroupSchema, groupRoleSchema, groupSettingsSchema } from "./schema";

export async function createGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const input = parseInput(createGroupSchema, values);
    const group = await createGroup(viewer.id, input);
    redirect(`/g/${group.slug}`);
  });
}

const groupRef = z.object({ groupId: z.string().min(1).max(40) });

export async function joinGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { groupId } = parseInput(groupRef, values);
    await joinGroup(viewer.id, groupId);
    refresh();
    return { status: "success" };
  });
}

export async function leaveGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const { groupId } = parseInput(groupRef, values);
    await leaveGroup(viewer.id, groupId);
    refresh();
    return { status: "success", message: "You left the group." };
  });
}

const setRoleInput = groupRef.extend({ userId: z.string().min(1).max(40), role: groupRoleSchema });

export async function setMemberRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const input = parseInput(setRoleInput, values);
    await setMemberRole(viewer.id, input.groupId, input.userId, input.role);
    refresh();
    return { status: "success", message: "Role updated." };
  });
}

export async function updateGroupSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const viewer = await requireViewer();
    const input = parseInput(groupSettingsSchema, values, { fields: ["groupId"], message: "This group no longer exists or the page is out of date: reload it." });
    await updateGroupSettings(viewer.id, input);
    refresh();
    return { status: "success", message: "Settings saved.", values };
  });
}
