// A question answered with one key, no Enter: the actions of `netlog review`. @inquirer/core's
// expand prompt wants Enter after the key, which makes triage of a dozen people slow.
import { createPrompt, isEnterKey, useKeypress, useState } from "@inquirer/core";

export interface KeyChoice<T> {
  key: string;
  name: string;
  value: T;
}

export const keyChoice = createPrompt(<T>(config: { message: string; choices: ReadonlyArray<KeyChoice<T>>; default: string }, done: (value: T) => void) => {
  const [picked, setPicked] = useState<KeyChoice<T> | undefined>(undefined);
  useKeypress((key) => {
    const name = isEnterKey(key) ? config.default : key.name;
    const choice = config.choices.find((c) => c.key === name);
    if (choice && !picked) {
      setPicked(choice);
      done(choice.value);
    }
  });
  if (picked) return `${config.message} ${picked.name}`;
  const keys = config.choices.map((c) => (c.key === config.default ? `[${c.key.toUpperCase()}]` : `[${c.key}]`) + c.name.slice(1)).join("  ");
  return `${config.message}\n  ${keys}`;
});
