import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// public-post, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a personal e-mail is the advised channel',
      text: 'Sehr geehrte Frau Lindner,\n\nvielen Dank für das Vorstellungsgespräch am Dienstag. Ihre Schilderung der neuen Kita in Rahlstedt hat mir gezeigt, wie viel Gestaltungsspielraum die Stelle bietet.\n\nIch freue mich darauf, von Ihnen zu hören.\n\nMit freundlichen Grüßen\nJonas Weber',
    },
    {
      note: 'a LinkedIn message to the interviewer',
      platform: 'linkedin',
      surface: 'message',
      text: 'Guten Tag Herr Brandt,\nherzlichen Dank für das Telefoninterview heute Morgen. Ich bin weiterhin sehr an der Position als Projektingenieur interessiert.\nViele Grüße\nSelin Aydin',
    },
    {
      note: 'unknown surface that speaks to one person',
      surface: 'unknown',
      platform: 'other',
      text: 'Sehr geehrter Herr Kaya,\n\nvielen Dank für das angenehme Gespräch über die Stelle als Buchhalter. Ich habe großes Interesse an der Aufgabe.\n\nMit freundlichen Grüßen\nErik Sommer',
    },
    {
      note: 'a connection note is not a public post',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hallo Frau Roth, leider hat es mit der Stelle nicht geklappt, trotzdem danke ich Ihnen für das faire Vorstellungsgespräch.',
    },
  ],
  invalid: [
    {
      note: 'thank-you posted on the company page',
      platform: 'facebook',
      surface: 'post',
      text: '[[Vielen Dank an das Team der Bäckerei Sonnenkorn für das nette Vorstellungsgespräch heute!]]\nIch hoffe sehr, bald von Ihnen zu hören.',
    },
    {
      note: 'comment under a company post',
      platform: 'facebook',
      surface: 'comment',
      text: '[[Liebe Frau Roth, danke für das tolle Gespräch gestern über die Stelle als Erzieherin!]]',
    },
    {
      note: 'LinkedIn post to the feed',
      platform: 'linkedin',
      surface: 'post',
      text: '\n[[Heute hatte ich ein Vorstellungsgespräch bei der Stadtverwaltung Freiburg.]]\nVielen Dank an Frau Keller und Herrn Otto für die Zeit und die offenen Antworten.',
    },
    {
      note: 'unknown surface addressing everyone, with hashtags',
      surface: 'unknown',
      platform: 'other',
      text: 'Ein großes Dankeschön [[an alle]] bei der Stadtbibliothek Kiel für das Vorstellungsgespräch am Montag! [[#bibliothek]] [[#neuanfang]]',
    },
    {
      note: 'unknown surface addressing a community',
      surface: 'unknown',
      platform: 'other',
      text: '[[Liebe Community]], danke an Nordwind Logistik für das offene Vorstellungsgespräch gestern!',
    },
  ],
} satisfies RuleTable;
