"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import { moderationReasonSchema } from "@/lib/moderation/log";
import { refreshAfter, refreshOnEditConflict } from "@/lib/refresh-when-refused";
import { formValues, handleForm, hiddenRefs, parseInput, ValidationError, type FormState } from "@/lib/forms";
import { addMemberByEmail, createGroup, joinGroup, leaveGroup, reinstateMember, removeMember, setMemberRole, updateGroupSettings } from "./mutations";
import { isGroupSlugTaken } from "./data";
import { askToJoin, decideJoinRequest, withdrawJoinRequest } from "./join-requests";
import { addMemberSchema, askToJoinSchema, createGroupSchema, decideJoinRequestHiddenFields, groupSlugSchema, slugTakenMessage, decideJoinRequestSchema, GROUP_REF, groupRefSchema, groupRoleSchema, GROUP_SETTINGS_REF, groupSettingsSchema } from "./schema";

export async function createGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = await parseNewGroup(values);
    const viewer = await requireViewer();
    const group = await createGroup(viewer.id, input);
    // Its owner now runs a group: the header (a layout a redirect keeps) gains "Group health".
    refresh();
    redirect(`/g/${group.slug}`);
  });
}


/**
 * The new group's fields; when some are refused, an address another group has is refused with
 * them, so the person fixes everything in one go (it was only said once the rest passed).
 */
async function parseNewGroup(values: Record<string, string>) {
  try {
    return parseInput(createGroupSchema, values);
  } catch (error) {
    if (error instanceof ValidationError && !error.fieldErrors.slug) {
      const slug = groupSlugSchema.safeParse(values.slug);
      if (slug.success && (await isGroupSlugTaken(slug.data))) error.fieldErrors.slug = slugTakenMessage(slug.data);
    }
    throw error;
  }
}

export async function joinGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId } = parseInput(groupRefSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    await refreshAfter(joinGroup(viewer.id, groupId));
    return { status: "success", message: "You joined the group." };
  });
}

export async function leaveGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId } = parseInput(groupRefSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    await refreshAfter(leaveGroup(viewer.id, groupId));
    return { status: "success", message: "You left the group." };
  });
}

export async function addMemberByEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(addMemberSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    const added = await addMemberByEmail(viewer.id, input.groupId, input.email);
    refresh();
    // No values back: the field empties, ready for the next address.
    return { status: "success", message: `${added.name} is now a member.` };
  });
}

/** The hidden references of a form acting on one member of a group. */
const memberRef = groupRefSchema.extend({ userId: z.string().min(1).max(40) });
const MEMBER_REF = hiddenRefs("member", "groupId", "userId");
const setRoleInput = memberRef.extend({ role: groupRoleSchema });

export async function setMemberRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(setRoleInput, values, MEMBER_REF);
    const viewer = await requireViewer();
    await refreshAfter(setMemberRole(viewer.id, input.groupId, input.userId, input.role));
    return { status: "success", message: "Role updated." };
  });
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(memberRef.extend({ reason: moderationReasonSchema }), values, MEMBER_REF);
    const viewer = await requireViewer();
    const removed = await refreshAfter(removeMember(viewer.id, input.groupId, input.userId, new Date(), input.reason));
    return { status: "success", message: `${removed.name} was removed from the group.` };
  });
}

export async function reinstateMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(memberRef, values, MEMBER_REF);
    const viewer = await requireViewer();
    const reinstated = await refreshAfter(reinstateMember(viewer.id, input.groupId, input.userId));
    return { status: "success", message: `${reinstated.name} is a member again.` };
  });
}

export async function updateGroupSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(groupSettingsSchema, values, GROUP_SETTINGS_REF);
    const viewer = await requireViewer();
    await refreshOnEditConflict(updateGroupSettings(viewer.id, input));
    refresh();
    return { status: "success", message: "Settings saved.", values };
  });
}

/** Asks to join a listed private group (decision 025); the page then shows the request waiting. */
export async function askToJoinAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId, message } = parseInput(askToJoinSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    await askToJoin(viewer.id, groupId, message);
    refresh();
    return { status: "success", message: "Request sent: the group's moderators will answer it." };
  });
}

export async function withdrawJoinRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { groupId } = parseInput(groupRefSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    await refreshAfter(withdrawJoinRequest(viewer.id, groupId));
    return { status: "success", message: "Request taken back." };
  });
}

export async function decideJoinRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { requestId, decision, reason } = parseInput(decideJoinRequestSchema, values, decideJoinRequestHiddenFields);
    const viewer = await requireViewer();
    const { name, alreadyMember } = await refreshAfter(decideJoinRequest(viewer.id, requestId, decision, reason));
    if (alreadyMember) return { status: "success", message: `${name} is a member already: their request is cleared.` };
    return { status: "success", message: decision === "accept" ? `${name} is now a member.` : `${name}'s request was declined.` };
  });
}
