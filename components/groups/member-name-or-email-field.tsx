import { MemberNameSuggestions } from "@/components/discussions/mention-suggestions";
import { TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/forms";

const HINT = "Their name as shown in the group, or their account's email.";
const SUGGESTING_HINT = "The start of their name (then choose them in the list), or their account's email.";

/**
 * A member of the group named by typing (`person`, resolved on the server by
 * findMemberByNameOrEmail): what was typed stays after an error, shown under the field. With
 * `suggest`, typing the start of a name lists the members who match, as @mentions do.
 */
export function MemberNameOrEmailField({ label, state, hintAfter, suggest = false }: { label: string; state: FormState; hintAfter?: string; suggest?: boolean }) {
  const hint = suggest ? SUGGESTING_HINT : HINT;
  const field = (
    <TextField
      name="person"
      label={label}
      autoComplete="off"
      defaultValue={state.values?.person}
      error={state.fieldErrors?.person}
      hint={hintAfter ? `${hint} ${hintAfter}` : hint}
      maxLength={320}
      {...(suggest ? { role: "combobox", "aria-expanded": false } : {})}
    />
  );
  if (!suggest) return field;
  return (
    <div>
      {field}
      <MemberNameSuggestions fieldId="field-person" />
    </div>
  );
}
