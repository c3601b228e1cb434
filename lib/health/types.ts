// The public shapes of the health module, exactly as the contract (docs/health-model.md)
// states them. Kept in one file so the loader, the snapshots and the UI import types only.

export interface PostFeatures {
  wordCount: number; // words outside quoted text
  substantive: boolean; // ≥ 40 words or has an artefact
  hasArtifact: boolean;
  mattr: number | null; // moving-average type–token ratio, window 50; null under 50 tokens
  textHash: string; // hash of the normalised text, for exact duplicates
  minhash: number[]; // 64-value MinHash signature of word 3-shingles (empty under 3 words)
  version: number; // bump when the normalisation, hashes or rules change; stored features are then recomputed
}

export interface GroupActivity {
  groupId: string;
  createdAt: Date;
  memberIds: string[]; // counted actors today
  threads: { id: string; authorId: string; createdAt: Date }[];
  posts: {
    id: string;
    threadId: string;
    authorId: string;
    parentId: string | null; // the post it answers; null for the thread opener
    createdAt: Date;
    visible: boolean;
    features: PostFeatures;
  }[];
  reactions: { postId: string; userId: string; createdAt: Date }[];
  meetups: {
    id: string;
    organizerIds: string[];
    startsAt: Date;
    cancelled: boolean;
    goingIds: string[];
    checkedInIds: string[];
    linkedThreadIds: string[];
  }[];
  projects: {
    id: string;
    sourceThreadId: string | null;
    status: "proposed" | "active" | "completed" | "archived";
    completedAt: Date | null;
    contributorIds: string[];
    updates: { authorId: string; createdAt: Date }[];
  }[];
}

export interface MetricScore {
  key: string;
  label: string;
  score: number | null; // 0–100; null when not applicable (n = 0)
  value: number | null; // the raw value in its own unit; null when not applicable
  target: number | null;
  sample: number; // n behind the value
  provisional: boolean;
  contribution: number; // points of `overall` (0 when not applicable)
  explanation: string; // one sentence with the evidence
}

export interface DimensionScore {
  key: "activity" | "richness" | "meetups" | "projects";
  score: number;
  weight: number;
  metrics: MetricScore[];
}

export type Band = "thriving" | "healthy" | "needs-attention" | "dormant";

export interface HealthReport {
  groupId: string;
  computedAt: Date;
  overall: number;
  band: Band;
  provisional: boolean;
  dimensions: DimensionScore[];
}

export interface HealthDriver {
  dimension: DimensionScore["key"];
  key: string;
  label: string;
  delta: number;
  explanation: string;
  /** The metric's score in the previous and the current report; null where it was not applicable (or missing). */
  before?: number | null;
  after?: number | null;
}

export type DimensionKey = DimensionScore["key"];
