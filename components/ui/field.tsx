import type { ComponentProps, ReactNode } from "react";
import { MarkdownPreview, sentenceCase } from "./markdown-preview";

interface FieldShellProps {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Label, control, hint and error wired together for assistive tech (aria-describedby/invalid). */
function FieldShell({ id, label, error, hint, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children(describedBy, Boolean(error))}
      {hint && (
        <p id={hintId} className="text-xs text-stone-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Every text box's and select's look, here once (fields, the project form's thread picker, the
 * thread finder's search box); `py-*` is left to the caller. Focus is a 2px outline in brand-600
 * (about 5:1 against white and the page), for valid and invalid fields alike: an invalid field's
 * red border wins over the focus border, and the pale ring it once relied on (brand-100) was
 * nearly the page's colour, so a field with an error showed almost no focus (WCAG 2.4.7).
 */
export const fieldControl =
  "block w-full rounded-md border border-stone-300 bg-white px-3 text-sm shadow-xs placeholder:text-stone-400 focus:border-brand-600 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 aria-[invalid=true]:border-red-500";

const control = `${fieldControl} py-2`;

type TextFieldProps = Omit<ComponentProps<"input">, "id" | "name"> & { name: string; label: ReactNode; error?: string; hint?: ReactNode; id?: string };

export function TextField({ name, label, error, hint, id, className = "", ...props }: TextFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input id={fieldId} name={name} aria-describedby={describedBy} aria-invalid={invalid} className={`${control} ${className}`} {...props} />
      )}
    </FieldShell>
  );
}

type TextAreaProps = Omit<ComponentProps<"textarea">, "id" | "name"> & {
  name: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  id?: string;
  /** A Markdown field: a Preview button under it, named after `label` when it is text. */
  preview?: boolean;
};

export function TextAreaField({ name, label, error, hint, id, className = "", rows = 6, preview = false, ...props }: TextAreaProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="space-y-2">
      <FieldShell id={fieldId} label={label} error={error} hint={hint}>
        {(describedBy, invalid) => (
          <textarea id={fieldId} name={name} rows={rows} aria-describedby={describedBy} aria-invalid={invalid} className={`${control} ${className}`} {...props} />
        )}
      </FieldShell>
      {preview && <MarkdownPreview fieldId={fieldId} label={typeof label === "string" ? sentenceCase(label) : "the text"} />}
    </div>
  );
}

type SelectProps = Omit<ComponentProps<"select">, "id" | "name"> & { name: string; label: ReactNode; error?: string; hint?: ReactNode; id?: string; options: { value: string; label: string }[] };

/**
 * A `<select>` that shows its `defaultValue` even after the value changed since it was first
 * rendered. React resets a form once its action ends, and a reset puts each select back on the
 * option that was the default *when the select mounted* (React does not move a mounted select's
 * default), so without this a rejected form, or a role just saved, would show the old choice.
 * Remounting it when the default changes makes the reset land on the current default.
 */
export function Select({ defaultValue, ...props }: ComponentProps<"select">) {
  return <select key={String(defaultValue ?? "")} defaultValue={defaultValue} {...props} />;
}

export function SelectField({ name, label, error, hint, id, options, className = "", ...props }: SelectProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <Select id={fieldId} name={name} aria-describedby={describedBy} aria-invalid={invalid} className={`${control} ${className}`} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}

export const MARKDOWN_HINT = "Markdown works: **bold**, _italic_, [links](https://…), lists, `code`, > quotes, tables.";
