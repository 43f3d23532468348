import { describe, expect, it } from "vitest";
import { normalizeLinkedinUrl } from "../../src/domain/linkedin-url.js";

describe("normalizeLinkedinUrl", () => {
  it.each([
    ["https://www.linkedin.com/in/elaine-longmire", "https://www.linkedin.com/in/elaine-longmire"],
    ["linkedin.com/in/Elaine-Longmire/", "https://www.linkedin.com/in/elaine-longmire"],
    ["http://www.linkedin.com/in/elaine-longmire?trk=abc", "https://www.linkedin.com/in/elaine-longmire"],
    ["https://uk.linkedin.com/in/elaine", "https://www.linkedin.com/in/elaine"],
    ["https://www.linkedin.com/in/elaine-l/details/experience/", "https://www.linkedin.com/in/elaine-l"],
    ["https://www.linkedin.com/in/j%C3%BCrgen-stra%C3%9Fe", "https://www.linkedin.com/in/j%c3%bcrgen-stra%c3%9fe"],
  ])("%s → %s", (text, url) => {
    expect(normalizeLinkedinUrl(text)).toBe(url);
  });

  it.each([
    "https://example.com/in/elaine",
    "linkedin.com",
    "not a url at all",
    "https://notlinkedin.com/in/x",
    "linkedin.com/company/acme",
    "https://www.linkedin.com/in/",
    "https://www.linkedin.com/in",
    "https://www.linkedin.com/in/../../company/x",
    "https://www.linkedin.com/in/x%0a",
    "https://www.linkedin.com/in/x%20y",
    "https://www.linkedin.com/in/%E0%A4%A",
  ])("refuses %s", (text) => {
    expect(normalizeLinkedinUrl(text)).toBeUndefined();
  });

  it.each([
    "https://www.linkedin.com/in/elaine-longmire",
    "https://www.linkedin.com/pub/elaine-longmire-1a2b3c",
    "https://www.linkedin.com/in/a..b",
    "https://www.linkedin.com/in/_x.",
    "https://www.linkedin.com/in/0",
    "  https://www.linkedin.com/in/elaine  ",
  ])("gives %j, already in its spelling, as the URL parser does", (text) => {
    // A trailing slash sends the same profile through the parser.
    expect(normalizeLinkedinUrl(text)).toBe(normalizeLinkedinUrl(`${text.trim()}/`));
    expect(normalizeLinkedinUrl(text)).toBe(text.trim());
  });
});
