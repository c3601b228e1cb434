-- Creating and revoking invitation links goes into the moderation log (decision 018): a link is
-- an add by whoever holds it, so who made one, and who stopped it, is part of the group's record.
-- AlterEnum
ALTER TYPE "ModerationAction" ADD VALUE 'invite_created';
ALTER TYPE "ModerationAction" ADD VALUE 'invite_revoked';

-- AlterEnum
ALTER TYPE "ModerationTargetKind" ADD VALUE 'invite';
