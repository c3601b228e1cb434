"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage, InlineFormError } from "@/components/ui/form-message";
import { RelativeTime } from "@/components/ui/relative-time";
import { SimpleTable } from "@/components/ui/simple-table";
import { initialFormState, type FormState } from "@/lib/forms";
import { createInviteAction, revokeInviteAction, type CreateInviteState } from "@/lib/invites/actions";
import { formatAbsolute } from "@/lib/time";
import { DEFAULT_INVITE_EXPIRY_DAYS, expiresInLabel, INVITE_EXPIRY_DAYS, MAX_INVITE_USES, usesLabel } from "@/lib/invites/rules";

export interface ActiveInvite {
  id: string;
  tokenPrefix: string;
  createdAt: Date;
  expiresAt: Date;
  maxUses: number | null;
  uses: number;
  createdBy: { id: string; name: string };
}

const EXPIRY_OPTIONS = INVITE_EXPIRY_DAYS.map((days) => ({ value: String(days), label: days === 1 ? "1 day" : `${days} days` }));

/**
 * The Members page's "Invite links" (decision 015): a form that creates a link, showing it once
 * with a Copy button (only its hash is stored), and the group's links still in circulation, each
 * with its Revoke button. A revoked row leaves the list, so the outcome is said above it.
 */
export function InviteLinks({ groupId, invites, now }: { groupId: string; invites: ActiveInvite[]; now: Date }) {
  // The create form's state lives here: a revocation's outcome is said until a link is created.
  const created = useActionState<CreateInviteState, FormData>(createInviteAction, initialFormState);
  const [outcome, setOutcome] = useState<{ message: string; count: number; since?: CreateInviteState }>({ message: "", count: 0 });
  const outcomeMessage = outcome.since === created[0] ? outcome.message : "";
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome.count > 0) outcomeRef.current?.focus();
  }, [outcome]);
  return (
    <section aria-labelledby="invite-links-heading" className="space-y-3">
      <h2 id="invite-links-heading" className="text-lg font-semibold">
        Invite links
      </h2>
      <p className="text-sm text-stone-600">Anyone with a link can join the group as a member until it expires, is revoked or reaches its number of uses, including people who have no Toile account yet.</p>
      <CreateInviteForm groupId={groupId} activeIds={invites.map((invite) => invite.id)} created={created} />
      {/* A link created since makes the last revocation's outcome old news: it goes. */}
      <p ref={outcomeRef} tabIndex={-1} role="status" className={outcomeMessage ? "rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800" : "sr-only"}>
        {outcomeMessage}
      </p>
      {invites.length === 0 ? (
        <p className="text-sm text-stone-600">No active invite links.</p>
      ) : (
        <SimpleTable label="Invite links" columns={["Link", "Created by", "Created", "Expires", "Uses", "Actions"]}>
          {invites.map((invite) => (
            <tr key={invite.id}>
              <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-medium">
                /invite/{invite.tokenPrefix}…
              </th>
              <td className="px-3 py-2">{invite.createdBy.name}</td>
              <td className="px-3 py-2 text-stone-600">
                <RelativeTime date={invite.createdAt} now={now} />
              </td>
              <td className="px-3 py-2 text-stone-600">
                <time dateTime={invite.expiresAt.toISOString()} title={formatAbsolute(invite.expiresAt)}>
                  {expiresInLabel(invite.expiresAt, now)}
                </time>
              </td>
              <td className="px-3 py-2">{usesLabel(invite)}</td>
              <td className="px-3 py-2">
                <RevokeInviteButton groupId={groupId} invite={invite} onRevoked={(message) => setOutcome((previous) => ({ message, count: previous.count + 1, since: created[0] }))} />
              </td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </section>
  );
}

/** `activeIds`: the links still in circulation; one just created and revoked at once is no longer offered to copy. */
function CreateInviteForm({ groupId, activeIds, created: [state, action] }: { groupId: string; activeIds: string[]; created: [CreateInviteState, (formData: FormData) => void, boolean] }) {
  const errors = state.fieldErrors ?? {};
  const createdAndGone = state.status === "success" && state.inviteId !== undefined && !activeIds.includes(state.inviteId);
  return (
    <form action={action} aria-labelledby="create-invite-heading" className="max-w-xl space-y-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <h3 id="create-invite-heading" className="font-semibold">
        Create an invite link
      </h3>
      {!createdAndGone && <FormMessage state={state} />}
      {state.status === "success" && state.invitePath && !createdAndGone && <NewInviteLink path={state.invitePath} />}
      <input type="hidden" name="groupId" value={groupId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="expiresInDays" label="Expires after" options={EXPIRY_OPTIONS} defaultValue={state.values?.expiresInDays ?? String(DEFAULT_INVITE_EXPIRY_DAYS)} error={errors.expiresInDays} />
        <TextField
          name="maxUses"
          label="Maximum uses (optional)"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={state.values?.maxUses}
          error={errors.maxUses}
          hint={`Empty for no limit; up to ${MAX_INVITE_USES}.`}
        />
      </div>
      <SubmitButton pendingLabel="Creating…">Create link</SubmitButton>
    </form>
  );
}

/** The link just created, whole, once: selectable text and a Copy button. */
function NewInviteLink({ path }: { path: string }) {
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <div className="flex gap-2">
        {/* As wide as the form allows: the whole link can be read before it is copied. */}
        <div className="min-w-0 grow">
          <TextField name="newInviteLink" label="New invite link" value={url} readOnly onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
        </div>
        <Button
          variant="secondary"
          className="self-end"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          Copy link
        </Button>
      </div>
      <p role="status" className="text-xs text-stone-600">
        {copied ? "Copied." : ""}
      </p>
    </div>
  );
}

function RevokeInviteButton({ groupId, invite, onRevoked }: { groupId: string; invite: ActiveInvite; onRevoked: (message: string) => void }) {
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await revokeInviteAction(previous, formData);
    if (result.status === "success" && result.message) onRevoked(result.message);
    return result;
  }, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="inviteId" value={invite.id} />
      <SubmitButton variant="danger" className="px-2.5 py-1 text-xs" pendingLabel="Revoking…" aria-label={`Revoke link /invite/${invite.tokenPrefix}…`}>
        Revoke
      </SubmitButton>
      <InlineFormError state={state} />
    </form>
  );
}
