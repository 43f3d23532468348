// The lines of one card put in the shape ical.js reads (vCard 3.0), before it parses them: what
// address books write is often not. Outlook and Android write 2.1 (bare type parameters as in
// `TEL;WORK;VOICE:`, quoted-printable text with soft line breaks `=` at a line's end, a CHARSET);
// the iPhone ends lines with CR CR LF; Apple and Gmail escape the colon of a URL (`http\://`);
// macOS writes `PHOTO;BASE64:`, which ical.js refuses, and the refusal cost the whole card.
// What netlog does not read and ical.js may choke on (photos, keys, X- extensions) is left out
// here and named, so that the import can say what it skipped.
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { decodeQuotedPrintable } from "./quoted-printable.js";

/** A card's text for ical.js, and the names of the properties left out of it, one per property. */
export interface NormalisedCard {
  lines: string[];
  skipped: string[];
}

/** Binary values: netlog keeps none, and a photo is most of a card's size. */
const BINARY = new Set(["PHOTO", "LOGO", "SOUND", "KEY"]);
/**
 * Apple's and Gmail's label of the property of its group (`item1.X-ABLabel:blog`): read with it,
 * as that property's X-ABLABEL parameter, since ical.js keeps no link between a group's lines.
 */
export const LABEL = "X-ABLABEL";
/** Apple's social profiles (`X-SOCIALPROFILE;type=linkedin:https://…`): a LinkedIn one is read as a URL, the others are skipped. */
const SOCIAL_PROFILE = "X-SOCIALPROFILE";
/** The 2.1 properties whose text takes 3.0's escapes of commas and line breaks (2.1 escapes only `;`). */
const TEXT_21 = new Set(["FN", "N", "ORG", "NOTE", "TITLE", "ADR", "LABEL", "NICKNAME", "ROLE"]);
const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;

/** One content line cut into its parts; `params` as written, each `NAME=value` or a bare 2.1 value. */
interface ContentLine {
  /** The item group (`item1` of `item1.EMAIL`), upper case; undefined when none. */
  group?: string;
  name: string;
  params: string[];
  value: string;
}

/** The raw lines of one card, BEGIN:VCARD to END:VCARD. */
export function normaliseCard(raw: string[]): NormalisedCard {
  const skipped: string[] = [];
  const lines: string[] = [];
  const notes: string[] = [];
  let noteAt = -1;
  const v21 = raw.some((l) => /^VERSION:\s*2\.1\s*$/i.test(l));
  const all = unfolded(raw).map((logical) => ({ logical, line: contentLine(logical) }));
  const labels = groupLabels(all.map((l) => l.line));
  for (const { logical, line } of all) {
    // Not a property netlog can cut: ical.js says why, and it is skipped there (vcard-parse.ts).
    if (line === undefined) {
      lines.push(logical);
      continue;
    }
    const shaped = shapedLine(line, v21);
    if (shaped === "label") continue;
    const label = line.group === undefined ? undefined : labels.get(line.group);
    if (label !== undefined && shaped !== "skip") shaped.params.push(`${LABEL}="${label}"`);
    if (shaped === "skip") {
      skipped.push(line.name);
      continue;
    }
    // netlog keeps one note: several (Android writes one per note) are read as one, a line apart.
    if (shaped.name === "NOTE") {
      if (noteAt === -1) noteAt = lines.push("") - 1;
      if (shaped.value.trim() !== "") notes.push(shaped.value.trim());
      continue;
    }
    lines.push(written(shaped));
  }
  if (noteAt !== -1) lines[noteAt] = `NOTE:${notes.join("\\n")}`;
  return { lines, skipped };
}

/**
 * The logical lines: folds joined (a line that starts with a space or tab continues the one
 * before), 2.1 soft line breaks joined (a quoted-printable value that ends with `=` goes on at
 * the next line, up to a blank line), and blank lines dropped. An iPhone's CR CR LF puts a blank
 * line between every line and its fold: a fold is joined across blank lines.
 */
function unfolded(raw: string[]): string[] {
  const out: string[] = [];
  let blank = false;
  for (const text of raw) {
    if (text === "") {
      blank = true;
      continue;
    }
    const last = out.length - 1;
    const previous = out[last] ?? "";
    if (last >= 0 && /^[ \t]/.test(text)) out[last] += text.slice(1);
    else if (last >= 0 && !blank && previous.endsWith("=") && isQuotedPrintable(previous)) out[last] = previous.slice(0, -1) + text;
    // A 2.1 base64 value may go on without a fold's space, up to a blank line.
    else if (last >= 0 && !blank && !/^[A-Za-z0-9.-]+[;:]/.test(text) && isBase64(previous)) out[last] += text;
    else out.push(text);
    blank = false;
  }
  return out;
}

function isQuotedPrintable(line: string): boolean {
  return /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);
}

function isBase64(line: string): boolean {
  return /^[^:]*;(?:ENCODING=)?(?:BASE64|B)[;:]/i.test(line);
}

/** The line cut at its first colon outside a quoted parameter value; undefined when it is not a property. */
function contentLine(line: string): ContentLine | undefined {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ";" || c === ":")) {
      parts.push(line.slice(start, i));
      start = i + 1;
      if (c === ":") {
        const [, group, name] = NAME.exec(parts[0]!) ?? [];
        if (name === undefined) return undefined;
        return { ...(group === undefined ? {} : { group: group.toUpperCase() }), name: name.toUpperCase(), params: parts.slice(1), value: line.slice(start) };
      }
    }
  }
  return undefined;
}

/** The property's name for the summary of what was skipped, as far as a line that is none has one. */
export function nameOf(line: string): string {
  const name = NAME.exec(/^[^;:]*/.exec(line)![0])?.[2];
  return name === undefined ? "(unreadable line)" : name.toUpperCase();
}

/** The line as ical.js reads it, "skip" for a property netlog leaves out, "label" for an X-ABLabel. */
function shapedLine(line: ContentLine, v21: boolean): ContentLine | "skip" | "label" {
  if (line.name === LABEL) return "label";
  if (BINARY.has(line.name)) return "skip";
  if (line.name.startsWith("X-") && line.name !== SOCIAL_PROFILE) return "skip";
  let encoding: string | undefined;
  let charset: string | undefined;
  const params: string[] = [];
  for (const param of line.params) {
    const eq = param.indexOf("=");
    const [key, value] = eq === -1 ? [undefined, param] : [param.slice(0, eq).toUpperCase(), param.slice(eq + 1)];
    if (key === "ENCODING" || (key === undefined && /^(QUOTED-PRINTABLE|BASE64|B|7BIT|8BIT)$/i.test(value))) encoding = value.toUpperCase();
    else if (key === "CHARSET") charset = value.replace(/^"|"$/g, "");
    // 2.1 names a type bare (`TEL;WORK;VOICE`); 3.0 and 4.0 say TYPE=.
    else if (key === undefined) params.push(`TYPE=${value}`);
    else params.push(param);
  }
  // A base64 value of a text property cannot be read as text.
  if (encoding === "BASE64" || encoding === "B") return "skip";
  let value = line.value;
  if (encoding === "QUOTED-PRINTABLE") {
    // A soft line break before a blank line or the card's end ends the value.
    const text = decodeQuotedPrintable(value.replace(/=$/, ""), charset);
    if (text === undefined) return "skip";
    value = v21 ? text : text.replace(/\r\n|\n|\r/g, "\\n");
  }
  if (v21 && (encoding === "QUOTED-PRINTABLE" || TEXT_21.has(line.name))) value = escaped21(value);
  // `\:` and `\"` are no escapes of vCard's; Apple and Gmail write them in URLs and notes all the same.
  if (value.includes("\\")) value = value.replace(/\\([\s\S])/g, (pair, c: string) => (c === ":" || c === '"' ? c : pair));
  if (line.name === SOCIAL_PROFILE) return isLinkedinProfile(params) || normalizeLinkedinUrl(uriOf(value)) ? { name: "URL", params, value: uriOf(value) } : "skip";
  // ical.js takes a URL as it is written, escapes and all (Gmail: `http\://`, 3.0 writers: `\,`).
  if (line.name === "URL") return { name: "URL", params, value: uriOf(value) };
  if (line.name === "VERSION" && v21) return { name: "VERSION", params: [], value: "3.0" };
  return { name: line.name, params, value };
}

/** 2.1 text with 3.0's escapes: 2.1 escapes only `;`; a comma, a backslash and a line break are themselves. */
function escaped21(text: string): string {
  return text
    .replace(/\\(?!;)/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\n|\r/g, "\\n");
}

/**
 * The X-ABLabel of each item group, as a parameter value can hold it: unescaped, without the
 * double quotes and control characters a quoted parameter cannot hold, its carets escaped.
 */
function groupLabels(lines: ReadonlyArray<ContentLine | undefined>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of lines) {
    if (line?.name !== LABEL || line.group === undefined) continue;
    const text = line.value
      .replace(/\\([\s\S])/g, (_, c: string) => (c === "n" || c === "N" ? " " : c))
      .replace(/["\p{Cc}]/gu, " ")
      .trim()
      // ical.js reads RFC 6868's ^-escapes in a parameter (`^n`, `^'`): a caret stays a caret.
      .replace(/\^/g, "^^");
    if (text !== "") labels.set(line.group, text);
  }
  return labels;
}

function isLinkedinProfile(params: readonly string[]): boolean {
  return params.some((p) => /^TYPE=(?:.*,)?"?linkedin"?(?:,.*)?$/i.test(p));
}

function uriOf(value: string): string {
  return value.replace(/\\([,;\\])/g, "$1");
}

function written(line: ContentLine): string {
  return `${[line.name, ...line.params].join(";")}:${line.value}`;
}
