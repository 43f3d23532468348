import { expect } from "vitest";

/**
 * RFC 5545 §3.1 and RFC 6350 §3.2, as a reader sees them: CRLF after every line and nowhere
 * else, no line over 75 octets (a fold's leading space counted), no fold inside a character.
 */
export function expectContentLines(text: string): void {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // With the u flag, a surrogate matches only when it is half of a split pair.
    expect(line).not.toMatch(/\p{Cs}/u);
  }
}
