import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";

/**
 * What a server action returns to its form. On failure the form re-renders with `values` as
 * default values, so nothing the person typed is lost, and each message sits next to its field.
 */
export interface FormState {
  status: "idle" | "error" | "success";
  /** Form-level message (not tied to one field), e.g. "You are not a member of this group." */
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** What a successful action created (a reply's post id), for the form to go to it. */
  createdId?: number;
}

export const initialFormState: FormState = { status: "idle" };

/**
 * What a person typed, as stored: with one kind of line break (browsers send a textarea's as
 * CRLF; markdown, calendars and length limits want LF; the vertical tab and form feed that Word
 * pastes for a line or page break read as one), and without the other control characters, tab
 * aside: PostgreSQL cannot store U+0000, XML (feeds, calendars) cannot hold the rest, and none is
 * meaningful in typing.
 */
export function normalizeTyped(text: string): string {
  return text
    .replace(/\r\n?|[\u000B\u000C]/g, "\n")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, "");
}

/**
 * What a text field holds once the edges are trimmed: whitespace, control characters and
 * invisible format characters (zero-width spaces and joiners, the BOM, bidi marks) at either
 * end go, so a title or a post made only of them is empty, and rejected as such, instead of an
 * invisible link or an empty post. Inside the text they stay (an emoji sequence needs its joiners).
 */
export function trimInvisible(text: string): string {
  return text.replace(/^[\s\p{Cc}\p{Cf}]+|[\s\p{Cc}\p{Cf}]+$/gu, "");
}

/**
 * A one-line name or title: `trimInvisible`, and without bidi embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069), which turn the text that follows around
 * ("\u202Egnp.exe" shows as "exe.png") and which no one types in a name on purpose. Line breaks
 * and tabs (a one-line field cannot hold them, but a hand-made request can), and runs of spaces,
 * become one space: a name spread over lines would be so in calendars and feeds.
 */
export function singleLineText(text: string): string {
  return trimInvisible(
    text
      .replace(/[\u202A-\u202E\u2066-\u2069]/g, "")
      .replace(/[\t\n\r\v\f\u0085\u2028\u2029]+/g, " ")
      .replace(/ {2,}/g, " "),
  );
}

/** A plain object's string values through `normalizeTyped` (anything else is left as it is). */
function cleanStrings(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, typeof value === "string" ? normalizeTyped(value) : value]));
}

/** The submitted text fields, to echo back on failure (never files or passwords). */
export function formValues(formData: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || omit.includes(key)) continue;
    // Multi-valued fields (checkbox lists) are joined; forms that need them read formData.getAll.
    const text = normalizeTyped(value);
    values[key] = key in values ? `${values[key]},${text}` : text;
  }
  return values;
}

/** The form-level alert when the messages sit next to fields: one wording for every form. */
export const FIELDS_NEED_ATTENTION = "Some fields need your attention.";

export class ValidationError extends AppError {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("INVALID", FIELDS_NEED_ATTENTION);
  }
}

/** First message per field, keyed by the top-level path segment. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * Fields a form submits without showing them (hidden inputs naming what it acts on: a thread,
 * a post, a group). Nobody can correct them, so a field message would sit next to nothing:
 * a bad one gets this form-level message instead (a stale page, or a tampered request).
 */
export interface HiddenFields {
  fields: readonly string[];
  message: string;
}

/** The message for a form whose hidden reference to a `thing` is malformed. */
export function staleMessage(thing: string): string {
  return `This ${thing} no longer exists or the link is malformed. Reload the page and try again.`;
}

/** Hidden fields that name a `thing` (a meetup, a project…), with its stale-reference message. */
export function hiddenRefs(thing: string, ...fields: string[]): HiddenFields {
  return { fields, message: staleMessage(thing) };
}

/**
 * Parses (string fields normalized by `normalizeTyped`) or throws a ValidationError carrying field messages. With `hidden`, a problem in one
 * of those fields throws a form-level AppError with its message instead (typed text is kept
 * by handleForm either way).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, hidden?: HiddenFields): z.infer<S> {
  const result = schema.safeParse(cleanStrings(input));
  if (result.success) return result.data;
  const fieldErrors = fieldErrorsOf(result.error);
  if (hidden && hidden.fields.some((field) => field in fieldErrors)) throw new AppError("INVALID", hidden.message);
  throw new ValidationError(fieldErrors);
}

/**
 * Runs an action body and turns expected failures into a FormState. `redirect()` and
 * `notFound()` pass through; unknown errors are logged and shown as a generic message.
 */
export async function handleForm(values: Record<string, string>, body: () => Promise<FormState | void>): Promise<FormState> {
  try {
    return (await body()) ?? { status: "success" };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ValidationError) return { status: "error", fieldErrors: error.fieldErrors, message: error.message, values };
    if (isAppError(error)) {
      // A field's message sits next to that field; the form-level alert only points at it.
      return error.field
        ? { status: "error", fieldErrors: { [error.field]: error.message }, message: FIELDS_NEED_ATTENTION, values }
        : { status: "error", message: error.message, values };
    }
    console.error("Unexpected error in a server action", error);
    return { status: "error", message: "Something went wrong on our side. Your input is kept; please try again.", values };
  }
}
