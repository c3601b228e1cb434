import { z } from "zod";

/**
 * The languages a group's discussions can be written in, as BCP 47 codes for the `lang`
 * attribute of what members write there (WCAG 3.1.2: a screen reader reads a French group's
 * posts in a French voice), with each language's own name for the picker. The interface around
 * them stays in English.
 */
export const GROUP_LANGUAGES = [
  { code: "en", label: "English" },
  { code: "fr", label: "Français" },
  { code: "de", label: "Deutsch" },
  { code: "es", label: "Español" },
  { code: "it", label: "Italiano" },
  { code: "nl", label: "Nederlands" },
  { code: "pt", label: "Português" },
] as const;

export type GroupLanguage = (typeof GROUP_LANGUAGES)[number]["code"];

const CODES = GROUP_LANGUAGES.map((language) => language.code) as [GroupLanguage, ...GroupLanguage[]];

/** The form field: one of the codes; a form that predates the field (no value) means English. */
export const groupLanguageSchema = z.enum(CODES, { error: "Choose the language of the group's discussions." }).default("en");
