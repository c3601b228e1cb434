import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { hashPassword, weakPasswordMessage } from "./password";
import type { SignUpInput } from "./schema";

export async function registerUser(input: SignUpInput) {
  const weak = weakPasswordMessage(input.password, [input.email, input.name, "toile"]);
  if (weak) throw new AppError("INVALID", weak, { field: "password" });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("ALREADY_EXISTS", "An account already uses this email. Sign in instead, or use another address.", { field: "email" });
    }
    throw error;
  }
}

export async function setSiteAdmin(email: string, isSiteAdmin: boolean) {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No account uses ${email}.`);
  await db.user.update({ where: { id: user.id }, data: { isSiteAdmin } });
}
