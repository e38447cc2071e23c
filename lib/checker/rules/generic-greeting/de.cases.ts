import type { RuleTable } from '@/tests/unit/cases/types';

// generic-greeting, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a name line without a greeting word',
      text: 'Frau Berger,\n\nvielen Dank für das Vorstellungsgespräch am Montag. Ich bin weiterhin sehr an der Stelle interessiert.\n\nMit freundlichen Grüßen\nTim Roth',
    },
    {
      text: 'Sehr geehrte Frau Dr. Hoffmann,\n\nvielen Dank für das Vorstellungsgespräch. Ich bin weiterhin sehr an der Stelle interessiert.\n\nMit freundlichen Grüßen\nJulia Brandt',
    },
    {
      text: 'Hallo Herr Yilmaz,\n\ndanke für das Telefoninterview heute. Die Stelle reizt mich sehr.\n\nViele Grüße\nLukas Wagner',
    },
    {
      text: 'Liebe Frau Petersen,\n\nherzlichen Dank für das schöne Gespräch in Ihrer Praxis. Ich habe großes Interesse an der Stelle.\n\nHerzliche Grüße\nSarah Jung',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Guten Tag Frau Albers und Herr Kühn, vielen Dank für das Vorstellungsgespräch am Freitag. Ich bin sehr interessiert.',
    },
    {
      note: 'a post is not checked for a greeting',
      surface: 'post',
      platform: 'facebook',
      text: 'Vielen Dank für das Vorstellungsgespräch, Stadtwerke Lindenau!',
    },
  ],
  invalid: [
    {
      note: 'a greeting followed by a sentence, not a name',
      text: '[[Hallo, vielen Dank für das Gespräch am Montag über die Stelle als Mechatroniker.]]\n\nIch freue mich darauf, von Ihnen zu hören.\n\nViele Grüße\nTim Roth',
    },
    {
      text: '[[Sehr geehrte Damen und Herren]],\n\nvielen Dank für das Vorstellungsgespräch am Mittwoch für die Stelle als Mechatroniker. Ich bin weiterhin sehr interessiert.\n\nMit freundlichen Grüßen\nKevin Schulz',
    },
    {
      text: '[[Hallo zusammen]],\n\ndanke für das nette Vorstellungsgespräch gestern. Die Stelle im Kundenservice reizt mich sehr.\n\nViele Grüße\nNora Fink',
    },
    {
      text: '[[Guten Tag,]]\n\nvielen Dank für das Gespräch über die Stelle als Steuerfachangestellte. Ich habe großes Interesse an der Aufgabe.\n\nMit freundlichen Grüßen\nLaura Busch',
    },
    {
      note: 'no greeting at all',
      text: '[[Vielen Dank für das freundliche Vorstellungsgespräch am Donnerstag.]]\nIch bin sehr an der Stelle als Bauzeichner interessiert.\n\nMit freundlichen Grüßen\nTim Albers',
    },
    {
      text: '[[Liebes Recruiting-Team]],\n\nherzlichen Dank für das Videointerview. Ich bin sehr an der Position als Data Analyst interessiert.\n\nBeste Grüße\nAylin Koç',
    },
    {
      note: 'greeting without a name followed by thanks on the same line',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hallo, vielen Dank für das nette Telefoninterview heute Vormittag!]]\nIch bin sehr an der Stelle interessiert.',
    },
  ],
} satisfies RuleTable;
