/** A failure the user can act on. Only main.ts prints it: `error: message` then `hint: …`. */
export class NetlogError extends Error {
  readonly hint?: string;
  readonly exitCode: number;

  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "NetlogError";
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

/**
 * An error message as a form shows it beside an answer: without the `--email: ` that names the
 * flag on the command line, which the person filling in the form never typed.
 */
export function withoutFlag(message: string): string {
  const text = message.replace(/^--[a-z][a-z-]*: /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A question the user answered No (`contact rm` on a terminal): nothing was done, and that is no
 * error. main.ts prints the message as the command's output and exits 0.
 */
export class Declined extends NetlogError {
  constructor(message: string) {
    super(message, { exitCode: 0 });
    this.name = "Declined";
  }
}

/** Bad flags or arguments: exit status 2, as commander and most Unix tools use. */
export function usageError(message: string, hint?: string): NetlogError {
  return new NetlogError(message, { hint, exitCode: 2 });
}
