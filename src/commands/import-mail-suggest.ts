// `netlog import mail PATH --suggest`: the people you write to most who are not contacts yet.
import type { Ctx } from "../context.js";
import { readMailHeaders } from "../formats/mail-message.js";
import type { MailSuggestion } from "../reports/import-mail.js";
import { contactFinder, maxRecipientsFlag, messageKey, myAddresses } from "./import-mail-people.js";
import { type MailSource, openMailSource } from "./import-mail-source.js";

const SUGGESTIONS = 20;

/** The 20 addresses you write to most that are no contact's, most first. Changes nothing. */
export async function suggestMail(options: { path: string; maxRecipients?: string }, ctx: Ctx): Promise<MailSuggestion[]> {
  const maxRecipients = maxRecipientsFlag(options.maxRecipients);
  const source: MailSource = await openMailSource(options.path);
  const db = ctx.db();
  const me = await myAddresses(db, options.path);
  const contactOf = contactFinder(db);
  const people = new Map<string, { count: number; names: Map<string, number> }>();
  const seen = new Set<string>();
  for await (const bytes of source.headers()) {
    const m = readMailHeaders(bytes);
    const key = messageKey(m);
    if (seen.has(key) || !m.from || !me.has(m.from.address) || m.bulk || m.recipients.length > maxRecipients) continue;
    seen.add(key);
    for (const to of m.recipients) {
      if (me.has(to.address) || contactOf(to.address)) continue;
      const person = people.get(to.address) ?? { count: 0, names: new Map() };
      person.count++;
      if (to.name !== "" && to.name !== to.address) person.names.set(to.name, (person.names.get(to.name) ?? 0) + 1);
      people.set(to.address, person);
    }
  }
  return [...people]
    .map(([address, p]) => ({ address, name: [...p.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "", count: p.count }))
    .sort((a, b) => b.count - a.count || (a.address < b.address ? -1 : 1))
    .slice(0, SUGGESTIONS);
}
