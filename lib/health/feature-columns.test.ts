import { describe, expect, it } from "vitest";
import { analyzePost } from "./analyze-post";
import { columnsToFeatures, decodeMinhash, encodeMinhash, featuresToColumns } from "./feature-columns";

describe("feature columns", () => {
  it("round-trips MinHash signatures through bytes, including values above 2^31", () => {
    const values = [0, 1, 2 ** 31, 2 ** 32 - 1, 123456789];
    expect(decodeMinhash(encodeMinhash(values))).toEqual(values);
    expect(encodeMinhash([])).toBeNull();
    expect(decodeMinhash(null)).toEqual([]);
  });

  it("round-trips analyzePost's features", () => {
    const features = analyzePost("We planted **garlic** along the fence today, see https://example.org/garlic for the variety list.");
    expect(columnsToFeatures(featuresToColumns(features))).toEqual(features);
  });
});
