import type { RuleTable } from '@/tests/unit/cases/types';

// missing-closing, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Sehr geehrter Herr Wolf,\n\nvielen Dank für das Vorstellungsgespräch am Montag. Ich bin sehr an der Stelle interessiert.\n\nÜber eine Rückmeldung würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\nEmma Kraft',
    },
    {
      text: 'Guten Tag Frau Berger,\n\nherzlichen Dank für das Gespräch am Freitag. Die Stelle in der Buchhaltung reizt mich sehr.\n\nIch freue mich darauf, von Ihnen zu hören.\n\nViele Grüße\nTimo Lang',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Frau Kaiser, danke für das Telefoninterview heute. Ich bin sehr interessiert. Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.\nBeste Grüße\nRobin Fuchs',
    },
    {
      text: 'Sehr geehrte Frau Nowak,\n\nvielen Dank für das angenehme Vorstellungsgespräch. Ich hoffe, bald von Ihnen zu hören.\n\nMit freundlichen Grüßen\nMia Schröder',
    },
    {
      note: '"würde mich über … freuen" with words in between',
      text: 'Guten Tag Herr Albrecht,\n\nvielen Dank für das Telefonat zur Ausbildungsstelle. Ich würde mich über eine Einladung zum Probearbeiten sehr freuen.\n\nViele Grüße\nLeon Schmitt',
    },
    {
      note: 'a post is not checked for a closing',
      surface: 'post',
      platform: 'facebook',
      text: 'Vielen Dank für das Vorstellungsgespräch, Autohaus Seidel!\nMit freundlichen Grüßen\nTom Berg',
    },
  ],
  invalid: [
    {
      text: 'Sehr geehrter Herr Kraus,\n\nvielen Dank für das Vorstellungsgespräch für die Stelle als Kfz Mechatroniker. Die Arbeit in Ihrer Werkstatt hat mich beeindruckt.\n\n[[Beste Grüße]]\nMarco Vogt',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Frau Berger,\ndanke für das Gespräch am Freitag über die Stelle in der Buchhaltung. Ihre Pläne für die Einarbeitung haben mich überzeugt.\n[[Viele Grüße, Timo Lang]]',
    },
    {
      note: 'no sign-off: the last line',
      text: 'Sehr geehrter Herr Wolf,\n\nvielen Dank für das Vorstellungsgespräch am Montag. Ich bin sehr an der Stelle interessiert.\n\n[[Anbei sende ich Ihnen noch mein aktuelles Arbeitszeugnis.]]',
    },
    {
      note: '"Nochmals vielen Dank" is a sign-off, not a close',
      text: 'Sehr geehrte Frau Schreiber,\n\ndas Vorstellungsgespräch am Dienstag hat mir einen guten Eindruck von Ihrer Kanzlei gegeben. Die Stelle interessiert mich sehr.\n\n[[Nochmals vielen Dank]]\nSarah Meier',
    },
  ],
} satisfies RuleTable;
