/**
 * One spelling per LinkedIn profile, so the same person typed or exported differently matches:
 * `linkedin.com/in/Elaine-L/`, `http://www.linkedin.com/in/elaine-l/details/?trk=x` →
 * `https://www.linkedin.com/in/elaine-l`. Undefined when the text is not a profile URL.
 */
export function normalizeLinkedinUrl(text: string): string | undefined {
  const input = text.trim();
  // Already in that spelling (as LinkedIn's export and netlog's own database write most): the
  // URL parser, most of what normalising costs, would give it back as it is.
  if (NORMAL.test(input)) return input;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (host !== "linkedin.com" && !host.endsWith(".linkedin.com")) return undefined;
  // A person's profile (/in/slug, or the old /pub/slug), not a company page or a post.
  const profile = /^\/(in|pub)\/([^/]+)/.exec(url.pathname.toLowerCase());
  if (!profile || !isSlug(profile[2]!)) return undefined;
  return `https://www.linkedin.com/${profile[1]}/${profile[2]}`;
}

/**
 * The normal spelling with an ASCII slug. Its first character is no dot: `.` and `..` are
 * path segments the parser resolves.
 */
const NORMAL = /^https:\/\/www\.linkedin\.com\/(?:in|pub)\/[a-z0-9_-][a-z0-9_.-]*$/;

/** Slugs are letters, digits and dashes, non-ASCII ones percent-encoded. */
function isSlug(encoded: string): boolean {
  try {
    return /^[\p{L}\p{N}_.-]+$/u.test(decodeURIComponent(encoded));
  } catch {
    return false; // a broken %-escape
  }
}
