import { TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/forms";

const HINT = "Their name as shown in the group, or their account's email.";

/**
 * A member of the group named by typing (`person`, resolved on the server by
 * findMemberByNameOrEmail): what was typed stays after an error, shown under the field.
 */
export function MemberNameOrEmailField({ label, state, hintAfter }: { label: string; state: FormState; hintAfter?: string }) {
  return (
    <TextField
      name="person"
      label={label}
      autoComplete="off"
      defaultValue={state.values?.person}
      error={state.fieldErrors?.person}
      hint={hintAfter ? `${HINT} ${hintAfter}` : HINT}
      maxLength={320}
    />
  );
}
