import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it("without a proxy, is the socket address Next.js put in the header", () => {
    expect(clientAddress("203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind one proxy, ignores what the client wrote before the proxy's entry", () => {
    // The client forged two entries; nginx appended the real peer.
    expect(clientAddress("1.1.1.1, 2.2.2.2, 198.51.100.4", 1)).toBe("198.51.100.4");
  });

  it("behind two proxies, takes the entry the outer one appended", () => {
    expect(clientAddress("6.6.6.6, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("copes with fewer entries than proxies, blanks and no header", () => {
    expect(clientAddress("198.51.100.4", 3)).toBe("198.51.100.4");
    expect(clientAddress(" , 198.51.100.4 ,", 1)).toBe("198.51.100.4");
    expect(clientAddress(null, 1)).toBe("unknown");
    expect(clientAddress("", 0)).toBe("unknown");
  });
});

describe("trustedProxyHops", () => {
  it("reads a non-negative whole number and treats anything else as no proxy", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("one")).toBe(0);
    expect(trustedProxyHops("1.5")).toBe(0);
  });
});
