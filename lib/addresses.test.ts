import { describe, expect, it } from "vitest";
import { decideAddress } from "./addresses";

const decide = (address: string, method = "GET") => decideAddress(new URL(address, "http://toile.test"), method);

describe("decideAddress (the proxy's first look at an address)", () => {
  it("lets ordinary addresses through, escapes and all", () => {
    expect(decide("/g/city-gardeners/t/12-compost?page=2")).toEqual({ kind: "pass" });
    expect(decide("/groups?q=r%C3%A9novation&tag=v%C3%A9lo")).toEqual({ kind: "pass" });
    expect(decide("/groups?q=100%25")).toEqual({ kind: "pass" });
  });

  it("answers a path that cannot be decoded, or that hides a NUL, with the 404 page", () => {
    expect(decide("/g/x/t/1-100%")).toEqual({ kind: "not-found" });
    expect(decide("/g/x/t/%zz")).toEqual({ kind: "not-found" });
    expect(decide("/g/%00")).toEqual({ kind: "not-found" });
    expect(decide("/g/city/meetups/1%00", "POST")).toEqual({ kind: "not-found" });
  });

  it("drops a NUL from a query by redirecting a GET to the same address without it", () => {
    expect(decide("/groups?q=%00soil&tag=gar%00den")).toEqual({ kind: "redirect", to: "http://toile.test/groups?q=soil&tag=garden" });
    expect(decide("/groups?q=%00", "HEAD")).toEqual({ kind: "redirect", to: "http://toile.test/groups?q=" });
    expect(decide("/g/x/thread-choices?q=a%00b")).toEqual({ kind: "redirect", to: "http://toile.test/g/x/thread-choices?q=ab" });
    // Both at once, in one redirect.
    expect(decide("/g/City-Gardeners/t/3-x?q=%00a")).toEqual({ kind: "redirect", to: "http://toile.test/g/city-gardeners/t/3-x?q=a" });
    // A form post keeps its address (its own input is cleaned by the form code).
    expect(decide("/groups?q=soil", "POST")).toEqual({ kind: "pass" });
  });

  it("answers any other method with a NUL in the query with the 404 page (a POST renders the page, reading its query)", () => {
    for (const address of ["/groups?q=a%00b", "/g/city-gardeners/members?q=a%00b", "/health?q=a%00b", "/groups?q=%00"]) {
      for (const method of ["POST", "PUT", "DELETE"]) expect(decide(address, method), `${method} ${address}`).toEqual({ kind: "not-found" });
    }
  });

  it("sends a group address typed in capitals to its lower-case form, keeping the rest", () => {
    expect(decide("/g/CITY-GARDENERS")).toEqual({ kind: "redirect", to: "http://toile.test/g/city-gardeners" });
    expect(decide("/g/City-Gardeners/t/12-Compost-Bins?page=2")).toEqual({ kind: "redirect", to: "http://toile.test/g/city-gardeners/t/12-Compost-Bins?page=2" });
    expect(decide("/g/city-gardeners/Meetups")).toEqual({ kind: "pass" });
    expect(decide("/groups/New")).toEqual({ kind: "pass" });
  });

  it("sends a number written with leading zeros in a group's address to its one address", () => {
    expect(decide("/g/city-gardeners/meetups/017")).toEqual({ kind: "redirect", to: "http://toile.test/g/city-gardeners/meetups/17" });
    expect(decide("/g/city-gardeners/projects/01/edit?x=1")).toEqual({ kind: "redirect", to: "http://toile.test/g/city-gardeners/projects/1/edit?x=1" });
    expect(decide("/g/City-Gardeners/meetups/0009/calendar.ics")).toEqual({ kind: "redirect", to: "http://toile.test/g/city-gardeners/meetups/9/calendar.ics" });
    // Zero itself names nothing and stays as typed (its page says so); slugs and thread names keep their digits.
    expect(decide("/g/city-gardeners/meetups/0")).toEqual({ kind: "pass" });
    expect(decide("/g/007-agents/t/12-007-and-more")).toEqual({ kind: "pass" });
    expect(decide("/u/0123")).toEqual({ kind: "pass" });
    expect(decide("/g/0123/meetups/04")).toEqual({ kind: "redirect", to: "http://toile.test/g/0123/meetups/4" });
  });
});
