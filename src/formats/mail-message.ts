// What import mail reads from a message's header section: who wrote it to whom, when, its
// Message-ID and Subject, and whether a list or a program sent it. Bodies are never read.
import { addressParser, decodeWords } from "postal-mime";
import { parseMailDate } from "./mail-date.js";
import { headerFields, headerText } from "./mail-headers.js";

export interface MailAddress {
  /** Lower case: addresses are compared so (the local part is case-sensitive only in theory). */
  address: string;
  name: string;
}

export interface MailHeaders {
  from: MailAddress | undefined;
  /** To and Cc, each address once. */
  recipients: MailAddress[];
  /** undefined when there is no Date: or it names no instant. */
  date: Date | undefined;
  rawDate: string | undefined;
  messageId: string | undefined;
  subject: string | undefined;
  /** Why a person did not write it to you: a mailing list, or a program. */
  bulk: "list" | "automated" | undefined;
}

/** Local parts of senders no one answers. */
const AUTOMATED = /^(?:no-?reply|do-?not-?reply|mailer-daemon)(?:[+._-]|$)/i;

export function readMailHeaders(bytes: Buffer): MailHeaders {
  const fields = headerFields(headerText(bytes));
  const first = (name: string) => fields.get(name)?.[0];
  const from = addresses(fields.get("from"))[0];
  const rawDate = first("date");
  const subject = first("subject");
  return {
    from,
    recipients: unique([...addresses(fields.get("to")), ...addresses(fields.get("cc"))]),
    date: rawDate === undefined ? undefined : parseMailDate(rawDate),
    rawDate,
    messageId: messageIdOf(first("message-id")),
    subject: subject === undefined ? undefined : decodeWords(subject).replace(/\s+/g, " ").trim(),
    bulk: bulkOf(fields, from),
  };
}

function bulkOf(fields: Map<string, string[]>, from: MailAddress | undefined): MailHeaders["bulk"] {
  if (fields.has("list-id") || /^(?:bulk|list|junk)\b/i.test(fields.get("precedence")?.[0] ?? "")) return "list";
  const auto = fields.get("auto-submitted")?.[0];
  if ((auto !== undefined && !/^no\b/i.test(auto)) || (from && AUTOMATED.test(from.address.split("@")[0]!))) return "automated";
  return undefined;
}

function addresses(values: string[] | undefined): MailAddress[] {
  const found: MailAddress[] = [];
  const add = (list: ReturnType<typeof addressParser>) => {
    for (const a of list) {
      if ("group" in a && a.group) add(a.group);
      else if (a.address?.includes("@")) found.push({ address: a.address.toLowerCase(), name: (a.name ?? "").trim() });
    }
  };
  for (const value of values ?? []) add(addressParser(value));
  return found;
}

function unique(list: MailAddress[]): MailAddress[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.address) && seen.add(a.address));
}

/**
 * `<id@host>` without its brackets; what some mailers write without them too. An empty `<>` is
 * no id: taken for one, every message of the mailer that writes it was one message.
 */
function messageIdOf(value: string | undefined): string | undefined {
  const id = value?.match(/<([^<>\s]+)>/)?.[1] ?? value?.trim();
  return id === "" || id === "<>" ? undefined : id;
}
