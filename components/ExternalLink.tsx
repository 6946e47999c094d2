import type { ComponentChildren } from 'preact';
import type { Translate } from '../lib/i18n';

export type ExternalLinkProps = {
  /** Only https: and mailto: targets become links; anything else renders as plain text. */
  href: string;
  children: ComponentChildren;
  /** Text of the link, used to say that it opens a new tab. */
  label: string;
  t: Translate;
};

/** A link out of the extension that says it opens a new tab and never carries an opener. */
export default function ExternalLink({ href, children, label, t }: ExternalLinkProps) {
  if (!/^(https:\/\/|mailto:)/.test(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={t('openLink', label)}>
      {children}
    </a>
  );
}
