// Small, fast, deterministic, non-cryptographic hashes for duplicate detection. They are part
// of the stored features: changing anything here requires bumping FEATURES_VERSION.

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a32(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a bijection on 32 bits with good avalanche. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(x: number): string {
  return (x >>> 0).toString(16).padStart(8, "0");
}

/**
 * 64-bit text hash as 16 hex characters: two independent 32-bit FNV-1a lanes (different
 * offset bases), each finalised. 32 bits alone would be enough for one author's week, but
 * 64 bits make an accidental "exact duplicate" practically impossible for free.
 */
export function textHash64(text: string): string {
  const a = fmix32(fnv1a32(text));
  const b = fmix32(fnv1a32(text, 0x9747b28c) ^ text.length);
  return hex8(a) + hex8(b);
}

export const MINHASH_SIZE = 64;

/**
 * The 64 MinHash functions are h_i(x) = fmix32(x ^ s_i): seeded bijections of the 32-bit
 * space. The seeds s_i are fixed constants drawn once from SplitMix32 with a fixed seed, so
 * every process computes the same signatures.
 */
export const MINHASH_SEEDS: readonly number[] = (() => {
  const seeds: number[] = [];
  let state = 0x5eed1e55;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    seeds.push((z ^ (z >>> 16)) >>> 0);
  }
  return seeds;
})();

/** Order-sensitive 32-bit hash of a word 3-shingle from the three words' hashes. */
function shingleHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x27d4eb2f, 0x165667b1);
  h = Math.imul((h ^ (h >>> 15)) ^ b, 0x85ebca77);
  h = Math.imul((h ^ (h >>> 13)) ^ c, 0xc2b2ae3d);
  return fmix32(h);
}

/** MinHash signature of the word 3-shingles of `words`; empty under 3 words. */
export function minhashOfWords(words: readonly string[]): number[] {
  if (words.length < 3) return [];
  const wordHashes = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a32(words[i] as string);
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  const seeds = MINHASH_SEEDS;
  for (let i = 0; i + 2 < words.length; i++) {
    const s = shingleHash(wordHashes[i] as number, wordHashes[i + 1] as number, wordHashes[i + 2] as number);
    for (let j = 0; j < MINHASH_SIZE; j++) {
      const v = fmix32(s ^ (seeds[j] as number));
      if (v < (sig[j] as number)) sig[j] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the fraction of equal components (0 if not comparable). */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
