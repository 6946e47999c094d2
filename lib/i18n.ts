import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
export type Translate = (key: MessageKey, substitution?: string) => string;

type MessageFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Resolves messages the way the i18n API does (named placeholders filled from $1), for contexts
 * that must not depend on the browser's UI language: tests and the options page's language choice.
 */
export function translatorFrom(file: MessageFile): Translate {
  return (key, substitution) => {
    const entry = file[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Z_]+)\$/gi, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content === '$1' ? (substitution ?? '') : whole;
    });
  };
}
