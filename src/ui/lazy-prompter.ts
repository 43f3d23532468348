import type { Prompter } from "../context.js";

/**
 * A Prompter that loads the prompts module (inquirer, and the name matching the picker uses)
 * on the first question, so a terminal run of `netlog due` does not pay for it.
 */
export function lazyPrompter(): Prompter {
  let loaded: Promise<Prompter> | undefined;
  const load = () => (loaded ??= import("./prompts.js").then((m) => m.createPrompter()));
  return new Proxy({} as Prompter, {
    get:
      (_target, key: keyof Prompter) =>
      async (...args: unknown[]) =>
        ((await load())[key] as (...a: unknown[]) => Promise<unknown>)(...args),
  });
}
