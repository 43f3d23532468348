import { describe, expect, it } from "vitest";
import { normalizeLinkedinUrl } from "../../src/domain/linkedin-url.js";

describe("normalizeLinkedinUrl", () => {
  it.each([
    ["https://www.linkedin.com/in/elaine-longmire", "https://www.linkedin.com/in/elaine-longmire"],
    ["linkedin.com/in/Elaine-Longmire/", "https://www.linkedin.com/in/elaine-longmire"],
    ["http://www.linkedin.com/in/elaine-longmire?trk=abc", "https://www.linkedin.com/in/elaine-longmire"],
    ["https://uk.linkedin.com/in/elaine", "https://www.linkedin.com/in/elaine"],
  ])("%s → %s", (text, url) => {
    expect(normalizeLinkedinUrl(text)).toBe(url);
  });

  it.each(["https://example.com/in/elaine", "linkedin.com", "not a url at all", "https://notlinkedin.com/in/x", "linkedin.com/company/acme", "https://www.linkedin.com/in/"])("refuses %s", (text) => {
    expect(normalizeLinkedinUrl(text)).toBeUndefined();
  });
});
