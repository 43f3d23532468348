// Text from a file shown in an error message: a property's value can be a photo of megabytes.

const MAX_SHOWN = 60;

/** At most 60 characters of the text, and … when there was more. */
export function clipped(text: string, max = MAX_SHOWN): string {
  // Past max * 2 + 2 UTF-16 units there are more than max characters, whatever they are.
  const chars = [...text.slice(0, max * 2 + 2)];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}
