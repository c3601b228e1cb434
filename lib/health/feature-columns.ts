/**
 * PostFeatures ⇄ Post columns. MinHash signatures are stored as 64 little-endian uint32 in a
 * bytea (256 bytes), which loads far faster than an int[] for the hundreds of thousands of
 * posts a full recompute reads.
 */
import type { PostFeatures } from "./types";

export interface FeatureColumns {
  featuresVersion: number;
  wordCount: number;
  substantive: boolean;
  hasArtifact: boolean;
  mattr: number | null;
  textHash: string;
  minhash: Uint8Array<ArrayBuffer> | null;
}

export function encodeMinhash(values: number[]): Uint8Array<ArrayBuffer> | null {
  if (values.length === 0) return null;
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => view.setUint32(index * 4, value >>> 0, true));
  return bytes;
}

export function decodeMinhash(bytes: Uint8Array | null | undefined): number[] {
  if (!bytes || bytes.length === 0) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Array<number>(bytes.byteLength >>> 2);
  for (let i = 0; i < values.length; i++) values[i] = view.getUint32(i * 4, true);
  return values;
}

export function featuresToColumns(features: PostFeatures): FeatureColumns {
  return {
    featuresVersion: features.version,
    wordCount: features.wordCount,
    substantive: features.substantive,
    hasArtifact: features.hasArtifact,
    mattr: features.mattr,
    textHash: features.textHash,
    minhash: encodeMinhash(features.minhash),
  };
}

export function columnsToFeatures(row: Omit<FeatureColumns, "minhash"> & { minhash: Uint8Array | null }): PostFeatures {
  return {
    version: row.featuresVersion,
    wordCount: row.wordCount,
    substantive: row.substantive,
    hasArtifact: row.hasArtifact,
    mattr: row.mattr,
    textHash: row.textHash,
    minhash: decodeMinhash(row.minhash),
  };
}
