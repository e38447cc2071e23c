import type { RuleTable } from '@/tests/unit/cases/types';

// pushy-tone, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Sehr geehrte Frau Engel,\n\nvielen Dank für das Vorstellungsgespräch. Sie hatten erwähnt, dass die Entscheidung bis Ende Mai fällt. Ich weiß, dass Sie noch weitere Gespräche führen, und warte gern ab.\n\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nLeonie Graf',
    },
    {
      note: 'availability is not pressure',
      text: 'Guten Tag Herr Lang,\n\ndanke für das Gespräch über die Stelle als Elektriker. Ich könnte ab sofort bei Ihnen anfangen.\n\nViele Grüße\nDominik Frey',
    },
    {
      note: 'a deadline the writer sets for themselves',
      text: 'Sehr geehrte Frau Wendt,\n\nvielen Dank für das Vorstellungsgespräch am Montag. Wie besprochen reiche ich Ihnen mein Abschlusszeugnis bis spätestens Freitag nach.\n\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nOskar Lenz',
    },
    {
      note: 'a polite status e-mail after the decision date',
      text: 'Sehr geehrte Frau Ludwig,\n\nam 12. Mai hatte ich ein Vorstellungsgespräch bei Ihnen für die Stelle als Verwaltungsfachangestellte. Da der genannte Termin inzwischen verstrichen ist, möchte ich mich freundlich nach dem Stand des Verfahrens erkundigen. Nochmals danke für das angenehme Gespräch.\n\nÜber eine kurze Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nHanna Wolff',
    },
  ],
  invalid: [
    {
      text: 'Sehr geehrte Frau Engel,\n\nvielen Dank für das Vorstellungsgespräch. Bitte [[geben Sie mir bis spätestens Freitag]] Bescheid, denn mir liegt bereits [[ein weiteres Angebot]] vor.\n\nMit freundlichen Grüßen\nLeonie Graf',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Herr Lang, danke nochmal für das Gespräch über die Stelle letzte Woche. [[Warum haben Sie sich noch nicht]] gemeldet[[??]]',
    },
    {
      text: 'Guten Tag Frau Kaiser,\n\ndanke für das Vorstellungsgespräch. Ich [[brauche diesen Job]] wirklich, [[bitte, bitte geben Sie mir eine Chance]].\n\nViele Grüße\nRene Hoff',
    },
    {
      text: 'Sehr geehrter Herr Vogel,\n\n[[dies ist meine dritte E-Mail]] zum Vorstellungsgespräch vom Montag. Ich bräuchte Ihre Entscheidung daher [[ASAP]].\n\nMit freundlichen Grüßen\nNils Bauer',
    },
  ],
} satisfies RuleTable;
