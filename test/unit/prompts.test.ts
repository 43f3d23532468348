// What the prompts hand to inquirer: every name, choice and default neutralised, while what a
// prompt returns is the stored value. inquirer itself is replaced by a recorder.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ContactForm } from "../../src/context.js";
import type { ContactRef } from "../../src/store/contacts.js";

const asked = vi.hoisted(() => ({ configs: [] as Array<{ prompt: string; config: Record<string, unknown> }>, answers: [] as Array<(config: Record<string, unknown>) => unknown> }));

vi.mock("@inquirer/prompts", () => {
  const prompt = (name: string) => async (config: Record<string, unknown>) => {
    asked.configs.push({ prompt: name, config });
    const answer = asked.answers.shift();
    if (!answer) throw new Error(`unexpected ${name} prompt: ${String(config.message)}`);
    return answer(config);
  };
  return { select: prompt("select"), search: prompt("search"), input: prompt("input"), confirm: prompt("confirm") };
});

const { createPrompter } = await import("../../src/ui/prompts.js");

const HOSTILE = "Zed \u001b]52;c;Y3VybA==\u0007\u001b]0;PWNED\u0007\u001b[2J\u202e Person";
const SHOWN = "Zed ␛]52;c;Y3VybA==␇␛]0;PWNED␇␛[2J⟨U+202E⟩ Person";
const ref = (id: number, name: string, company: string | null = null) => ({ id, name, company }) as ContactRef;
const pressEnter = (config: Record<string, unknown>) => config.default;

beforeEach(() => {
  asked.configs.length = 0;
  asked.answers.length = 0;
});

describe("the chooser for an ambiguous name", () => {
  it("shows neutralised names and the question, and returns the stored contact", async () => {
    const refs = [ref(1, HOSTILE, "Acme\u200b\r\nInc"), ref(2, "Zed Other")];
    asked.answers.push((config) => (config.choices as Array<{ value: unknown }>)[0]!.value);
    const picked = await createPrompter().chooseContact(`'zed\u001b[2J' matches 2 contacts. Which one?`, refs);
    expect(picked).toBe(refs[0]);
    const { config } = asked.configs[0]!;
    expect(config.message).toBe("'zed␛[2J' matches 2 contacts. Which one?");
    expect((config.choices as Array<{ name: string }>).map((c) => c.name)).toEqual([`${SHOWN} (Acme⟨U+200B⟩ Inc) #1`, "Zed Other #2"]);
  });
});

describe("the picker of netlog add", () => {
  it("lists close matches neutralised, and offers a typed new name neutralised too", async () => {
    const refs = [ref(1, HOSTILE), ref(2, "Zed Other", "Zero\u202eCo")];
    asked.answers.push((config) => config);
    await createPrompter().searchContact(() => refs);
    const { source } = asked.configs[0]!.config as { source: (term: string) => Array<{ name: string; value: unknown }> };
    expect(source("Zed").map((c) => c.name)).toEqual([SHOWN, "Zed Other (Zero⟨U+202E⟩Co)", "+ add Zed as a new contact"]);
    expect(source("Zed").map((c) => c.value)).toEqual([{ ref: refs[0] }, { ref: refs[1] }, { newName: "Zed" }]);
    expect(source("Zed\u0007").at(-1)).toEqual({ name: "+ add Zed␇ as a new contact", value: { newName: "Zed\u0007" } });
  });
});

describe("the contact edit form", () => {
  const current: ContactForm = {
    name: HOSTILE,
    company: "Acme\u200b",
    title: "",
    email: "",
    phone: "",
    linkedin: "",
    location: "",
    met: "",
    every: "",
    tags: "vip\u202e",
    note: "a \u001b[31mnote",
  };

  it("shows each stored value neutralised as the default, and Enter keeps the stored value", async () => {
    for (let i = 0; i < 11; i++) asked.answers.push(pressEnter);
    const answers = await createPrompter().editContact(current, () => "never asked: a default left as shown is not checked");
    expect(answers).toEqual(current);
    expect(asked.configs.map(({ config }) => config.default)).toEqual([SHOWN, "Acme⟨U+200B⟩", "", "", "", "", "", "", "", "vip⟨U+202E⟩", "a ␛[31mnote"]);
  });

  it("accepts the shown default without checking it, and checks a changed answer, showing the problem neutralised", async () => {
    const checked: string[] = [];
    const check = (_field: keyof ContactForm, answer: string) => (checked.push(answer), answer.includes("!") ? `'${answer}' is not a name (\u001b[2J)` : undefined);
    asked.answers.push((config) => [(config.validate as (a: string) => unknown)(SHOWN), (config.validate as (a: string) => unknown)("Zed!")]);
    for (let i = 0; i < 10; i++) asked.answers.push(pressEnter);
    const answers = await createPrompter().editContact(current, check);
    expect(answers.name).toEqual([true, "'Zed!' is not a name (␛[2J)"]);
    expect(checked).toEqual(["Zed!"]);
  });

  it("stores a changed answer as typed", async () => {
    asked.answers.push(() => "Zed Person");
    for (let i = 0; i < 10; i++) asked.answers.push(pressEnter);
    const answers = await createPrompter().editContact(current, () => undefined);
    expect(answers).toEqual({ ...current, name: "Zed Person" });
  });
});

describe("other questions", () => {
  it("neutralise the names they hold", async () => {
    asked.answers.push(
      () => true,
      () => "",
      () => "",
      () => true,
    );
    const prompter = createPrompter();
    await prompter.replaceFollowUp(HOSTILE, { date: "2026-12-04", note: "send\u0007 the deck\u200b" }, "2026-11-25");
    await prompter.newContactDetails(`New\u001b[2J\u202e`);
    await prompter.confirm(`Remove ${HOSTILE}?`, false);
    expect(asked.configs.map(({ config }) => config.message)).toEqual([
      `${SHOWN} has an open follow-up: send␇ the deck⟨U+200B⟩, due 4 Dec. Replace it with the new one?`,
      "New␛[2J⟨U+202E⟩'s company (optional):",
      "Touch base how often? (e.g. 2w, monthly; empty for the default)",
      `Remove ${SHOWN}?`,
    ]);
  });
});
