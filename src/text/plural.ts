// `3 days`, `1 person`: a leaf, as commands word their prompts and undo entries with it too, and
// commands may not import views.
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
