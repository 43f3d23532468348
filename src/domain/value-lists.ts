// A contact's emails, phones and links: any number of each, with a label, one of them primary.
// The primary is the one in the contact's own column (email, phone, linkedin_url), which every
// single-value place (CSV's column, the morning list, an older script's `email` key) shows; the
// others are rows of contact_values (migration 012). Pure: what a value is and when two are one.
import { isEmailAddress } from "./contact-values.js";
import { normalizeLinkedinUrl } from "./linkedin-url.js";

export type ValueKind = "email" | "phone" | "url";
export const VALUE_KINDS: readonly ValueKind[] = ["email", "phone", "url"];

export interface LabeledValue {
  value: string;
  /** work, home, mobile, linkedin, website, or free text; null when the source gave none. */
  label: string | null;
}

/** One of a contact's values as lists show it: the primary first, the others in the order they came. */
export interface ListedValue extends LabeledValue {
  primary: boolean;
}

/** A contact's values of every kind, the primary of each first. */
export interface ValueLists {
  emails: ListedValue[];
  phones: ListedValue[];
  urls: ListedValue[];
}

export const LIST_OF: Readonly<Record<ValueKind, keyof ValueLists>> = { email: "emails", phone: "phones", url: "urls" };

/** Fewer digits than this are an extension or a typo: no key two people could not share. */
export const MIN_PHONE_DIGITS = 5;

/** What two values that are one share: an email ignoring case, a phone by its digits (and +), a LinkedIn profile however written. */
export function valueKey(kind: ValueKind, value: string): string {
  if (kind === "email") return value.trim().toLowerCase();
  if (kind === "phone") return value.replace(/[^\d+]/g, "");
  return normalizeLinkedinUrl(value) ?? value.trim().replace(/\/+$/, "").toLowerCase();
}

export function sameValue(kind: ValueKind, a: string, b: string): boolean {
  return valueKey(kind, a) === valueKey(kind, b);
}

/** The words address books use, in one spelling: `CELL`, `Mobile` → mobile; `pref` and `internet` are no labels. */
const LABEL_WORDS: Readonly<Record<string, string | null>> = {
  work: "work",
  home: "home",
  cell: "mobile",
  mobile: "mobile",
  iphone: "mobile",
  main: "main",
  fax: "fax",
  pager: "pager",
  other: "other",
  linkedin: "linkedin",
  website: "website",
  homepage: "website",
  blog: "blog",
  profile: "profile",
  pref: null,
  internet: null,
  voice: null,
  x400: null,
  text: null,
  msg: null,
};

/**
 * One label from what a card or a CSV gives (`["WORK","VOICE"]`, `* Mobile`, `_$!<Home>!$_`):
 * the first word that means something, else the free text trimmed, else null.
 */
export function labelFrom(words: readonly string[]): string | null {
  for (const raw of words) {
    const word = raw
      .replace(/^_\$!<(.*)>!\$_$/, "$1")
      .replace(/^\*\s*/, "")
      .trim();
    if (word === "") continue;
    const known = LABEL_WORDS[word.toLowerCase()];
    if (known === null) continue;
    return known ?? (word.length > 40 ? word.slice(0, 40) : word);
  }
  return null;
}

/** What a URL is when nothing says: a LinkedIn profile, or a website. */
export function urlLabel(url: string): string {
  return normalizeLinkedinUrl(url) ? "linkedin" : "website";
}

/** Why `value` cannot be a value of this kind; undefined when it can. */
export function valueProblem(kind: ValueKind, value: string): string | undefined {
  if (kind === "email") return isEmailAddress(value) ? undefined : `'${value}' is not an email address`;
  if (kind === "phone") return /\d/.test(value) ? undefined : `'${value}' is not a phone number`;
  return isWebUrl(value) ? undefined : `'${value}' is not a web address`;
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(/^[a-z][\w+.-]*:/i.test(text) ? text : `https://${text}`);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/**
 * `work=elaine@x.com` → label and value: the label is a short phrase before the first `=`, so a
 * URL's query (`https://x.com/?a=b`) is never taken for one.
 */
export function splitLabel(text: string): LabeledValue {
  const match = /^([\p{L}][\p{L}\p{N} _-]{0,39})=(.*)$/u.exec(text.trim());
  if (!match) return { value: text.trim(), label: null };
  return { value: match[2]!.trim(), label: labelFrom([match[1]!]) ?? match[1]!.trim() };
}

/** `elaine@x.com (work)`: a value as one line shows it. */
export function labeledText({ value, label }: LabeledValue): string {
  return label === null ? value : `${value} (${label})`;
}
