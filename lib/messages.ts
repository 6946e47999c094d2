import * as v from 'valibot';
import { FLAG_KINDS, type FlaggedItem } from './flag';
import { LANGS } from './lang';
import { MAX_TEXT } from './text';

const FlaggedItemSchema = v.strictObject({
  kind: v.picklist(FLAG_KINDS),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  url: v.pipe(v.string(), v.maxLength(2048)),
  title: v.pipe(v.string(), v.maxLength(300)),
  lang: v.picklist(LANGS),
}) satisfies v.GenericSchema<unknown, FlaggedItem>;

/** Messages the background answers, by sender. */
const ToBackgroundSchema = v.variant('type', [
  /** Content panel → background: the tips for what was flagged (with the tactics the person picked, if any). */
  v.strictObject({
    type: v.literal('tips.for-item'),
    item: FlaggedItemSchema,
    // Checked against the dataset's ids where it is used: the content script bundles no category list.
    picked: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(14))),
  }),
  /** Popup → background: the last flag made in a tab. */
  v.strictObject({ type: v.literal('tab.last-flag'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);

/** Messages the content script answers: only from its own background. */
const ToContentSchema = v.variant('type', [v.strictObject({ type: v.literal('panel.open'), item: FlaggedItemSchema })]);

export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;
export type ToContent = v.InferOutput<typeof ToContentSchema>;

/** Error objects do not survive structured cloning between contexts, so replies carry a string. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseToBackground(message: unknown): ToBackground | null {
  const result = v.safeParse(ToBackgroundSchema, message);
  return result.success ? result.output : null;
}

export function parseToContent(message: unknown): ToContent | null {
  const result = v.safeParse(ToContentSchema, message);
  return result.success ? result.output : null;
}

export type Sender = { id?: string; url?: string; tab?: unknown };

/**
 * Which kind of context sent a message. Web pages cannot message us (no externally_connectable),
 * but a compromised renderer can forge a content script's messages, so a tab gets panel replies only.
 */
export function senderRole(sender: Sender, runtimeId: string, extensionOrigin: string): 'page' | 'tab' | null {
  if (sender.id !== runtimeId) return null;
  if (sender.tab) return 'tab';
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  return null;
}

/** Which role may send which message type. */
export const ALLOWED: Record<ToBackground['type'], 'page' | 'tab'> = {
  'tips.for-item': 'tab',
  'tab.last-flag': 'page',
};
