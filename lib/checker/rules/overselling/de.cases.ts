import type { RuleTable } from '@/tests/unit/cases/types';

// overselling, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Sehr geehrte Frau Heller,\n\nvielen Dank für das Vorstellungsgespräch. Meine Erfahrung mit der Einführung neuer Kassensysteme könnte Ihrem Team bei der geplanten Umstellung helfen.\n\nMit freundlichen Grüßen\nJana Roth',
    },
    {
      text: 'Guten Tag Herr Brandl,\n\ndanke für das offene Gespräch. Ich bin überzeugt, dass ich gut zu Ihrem Team passe, und halte mich für die Stelle gut geeignet.\n\nViele Grüße\nMoritz Hein',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Frau Sander, herzlichen Dank für das Telefoninterview. Die Stelle ist für mich eine spannende Aufgabe, und ich bringe drei Jahre Erfahrung im Vertrieb mit.',
    },
  ],
  invalid: [
    {
      text: 'Sehr geehrte Frau Heller,\n\nvielen Dank für das Vorstellungsgespräch. [[Ich bin der perfekte Kandidat für diese Stelle]], das haben Sie sicher gemerkt.\n\nMit freundlichen Grüßen\nJonas Roth',
    },
    {
      text: 'Guten Tag Herr Brandl,\n\ndanke für das Vorstellungsgespräch. [[Niemand sonst kann]] diese Aufgabe so gut erledigen wie ich, und Sie werden [[keinen besseren Kandidaten]] finden.\n\nViele Grüße\nMoritz Hein',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Frau Sander, danke für das Telefoninterview. Ich bin ein echter [[Rockstar]] im Vertrieb, und [[ich garantiere Ihnen]] Rekordumsätze im ersten Jahr.',
    },
    {
      text: 'Sehr geehrter Herr Adler,\n\nherzlichen Dank für das Vorstellungsgespräch. Mit meiner Erfahrung bin ich [[wie geschaffen für diese Stelle]].\n\nMit freundlichen Grüßen\nEva Stein',
    },
  ],
} satisfies RuleTable;
