import { expect } from "vitest";

/**
 * RFC 5545 §3.1 and RFC 6350 §3.2, as a reader sees them: CRLF after every line and nowhere
 * else, no line over 75 octets (a fold's leading space counted), no fold inside a character.
 * One assertion over all the lines, which property tests call thousands of times.
 */
export function expectContentLines(text: string): void {
  expect(text.endsWith("\r\n")).toBe(true);
  // With the u flag, a surrogate matches only when it is half of a split pair.
  const bad = text
    .slice(0, -2)
    .split("\r\n")
    .filter((line) => /[\r\n]|\p{Cs}/u.test(line) || Buffer.byteLength(line) > 75);
  expect(bad).toEqual([]);
}
