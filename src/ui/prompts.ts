// The only place inquirer is used, loaded through lazy-prompter.ts on the first question, so
// commands that never ask anything (and every run without a terminal) never load it.
// Every question, choice and default shown here goes through the neutraliser: names come from
// imports, and a name holding `\e]52;…` would otherwise write the clipboard from the picker.
// What a prompt returns is still the stored value: a choice's value is the contact, and a
// default left as shown keeps the stored text (see keptIfShown).
import { withoutFlag } from "../errors.js";
import type { ContactForm, NewContactAnswers, Prompter } from "../context.js";
import { CADENCE_HINT, parseCadence } from "../domain/cadence.js";
import { CHANNELS, type Channel } from "../domain/channels.js";
import { FORM_FIELDS } from "../domain/contact-field-form.js";
import { applyEdit, type ConversationFields } from "../domain/conversation-edit.js";
import { type CalendarDate, formatShortDate } from "../domain/dates.js";
import { nameKey } from "../domain/names.js";
import type { Direction } from "../domain/due.js";
import { neutralise } from "../text/neutralise.js";
import { nameAndCompany } from "../text/name-and-company.js";
import type { ContactRef } from "../store/contacts.js";

const inquirer = () => import("@inquirer/prompts");

/** `Elaine Longmire (Jefferson Bank)`, safe for the terminal. */
function label(ref: ContactRef): string {
  return neutralise(nameAndCompany(ref.name, ref.company));
}

/**
 * The answer to a field whose default was `shown`, the neutralised form of `stored`: Enter (or
 * Tab and Enter) answers `shown`, which must keep the stored text rather than replace a name's
 * escape code with its visible token. A changed answer is what the user typed and saw (tokens
 * left on a line edited with Tab are stored as the characters they are).
 */
function keptIfShown(answer: string, shown: string, stored: string): string {
  return answer === shown ? stored : answer;
}

const SEARCH_PAGE = 12;

/** The questions of the edit form, from the table of fields; the `last` ones after the tags. */
const questions = (last: boolean): Array<[keyof ContactForm, string]> =>
  FORM_FIELDS.filter(({ field }) => ("last" in field.form && field.form.last) === last).map(({ key, field }) => [key, field.form.prompt]);
const EDIT_FORM: ReadonlyArray<[keyof ContactForm, string]> = [...questions(false), ["tags", "Tags (separated by commas)"], ...questions(true)];

const DIRECTIONS: ReadonlyArray<{ name: string; value: Direction }> = [
  { name: "two-way", value: "both" },
  { name: "sent (you wrote and await an answer)", value: "sent" },
  { name: "received (they wrote)", value: "received" },
];

/** Typed as the note in the edit form to remove it (an emptied field would bring the old text back). */
const NO_NOTE = "-";

/** A date field checked as it is typed; `editable` puts the default on the line to change. */
async function askDate(message: string, shown: string, parse: (text: string) => Promise<CalendarDate>, editable = false): Promise<string> {
  const { input } = await inquirer();
  return input({
    message,
    default: shown,
    ...(editable ? { prefill: "editable" as const } : {}),
    validate: async (value) => {
      try {
        await parse(value);
        return true;
      } catch (error) {
        return neutralise(withoutFlag((error as Error).message));
      }
    },
  });
}

export function createPrompter(): Prompter {
  return {
    async chooseContact(message, choices) {
      const { select } = await inquirer();
      return select({ message: neutralise(message), choices: choices.map((ref) => ({ name: `${label(ref)} #${ref.id}`, value: ref })) });
    },

    async searchContact(search) {
      const { search: searchPrompt } = await inquirer();
      type Answer = { ref: ContactRef } | { newName: string };
      return searchPrompt<Answer>({
        message: "Who did you talk to?",
        pageSize: SEARCH_PAGE,
        source: (term) => {
          const typed = term?.trim() ?? "";
          const found = search(typed).slice(0, SEARCH_PAGE);
          const choices: Array<{ name: string; value: Answer }> = found.map((ref) => ({ name: label(ref), value: { ref } }));
          if (typed && !found.some((ref) => nameKey(ref.name) === nameKey(typed))) {
            choices.push({ name: `+ add ${neutralise(typed)} as a new contact`, value: { newName: typed } });
          }
          return choices;
        },
      });
    },

    async confirm(message, defaultAnswer) {
      const { confirm } = await inquirer();
      return confirm({ message: neutralise(message), default: defaultAnswer });
    },
    async replaceFollowUp(name, open, today) {
      const { confirm } = await inquirer();
      const what = open.note ? `: ${neutralise(open.note)},` : "";
      return confirm({ message: `${neutralise(name)} has an open follow-up${what} due ${formatShortDate(open.date, today)}. Replace it with the new one?`, default: true });
    },

    async newContactDetails(name): Promise<NewContactAnswers> {
      const { input } = await inquirer();
      const company = await input({ message: `${neutralise(name)}'s company (optional):` });
      const cadence = await input({
        message: "Touch base how often? (e.g. 2w, monthly; empty for the default)",
        validate: (text) => text.trim() === "" || parseCadence(text) !== undefined || CADENCE_HINT,
      });
      return { company: company.trim() || null, cadenceDays: cadence.trim() ? parseCadence(cadence)! : null };
    },

    async channel(): Promise<Channel> {
      const { select } = await inquirer();
      return select({ message: "How?", choices: CHANNELS.map((c) => ({ name: c, value: c })) });
    },

    async direction(channel) {
      const { select } = await inquirer();
      return select<Direction>({
        message: "Who wrote?",
        choices: [
          { name: `I sent the ${channel} (I await a reply)`, value: "sent" },
          { name: "They wrote to me", value: "received" },
          { name: "Both of us, back and forth", value: "both" },
        ],
        default: "sent",
      });
    },

    async reviewAction(reason) {
      const { keyChoice } = await import("./key-choice.js");
      const choices = [
        { key: "l", name: "log", value: "log" },
        { key: "s", name: "snooze", value: "snooze" },
        { key: "d", name: "dismiss", value: "dismiss" },
        { key: "p", name: "pause", value: "pause" },
        { key: "a", name: "archive", value: "archive" },
        { key: "n", name: "next", value: "next" },
        { key: "q", name: "quit", value: "quit" },
      ] as const;
      // A suggestion is acted on by a conversation or dismissed; pausing for it would be odd. A
      // birthday is greeted (logged) or let go this year: snoozing or pausing it would be odder.
      const offered = reason.startsWith("suggest_")
        ? choices.filter((c) => c.key !== "p" && c.key !== "a")
        : reason === "birthday"
          ? choices.filter((c) => c.key !== "s" && c.key !== "p" && c.key !== "a")
          : choices;
      return keyChoice({ message: "What now?", choices: offered, default: "n" });
    },

    async snoozeUntil() {
      const { input } = await inquirer();
      return input({ message: "Snooze until? (2w, 3m, a date)", default: "2w" });
    },

    show(text) {
      process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    },

    async date(today: CalendarDate, parse) {
      const text = await askDate("When? (today, yesterday, 3 days ago, 2026-09-10 …)", "today", parse);
      return text.trim() === "today" ? today : parse(text);
    },

    async note() {
      const { input } = await inquirer();
      return input({ message: "Note (optional):" });
    },

    async editContact(current, check) {
      const { input } = await inquirer();
      const answers: ContactForm = { ...current };
      // inquirer shows each current value as the default: Enter keeps it, Tab puts it on the line
      // to edit, Backspace on an empty line clears it.
      for (const [field, question] of EDIT_FORM) {
        const stored = current[field];
        if (stored === undefined) continue;
        const shown = neutralise(stored);
        const validate = (answer: string) => {
          if (answer === shown) return true; // the stored value stays, as it is
          const problem = check(field, answer);
          return problem === undefined ? true : neutralise(problem);
        };
        answers[field] = keptIfShown(await input({ message: `${question}:`, default: shown, validate }), shown, stored);
      }
      return answers;
    },

    async conversation(about, current, parse): Promise<ConversationFields> {
      const { input, select } = await inquirer();
      const date = await parse(await askDate(`Conversation ${about.id} with ${neutralise(about.contact)}. When? (2026-09-10, yesterday, 3 days ago …)`, current.date, parse, true));
      const channel = await select({ message: "How?", choices: CHANNELS.map((c) => ({ name: c, value: c })), default: current.channel });
      const direction = await select({ message: "Who spoke?", choices: DIRECTIONS, default: applyEdit(current, { channel }).direction });
      // The field shows the note on one line, safe for the terminal; left as shown, the stored
      // text (line breaks included) is kept as it is.
      const shown = current.note === null ? "" : neutralise(current.note);
      const answer = await input({ message: `Note (${NO_NOTE} for none):`, default: shown, prefill: "editable" });
      const note = answer === shown ? current.note : answer.trim() === "" || answer.trim() === NO_NOTE ? null : answer;
      return { date, channel, direction, note };
    },
  };
}
