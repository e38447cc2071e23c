import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interest, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    { note: "the position, then words, then \"interessiert mich\"", text: "Sehr geehrter Herr Lange,\n\nvielen Dank für das Gespräch am Montag. Die Stelle als Erzieherin in Ihrer Kita interessiert mich nach unserem Gespräch noch mehr.\n\nIch freue mich darauf, von Ihnen zu hören.\n\nMit freundlichen Grüßen\nAnna Weiß" },
    {
      text: 'Sehr geehrter Herr Fuchs,\n\nvielen Dank für das Vorstellungsgespräch. Ich habe weiterhin großes Interesse an der Stelle.\n\nMit freundlichen Grüßen\nKarin Busch',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Frau Yıldız, danke für das Telefoninterview heute! Ich bin nach wie vor sehr interessiert.',
    },
    {
      text: 'Guten Tag Frau Lehmann,\n\nherzlichen Dank für das freundliche Gespräch. Ich würde mich sehr freuen, Teil Ihres Teams zu werden.\n\nMit freundlichen Grüßen\nPeter Hoff',
    },
    {
      text: 'Sehr geehrte Frau Maurer,\n\nvielen Dank für das Vorstellungsgespräch. Die Aufgabe in Ihrer Redaktion reizt mich sehr.\n\nMit freundlichen Grüßen\nLisa Brand',
    },
    {
      note: 'interest said as "kann mir gut vorstellen"',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Frau Meier, danke für das Kennenlerngespräch gestern. Ich kann mir sehr gut vorstellen, bei Ihnen als Designerin anzufangen.',
    },
  ],
  invalid: [
    {
      text: '[[Sehr geehrter Herr Fuchs,]]\n\nvielen Dank für das Vorstellungsgespräch am Montag. Die Führung durch die Produktion war sehr aufschlussreich.\n\nÜber eine Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nKarin Busch',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hallo Frau Yıldız, danke für das Telefoninterview heute!]]\nAnbei wie besprochen meine Zeugnisse.\nViele Grüße\nAnton Kraft',
    },
    {
      text: '[[Guten Tag Frau Lehmann,]]\n\nherzlichen Dank für das freundliche Gespräch über die Stelle als Sachbearbeiter. Anbei sende ich Ihnen wie vereinbart die Liste meiner Referenzen.\n\nIch freue mich darauf, von Ihnen zu hören.\n\nMit freundlichen Grüßen\nPeter Hoff',
    },
  ],
} satisfies RuleTable;
