/**
 * One error type for expected failures. Pages turn NOT_FOUND/FORBIDDEN into notFound()/
 * forbidden(); actions return them as form errors; route handlers map them to a status.
 * Anything else is a bug: logged server-side, shown as a generic message.
 */
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID" | "ALREADY_EXISTS" | "RATE_LIMITED" | "CONFLICT";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID: 400,
  ALREADY_EXISTS: 409,
  RATE_LIMITED: 429,
  CONFLICT: 409,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For INVALID / ALREADY_EXISTS: which form field the message belongs to. */
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options?.field;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Prisma's unique-constraint violation, without importing Prisma here. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
