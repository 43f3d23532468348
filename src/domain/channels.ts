export const CHANNELS = ["linkedin", "inmail", "email", "phone", "video", "text", "meeting", "event", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

/** What people naturally type after `--via`, mapped to the channel it means. */
const ALIASES: Readonly<Record<string, Channel>> = {
  li: "linkedin",
  "linked-in": "linkedin",
  "in-mail": "inmail",
  mail: "email",
  "e-mail": "email",
  call: "phone",
  "phone-call": "phone",
  telephone: "phone",
  "video-call": "video",
  zoom: "video",
  teams: "video",
  facetime: "video",
  sms: "text",
  imessage: "text",
  whatsapp: "text",
  coffee: "meeting",
  lunch: "meeting",
  breakfast: "meeting",
  dinner: "meeting",
  drinks: "meeting",
  "in-person": "meeting",
  inperson: "meeting",
  visit: "meeting",
  conference: "event",
  meetup: "event",
};

export function parseChannel(text: string): Channel | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if ((CHANNELS as readonly string[]).includes(key)) return key as Channel;
  return ALIASES[key];
}

const MESSAGE_CHANNELS: readonly Channel[] = ["linkedin", "inmail", "email", "text"];

/**
 * A message you log is one you sent and await an answer to, unless you say it was received or
 * a back-and-forth; a call, meeting or event is a conversation both ways.
 */
/** Written messages, where who wrote matters: a message of yours awaits a reply. */
export function isMessageChannel(channel: Channel): boolean {
  return MESSAGE_CHANNELS.includes(channel);
}

export function defaultDirection(channel: Channel): "sent" | "both" {
  return MESSAGE_CHANNELS.includes(channel) ? "sent" : "both";
}

export const CHANNEL_HINT = `channels: ${CHANNELS.join(", ")} (also call, coffee, lunch, in-person, sms, zoom …)`;
