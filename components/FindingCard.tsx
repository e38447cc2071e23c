import type { Lang } from '@/lib/checker/types';
import { translate } from '@/lib/i18n/index';
import { sourcesLine, splitAdviceSources } from '@/lib/sources';
import type { WireFinding } from '@/lib/wire';
import { SeverityIcon } from './SeverityIcon';

interface Props {
  finding: WireFinding;
  /** Why it matters and what to do: the rule's advice, the same for all its findings. */
  advice: string;
  /** The words the finding covers (may be empty for a whole-draft finding). */
  excerpt: string;
  /** The rule's name in the advice language. */
  ruleName: string;
  uiLang: Lang;
  onReveal(finding: WireFinding): void;
  /** Where the card sits in its list (which may render only some of its rows). */
  position: { index: number; of: number };
  /** Identifies the row for the list's windowing. */
  rowKey: string;
}

/** One finding: what is wrong, the flagged words, why it matters, a suggestion, and a way back to the words. */
export function FindingCard({ finding, advice, excerpt, ruleName, uiLang, onReveal, position, rowKey }: Props) {
  const t = (key: Parameters<typeof translate>[1]) => translate(uiLang, key);
  // The advice's numbered sources, "(Sources: 002, 003)", become the articles' names.
  const { text, sources } = splitAdviceSources(advice);
  return (
    <li
      className="finding"
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-index={position.index}
      data-key={rowKey}
      aria-posinset={position.index + 1}
      aria-setsize={position.of}
    >
      <h4 className="finding-name">
        <SeverityIcon severity={finding.severity} />
        {ruleName}
      </h4>
      <p className="finding-message">{finding.message}</p>
      {excerpt.trim() !== '' && (
        <p className="finding-excerpt">
          <span className="label">{t('panel.flagged')}</span> <q data-testid="excerpt">{excerpt}</q>
        </p>
      )}
      <p className="finding-advice">{text}</p>
      {sources.length > 0 && (
        <p className="finding-sources" data-testid="sources">
          {/* The names lead to "About the advice", which says what each article says. */}
          <a href={`about.html#source-${sources[0]}`} target="_blank" rel="noopener">
            {sourcesLine(uiLang, sources)}
          </a>
        </p>
      )}
      {finding.suggestion && (
        <p className="finding-suggestion">
          <span className="label">{t('panel.suggestion')}</span> {finding.suggestion}
        </p>
      )}
      <button type="button" className="secondary" onClick={() => onReveal(finding)}>
        {t('panel.reveal')}
      </button>
    </li>
  );
}
