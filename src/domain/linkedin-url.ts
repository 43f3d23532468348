/**
 * One spelling per LinkedIn profile, so the same person typed or exported differently matches:
 * `linkedin.com/in/Elaine-L/`, `http://www.linkedin.com/in/elaine-l?trk=x` → `https://www.linkedin.com/in/elaine-l`.
 * Undefined when the text is not a linkedin.com URL.
 */
export function normalizeLinkedinUrl(text: string): string | undefined {
  const input = text.trim();
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (host !== "linkedin.com" && !host.endsWith(".linkedin.com")) return undefined;
  const path = url.pathname.replace(/\/+$/, "").toLowerCase();
  // A person's profile, not a company page or a post.
  if (!/^\/(in|pub)\/[^/]+/.test(path)) return undefined;
  return `https://www.linkedin.com${path}`;
}
