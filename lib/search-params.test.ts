import { describe, expect, it } from "vitest";
import { overviewQuerySchema } from "./health/schema";
import { pageSearchParams } from "./search-params";

describe("pageSearchParams", () => {
  it("gives a name given once as a string and a repeated one as all its values, as pages get them", () => {
    expect(pageSearchParams(new URLSearchParams("band=dormant&band=healthy&q=club&page="))).toEqual({ band: ["dormant", "healthy"], q: "club", page: "" });
    expect(pageSearchParams(new URLSearchParams(""))).toEqual({});
  });

  it("makes the health export read a repeated filter as the overview page does: not at all", () => {
    const page = overviewQuerySchema.parse({ band: ["dormant", "healthy"], q: ["gardeners", "club"] });
    const exported = overviewQuerySchema.parse(pageSearchParams(new URLSearchParams("band=dormant&band=healthy&q=gardeners&q=club")));
    expect(exported).toEqual(page);
    expect(exported.band).toBeUndefined();
  });
});
