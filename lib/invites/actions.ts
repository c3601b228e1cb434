"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { formValues, handleForm, hiddenRefs, parseInput, type FormState } from "@/lib/forms";
import { acceptInvite, createInvite, revokeInvite } from "./mutations";
import { acceptInviteSchema, createInviteSchema, inviteRefSchema } from "./schema";

const GROUP_REF = hiddenRefs("group", "groupId");

/** What creating a link returns: its path, shown once (only its hash is kept). */
export interface CreateInviteState extends FormState {
  invitePath?: string;
  /** The link just created: the form shows it only while it is still in the group's active list. */
  inviteId?: string;
}

export async function createInviteAction(_previous: CreateInviteState, formData: FormData): Promise<CreateInviteState> {
  const values = formValues(formData);
  let created: { id: string; path: string } | undefined;
  const state = await handleForm(values, async () => {
    const input = parseInput(createInviteSchema, values, GROUP_REF);
    const viewer = await requireViewer();
    created = await createInvite(viewer.id, input);
    refresh();
    // The choices stay as they were, for the next link like it.
    return { status: "success", message: "Invitation link created. Copy it now: it is shown only this once.", values };
  });
  return created ? { ...state, invitePath: created.path, inviteId: created.id } : state;
}

export async function revokeInviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const input = parseInput(inviteRefSchema, values, hiddenRefs("invitation link", "groupId", "inviteId"));
    const viewer = await requireViewer();
    await revokeInvite(viewer.id, input.groupId, input.inviteId);
    refresh();
    return { status: "success", message: "The link was revoked: it no longer lets anyone join." };
  });
}

export async function acceptInviteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  return handleForm(values, async () => {
    const { token } = parseInput(acceptInviteSchema, values, hiddenRefs("invitation", "token"));
    const viewer = await requireViewer();
    const { slug } = await acceptInvite(viewer.id, token);
    redirect(`/g/${slug}`);
  });
}
