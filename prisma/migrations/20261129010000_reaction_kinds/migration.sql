-- More kinds of reactions than "like" (decision 027).
ALTER TYPE "ReactionKind" ADD VALUE 'love';
ALTER TYPE "ReactionKind" ADD VALUE 'thanks';
ALTER TYPE "ReactionKind" ADD VALUE 'insightful';
ALTER TYPE "ReactionKind" ADD VALUE 'celebrate';
ALTER TYPE "ReactionKind" ADD VALUE 'funny';
