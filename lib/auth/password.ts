import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as fr from "@zxcvbn-ts/language-fr";

/** argon2id with the library's defaults (OWASP-recommended memory and time costs). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never matches.
    return false;
  }
}

let strength: ZxcvbnFactory | undefined;

/**
 * Length alone lets "password123" through; zxcvbn estimates how guessable a password is
 * (dictionaries in English and French, keyboard patterns, the person's own name and email).
 * Returns a specific message for a weak password, or null.
 */
export function weakPasswordMessage(password: string, userInputs: string[]): string | null {
  strength ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  const result = strength.check(password, userInputs);
  if (result.score >= 3) return null;
  const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? "Add another word or two.";
  return `This password is too easy to guess. ${hint}`.trim();
}
