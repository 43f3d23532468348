// A card's emails, phones and links, each with its label: from its TYPE parameters (bare 2.1
// types too, made TYPE= by vcard-lines.ts) or its item group's X-ABLabel (`_$!<Home>!$_`, free
// text). The primary of each kind is the one the card prefers (4.0 `PREF=1`, the lowest PREF;
// 3.0 and 2.1 `TYPE=pref`), else its first; the others come in the card's order.
import type ICAL from "ical.js";
import type { IncomingValue } from "../domain/incoming.js";
import { normalizeLinkedinUrl } from "../domain/linkedin-url.js";
import { type LabeledValue, labelFrom, urlLabel, type ValueKind, valueKey, valueProblem } from "../domain/value-lists.js";

export interface CardValues {
  /** The primary email and phone as the card writes them: the import checks them as its fields. */
  email: LabeledValue | null;
  phone: LabeledValue | null;
  /** The preferred LinkedIn profile, else the first. */
  linkedinUrl: string | null;
  /** The others, emails then phones then links, each kind in the card's order. */
  more: IncomingValue[];
  /** A property for each other value that is none of its kind (`EMAIL:n/a`): counted as skipped. */
  skipped: string[];
}

const PROPERTY: Readonly<Record<ValueKind, string>> = { email: "email", phone: "tel", url: "url" };

/** A home fax is a fax first: a label that says home would have it dialled. */
const FIRST_WORDS = new Set(["fax", "pager"]);

interface CardValue extends LabeledValue {
  /** Lower is preferred; a value the card does not prefer has none. */
  rank: number;
}

export function cardValues(card: ICAL.Component, textOf: (value: unknown) => string | null): CardValues {
  const [emails, phones, urls] = [valuesOf(card, "email", textOf), valuesOf(card, "phone", textOf), valuesOf(card, "url", textOf)];
  const result: CardValues = { email: null, phone: null, linkedinUrl: null, more: [], skipped: [] };
  const others = (kind: ValueKind, values: CardValue[]) => {
    for (const { value, label } of values) {
      if (valueProblem(kind, value) === undefined) result.more.push({ kind, value, label });
      else result.skipped.push(PROPERTY[kind].toUpperCase());
    }
  };
  for (const [kind, values] of [
    ["email", emails],
    ["phone", phones],
  ] as const) {
    const primary = preferred(values);
    if (primary === undefined) continue;
    result[kind] = { value: primary.value, label: primary.label };
    others(
      kind,
      values.filter((v) => v !== primary),
    );
  }
  const profile = preferred(urls.filter((u) => normalizeLinkedinUrl(u.value) !== undefined));
  if (profile) result.linkedinUrl = normalizeLinkedinUrl(profile.value)!;
  others(
    "url",
    urls.filter((u) => u !== profile).map((u) => ({ ...u, label: u.label ?? urlLabel(u.value) })),
  );
  return result;
}

/**
 * The card's values of a kind, each once (as values compare), with its label and how much the
 * card prefers it: a value written twice (`EMAIL:d@x.com`, `EMAIL;TYPE=pref,work:D@X.COM`) is
 * where it first comes, with the first label either gives and the preference of either.
 */
function valuesOf(card: ICAL.Component, kind: ValueKind, textOf: (value: unknown) => string | null): CardValue[] {
  const seen = new Map<string, CardValue>();
  const values: CardValue[] = [];
  for (const property of card.getAllProperties(PROPERTY[kind])) {
    let value = textOf(property.getFirstValue());
    if (value !== null && kind === "phone") value = value.replace(/^tel:/i, "").trim() || null;
    if (value === null) continue;
    // DAVx5 writes a custom label as an x- type (`TYPE=x-aunt`): the label is what follows.
    const types = wordsOf(property.getParameter("type")).map((t) => t.replace(/^x-(?=.)/i, ""));
    const pref = Number(property.getParameter("pref"));
    const rank = Number.isInteger(pref) && pref > 0 ? pref : types.some((t) => t.toLowerCase() === "pref") ? 1 : Number.POSITIVE_INFINITY;
    const ablabel = wordsOf(property.getParameter("x-ablabel"));
    const ordered = [...ablabel, ...types.filter((t) => FIRST_WORDS.has(t.toLowerCase())), ...types];
    const label = labelFrom(ordered.map((w) => textOf(w) ?? ""));
    // A phone without digits has no key: it is not the same as another, it is no phone (skipped, counted).
    const key = valueKey(kind, value);
    const had = key === "" ? undefined : seen.get(key);
    if (had) {
      had.label ??= label;
      had.rank = Math.min(had.rank, rank);
      continue;
    }
    const v = { value, label, rank };
    if (key !== "") seen.set(key, v);
    values.push(v);
  }
  return values;
}

/** The one the card prefers most, the first of those it prefers alike; undefined when there are none. */
function preferred(values: readonly CardValue[]): CardValue | undefined {
  return values.reduce<CardValue | undefined>((best, v) => (best === undefined || v.rank < best.rank ? v : best), undefined);
}

function wordsOf(parameter: unknown): string[] {
  if (parameter === undefined || parameter === null) return [];
  return (Array.isArray(parameter) ? parameter : [parameter]).map(String);
}
