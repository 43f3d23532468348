// vCard (.vcf) files read (2.1, 3.0 and 4.0) through ical.js, which does the unescaping and the
// 3.0/4.0 differences in value types; card by card, as the text streams in. Each card's lines are
// first put in the shape ical.js reads (vcard-lines.ts: 2.1, photos, what real programs write).
import type ICAL from "ical.js";
import { nameProblem } from "../domain/contact-values.js";
import { type FieldWith, fieldsWith } from "../domain/contact-fields.js";
import { setEscapesAside } from "./vcard-escapes.js";
import { normaliseCard } from "./vcard-lines.js";
import { parsedCard } from "./vcard-parse.js";
import { clipped } from "./clipped.js";
import type { Contact } from "../domain/contact.js";
import { type IncomingContact, type IncomingValue, incomingContact } from "../domain/incoming.js";
import { cardValues } from "./vcard-values.js";
import type { RowProblem } from "./row-problem.js";

type Imported = Extract<FieldWith<"vcard">, { vcard: { import: string } }>;
/** The table's fields that import vcard reads, in its order. */
const IMPORTED = fieldsWith("vcard").filter((f): f is Imported => "import" in f.vcard);
type CardFields = Pick<Contact, "name" | "emailLabel" | "phoneLabel" | Imported["key"]>;

/** What a card holds of a contact's fields, and the line of its BEGIN:VCARD for error messages. */
export type CardContact = CardFields & Pick<Contact, "tags"> & { line: number; more: IncomingValue[] } & CardDates;

/**
 * A card and its UID when that is a uuid (netlog's export writes `urn:uuid:<netlog uuid>`): who it
 * is to the import; and the names of the properties left out of it (a photo, an X- extension).
 */
type IdentifiedCard = CardContact & { uuid: string | null; skipped: string[] };

/** How many of each property the cards that were read left out, by property name. */
export type SkippedProperties = Map<string, number>;

const UUID = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const BEGIN = /^BEGIN:VCARD[ \t]*$/i;
const END = /^END:VCARD[ \t]*$/i;
/** A card bigger than this (a photo of a poster?) is refused: memory stays that of one card. */
const MAX_CARD_CHARS = 16 * 1024 * 1024;

/** Whether the start of a file has a BEGIN:VCARD line: else it is some other file. */
export function isVcardFile(head: string): boolean {
  return head
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .some((l) => BEGIN.test(l));
}

/** Undefined when the text has no BEGIN:VCARD: it is some other file. */
export function parseVcards(text: string, skipped?: SkippedProperties): { cards: CardContact[]; problems: RowProblem[] } | undefined {
  if (!isVcardFile(text)) return undefined;
  const cards: CardContact[] = [];
  const problems: RowProblem[] = [];
  const reader = new CardReader();
  for (const item of [
    ...text
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\n|\r/)
      .map((l) => reader.line(l)),
    reader.end(),
  ]) {
    if (item && "name" in item) cards.push(withoutUid(item, skipped));
    else if (item) problems.push(item);
  }
  return { cards, problems };
}

/** Each card, or the reason it cannot be read (with the line of its BEGIN:VCARD), as the text streams in. */
export async function* readVcards(text: AsyncIterable<string>, skipped?: SkippedProperties): AsyncGenerator<CardContact | RowProblem> {
  for await (const item of identifiedCards(text)) yield "reason" in item ? item : withoutUid(item, skipped);
}

/** As readVcards, each card as the import pipeline takes it, with netlog's uuid when it has one. */
export async function* readIncomingCards(text: AsyncIterable<string>, skipped?: SkippedProperties): AsyncGenerator<(IncomingContact & CardDates) | RowProblem> {
  for await (const item of identifiedCards(text)) {
    if ("reason" in item) yield item;
    else {
      count(item.skipped, skipped);
      yield Object.assign(incomingContact(item), item.dates ? { dates: item.dates } : {});
    }
  }
}

/** The card as the file holds it; what it left out is counted. */
function withoutUid({ uuid: _, skipped: left, ...card }: IdentifiedCard, skipped: SkippedProperties | undefined): CardContact {
  count(left, skipped);
  return card;
}

function count(names: string[], into: SkippedProperties | undefined): void {
  if (into === undefined) return;
  // A name is the file's: one of a thousand characters would not fit the summary's line.
  for (const name of names.map((n) => clipped(n, 40))) into.set(name, (into.get(name) ?? 0) + 1);
}

async function* identifiedCards(text: AsyncIterable<string>): AsyncGenerator<IdentifiedCard | RowProblem> {
  const reader = new CardReader();
  for await (const line of lines(text)) {
    const item = reader.line(line);
    if (item) yield item;
  }
  const last = reader.end();
  if (last) yield last;
}

/** Lines split at CRLF, LF or CR, also when a line end falls between two chunks. */
async function* lines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = "";
  let first = true;
  for await (let chunk of text) {
    if (first) chunk = chunk.replace(/^\uFEFF/, "");
    first = false;
    if (carry.length >= MAX_CARD_CHARS) {
      // A line this long cannot be part of a card: the rest of it is not kept, up to its end.
      const end = chunk.search(/[\r\n]/);
      if (end === -1) continue;
      chunk = chunk.slice(end);
    }
    let buffer = carry + chunk;
    // A CR at the end may be the first half of a CRLF: it waits for the next chunk.
    const cr = buffer.endsWith("\r");
    if (cr) buffer = buffer.slice(0, -1);
    const parts = buffer.split(/\r\n|\n|\r/);
    carry = parts.pop()!.slice(0, MAX_CARD_CHARS) + (cr ? "\r" : "");
    yield* parts;
  }
  if (carry !== "") yield carry.replace(/\r$/, "");
}

/**
 * Cards from lines fed one by one. Each card is handed to ical.js on its own, so one broken
 * card costs only itself.
 */
class CardReader {
  private card: string[] | undefined;
  private size = 0;
  private start = 0;
  private at = 0;

  line(text: string): IdentifiedCard | RowProblem | undefined {
    this.at++;
    if (BEGIN.test(text)) {
      const unended = this.card === undefined ? undefined : this.unended();
      [this.card, this.size, this.start] = [[text], text.length, this.at];
      return unended;
    }
    if (this.card === undefined) return undefined;
    this.size += text.length;
    if (this.size <= MAX_CARD_CHARS) this.card.push(text);
    if (!END.test(text)) return undefined;
    const [lines, line] = [this.card, this.start];
    this.card = undefined;
    if (this.size > MAX_CARD_CHARS) return { line, reason: `a card larger than ${MAX_CARD_CHARS / 1024 / 1024} MiB` };
    const card = readCard(lines);
    return typeof card === "string" ? { line, reason: card } : { line, ...card };
  }

  end(): RowProblem | undefined {
    return this.card === undefined ? undefined : this.unended();
  }

  private unended(): RowProblem {
    return { line: this.start, reason: "BEGIN:VCARD without END:VCARD" };
  }
}

/** The card's fields, or why it cannot be read. */
function readCard(lines: string[]): Omit<IdentifiedCard, "line"> | string {
  const shaped = normaliseCard(lines);
  // Unfolded first (normaliseCard), so that an escape cut by a fold (RFC 6350 allows it) is seen whole.
  const escapes = setEscapesAside(shaped.lines.join("\r\n"));
  if (!escapes) return "unreadable vCard: it holds too many Unicode noncharacters";
  const parsed = parsedCard(escapes.text);
  if ("reason" in parsed) return parsed.reason;
  const { card, unreadable } = parsed;
  const skipped = [...shaped.skipped, ...unreadable.map((u) => u.name)];
  const textOf = (value: unknown) => (value === null || value === undefined ? null : trimmed(escapes.restore(String(value))));
  const first = (name: string) =>
    card
      .getAllProperties(name)
      .map((p) => textOf(p.getFirstValue()))
      .find((v) => v !== null) ?? null;
  const components = (name: string) => {
    // A structured value with one component comes back as a plain string, not a one-item array.
    const value: unknown = card.getFirstProperty(name)?.getFirstValue();
    return (Array.isArray(value) ? value : [value]).map((c: unknown) => textOf(Array.isArray(c) ? c.join(" ") : c));
  };
  const [family, given] = components("n");
  const name = first("fn") ?? ([given, family].filter(Boolean).join(" ") || null);
  // A name that ical.js could not read: why, rather than that there is none.
  if (name === null) return unreadable.find((u) => u.name === "FN" || u.name === "N")?.reason ?? "no name (FN or N)";
  const badName = nameProblem(name);
  if (badName) return badName.message;
  // Every email, phone and link, with its label: the preferred of each in the fields, the rest in `more`.
  const values = cardValues(card, textOf);
  skipped.push(...values.skipped);
  const fields: Record<string, string | null> = { emailLabel: values.email?.label ?? null, phoneLabel: values.phone?.label ?? null };
  for (const field of IMPORTED) {
    const { property, import: how } = field.vcard;
    if (how === "any") {
      fields[field.key] = values.linkedinUrl;
      continue;
    }
    if (how === "address") {
      fields[field.key] = addressOf(card.getFirstProperty(property), textOf);
      continue;
    }
    const raw =
      how === "component"
        ? (components(property)[0] ?? null)
        : property === "email"
          ? (values.email?.value ?? null)
          : property === "tel"
            ? (values.phone?.value ?? null)
            : first(property);
    const value = raw !== null && "fromCard" in field.vcard ? field.vcard.fromCard(raw) : raw;
    const typed = value === null ? undefined : field.read(value);
    if (typed !== undefined && "problem" in typed) return problemShown(field, value!, typed.problem);
    fields[field.key] = value;
  }
  const tags = card
    .getAllProperties("categories")
    .flatMap((p) => p.getValues().map(textOf))
    .filter((t): t is string => t !== null);
  const uuid = UUID.exec(first("uid") ?? "")?.[1]?.toLowerCase() ?? null;
  return { uuid, name, ...(fields as Omit<CardFields, "name">), tags: [...new Set(tags)], more: values.more, skipped, ...cardDates(card) };
}

/**
 * A place as one line: an ADR's LABEL parameter (what netlog writes, and a formatted address some
 * programs add), else its non-empty parts (street, town, region, code, country) joined by commas.
 */
function addressOf(property: { getParameter(name: string): unknown; getFirstValue(): unknown } | null, textOf: (value: unknown) => string | null): string | null {
  if (!property) return null;
  const label = textOf(property.getParameter("label"));
  if (label) return label;
  const value: unknown = property.getFirstValue();
  const parts = (Array.isArray(value) ? value : [value])
    .flat()
    .map(textOf)
    .filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(", ") : null;
}

/** The field's problem with the value, as its validator words it, quoting at most the start of the value. */
function problemShown(field: Imported, value: string, problem: string): string {
  const shown = field.read(clipped(value));
  return "problem" in shown ? shown.problem : clipped(problem, 100);
}

/** A yearly date a card holds: BDAY, or ANNIVERSARY (vCard 4.0). The import checks it is a real day. */
export interface CardDate {
  kind: "birthday" | "anniversary";
  month: number;
  day: number;
  year: number | null;
}

/** Only on cards that have some, so that a card without dates reads as it always did. */
export type CardDates = { dates?: CardDate[] };

/** ical.js gives `1986-04-14`, `--04-14` (no year), or with a time `2009-08-08T14:30-05:00`, whatever the card wrote. */
const CARD_DATE = /^(?:(\d{4})|-)-(\d{2})-(\d{2})(?:T.*)?$/;

/**
 * BDAY and ANNIVERSARY as month, day and year: `--0414`, `1986-04-14`, `19860414`, with a time or
 * not. A text value (`circa 1800`) is no date and is left out. Apple's Contacts writes a birthday
 * without a year in the year 1604, saying so with X-APPLE-OMIT-YEAR=1604: that year is no year.
 */
export function cardDates(card: ICAL.Component): CardDates {
  const dates: CardDate[] = [];
  for (const [property, kind] of [
    ["bday", "birthday"],
    ["anniversary", "anniversary"],
  ] as const) {
    const found = card.getFirstProperty(property);
    if (!found || found.type === "text") continue;
    const m = CARD_DATE.exec(String(found.getFirstValue()));
    if (!m) continue;
    const omitted = found.getParameter("x-apple-omit-year");
    const year = m[1] === undefined || m[1] === "1604" || m[1] === omitted ? null : Number(m[1]);
    dates.push({ kind, month: Number(m[2]), day: Number(m[3]), year });
  }
  return dates.length > 0 ? { dates } : {};
}

/** Trimmed text, null when empty. */
function trimmed(value: string): string | null {
  const text = value.trim();
  return text === "" ? null : text;
}
