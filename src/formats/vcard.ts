// vCard (.vcf) files, read (3.0 and 4.0) and written (4.0) through ical.js, which does the
// unfolding, escaping and the 3.0/4.0 differences in value types; content-lines.ts keeps line
// breaks out of values and folds.
import ICAL from "ical.js";
import { contentText, foldContentLines } from "./content-lines.js";
import { setEscapesAside } from "./vcard-escapes.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import type { Contact } from "../store/contacts.js";
import type { RowProblem } from "./linkedin.js";

/** What a card holds of a contact's fields, and the line of its BEGIN:VCARD for error messages. */
export type CardContact = Pick<Contact, "name" | "company" | "title" | "email" | "phone" | "linkedinUrl" | "notes" | "tags"> & { line: number };

export type ExportableContact = Pick<Contact, "uuid" | "name" | "company" | "title" | "email" | "phone" | "linkedinUrl" | "location" | "notes" | "tags" | "updatedAt">;

const BEGIN = /^BEGIN:VCARD[ \t]*$/i;
const END = /^END:VCARD[ \t]*$/i;

/** Undefined when the text has no BEGIN:VCARD: it is some other file. */
export function parseVcards(text: string): { cards: CardContact[]; problems: RowProblem[] } | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (!lines.some((l) => BEGIN.test(l))) return undefined;
  const cards: CardContact[] = [];
  const problems: RowProblem[] = [];
  // Each card is handed to ical.js on its own, so one broken card costs only itself.
  let start = -1;
  lines.forEach((l, i) => {
    if (BEGIN.test(l)) {
      if (start !== -1) problems.push({ line: start + 1, reason: "BEGIN:VCARD without END:VCARD" });
      start = i;
    } else if (END.test(l) && start !== -1) {
      const line = start + 1;
      const card = readCard(lines.slice(start, i + 1).join("\r\n"));
      if (typeof card === "string") problems.push({ line, reason: card });
      else cards.push({ line, ...card });
      start = -1;
    }
  });
  if (start !== -1) problems.push({ line: start + 1, reason: "BEGIN:VCARD without END:VCARD" });
  return { cards, problems };
}

/** The card's fields, or why it cannot be read. */
function readCard(text: string): Omit<CardContact, "line"> | string {
  // Unfolded first, so that an escape cut by a fold (RFC 6350 allows it) is seen whole.
  const escapes = setEscapesAside(text.replace(/\r\n[ \t]/g, ""));
  if (!escapes) return "unreadable vCard: it holds too many Unicode noncharacters";
  let card: ICAL.Component;
  try {
    card = new ICAL.Component(ICAL.parse(escapes.text));
  } catch (error) {
    return `unreadable vCard: ${(error as Error).message}`;
  }
  const textOf = (value: unknown) => (value === null || value === undefined ? null : trimmed(escapes.restore(String(value))));
  const first = (name: string) => card.getAllProperties(name).map((p) => textOf(p.getFirstValue())).find((v) => v !== null) ?? null;
  const components = (name: string) => {
    // A structured value with one component comes back as a plain string, not a one-item array.
    const value: unknown = card.getFirstProperty(name)?.getFirstValue();
    return (Array.isArray(value) ? value : [value]).map((c: unknown) => textOf(Array.isArray(c) ? c.join(" ") : c));
  };
  const [family, given] = components("n");
  const name = first("fn") ?? ([given, family].filter(Boolean).join(" ") || null);
  if (name === null) return "no name (FN or N)";
  const linkedinUrl = card.getAllProperties("url").map((p) => textOf(p.getFirstValue())).map((u) => (u === null ? undefined : normalizeLinkedinUrl(u))).find(Boolean);
  const tags = card.getAllProperties("categories").flatMap((p) => p.getValues().map(textOf)).filter((t): t is string => t !== null);
  return {
    name,
    company: components("org")[0] ?? null,
    title: first("title"),
    email: first("email"),
    // 4.0 allows TEL as a tel: URI; the number is what people want to see.
    phone: first("tel")?.replace(/^tel:/i, "") ?? null,
    linkedinUrl: linkedinUrl ?? null,
    notes: first("note"),
    tags: [...new Set(tags)],
  };
}

/** Trimmed text, null when empty. */
function trimmed(value: string): string | null {
  const text = value.trim();
  return text === "" ? null : text;
}

/** vCard 4.0, CRLF line ends, one card per contact. */
export function toVcards(contacts: readonly ExportableContact[]): string {
  return contacts.map((c) => foldContentLines(toCard(c)) + "\r\n").join("");
}

/** Built as jCard, so ical.js does the escaping and the VALUE= parameters. */
function toCard(contact: ExportableContact): string {
  const properties: unknown[][] = [];
  const text = (value: unknown): unknown => (typeof value === "string" ? contentText(value) : Array.isArray(value) ? value.map(text) : value);
  const add = (name: string, type: string, ...values: unknown[]) => properties.push([name, {}, type, ...values.map(text)]);
  add("version", "text", "4.0"); // RFC 6350: must come first
  add("uid", "text", `urn:uuid:${contact.uuid}`);
  add("fn", "text", contact.name);
  // Best effort: the last word is the family name. N needs all five components to be valid.
  const words = contact.name.trim().split(/\s+/);
  add("n", "text", [words.pop() ?? "", words.join(" "), "", "", ""]);
  // ORG is structured: as a one-component array ical.js escapes the company's `;` too.
  if (contact.company) add("org", "text", [contact.company]);
  if (contact.title) add("title", "text", contact.title);
  if (contact.email) add("email", "text", contact.email);
  // ical.js's default for TEL is uri, which would leave a `,` unescaped; the number is free text.
  if (contact.phone) add("tel", "text", contact.phone);
  if (contact.linkedinUrl) add("url", "uri", contact.linkedinUrl);
  // The location is free text, not a postal address: RFC 6350's LABEL parameter holds exactly that.
  const location = contact.location && contentText(contact.location);
  if (location) properties.push(["adr", { label: location }, "text", ["", "", "", "", "", "", ""]]);
  if (contact.notes) add("note", "text", contact.notes);
  if (contact.tags.length > 0) add("categories", "text", ...contact.tags);
  // vCard timestamps have no fractional seconds, and ical.js drops the Z if they are left in.
  add("rev", "timestamp", new Date(contact.updatedAt).toISOString().replace(/\.\d+Z$/, "Z"));
  return new ICAL.Component(["vcard", properties, []]).toString();
}
