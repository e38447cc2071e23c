import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interview-reference, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Sehr geehrte Frau Schulte,\n\nvielen Dank für das Vorstellungsgespräch am Freitag. Ich habe großes Interesse an der Stelle.\n\nMit freundlichen Grüßen\nNina Hahn',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Hallo Herr Lorenz, danke für unser Telefonat heute Vormittag zur Stelle im Vertrieb. Ich bin sehr interessiert.',
    },
    {
      text: 'Guten Tag Frau Peters,\n\nes hat mich sehr gefreut, Sie und Ihr Team kennenzulernen. Die Stelle als Pflegefachkraft auf Ihrer Station reizt mich sehr.\n\nHerzliche Grüße\nAnna Vogel',
    },
    {
      text: 'Sehr geehrter Herr Kraus,\n\nwie Sie erwähnten, wird die Abteilung im Sommer neu aufgestellt. Vielen Dank, dass Sie mir das so offen erklärt haben. Die ausgeschriebene Stelle interessiert mich weiterhin sehr.\n\nMit freundlichen Grüßen\nMehmet Arslan',
    },
    {
      note: 'introducing oneself in person is the interview',
      text: 'Sehr geehrter Herr Schäfer,\n\nvielen Dank für die Gelegenheit, mich gestern persönlich bei Ihnen vorzustellen. Ich würde sehr gern als Steuerfachangestellte in Ihrer Kanzlei arbeiten.\n\nMit freundlichen Grüßen\nAnja Roth',
    },
  ],
  invalid: [
    {
      text: '[[Sehr geehrte Frau Schulte,]]\n\nvielen Dank, dass Sie meine Bewerbung für die Stelle als Controllerin berücksichtigen. Ich bin weiterhin sehr interessiert und bringe fünf Jahre Erfahrung in der Konzernberichterstattung mit.\n\nÜber eine Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nNina Hahn',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hallo Herr Lorenz, danke für Ihre Nachricht zur ausgeschriebenen Stelle im Vertrieb.]]\nIch habe großes Interesse und sende Ihnen gern weitere Unterlagen.',
    },
    {
      text: '[[Guten Tag Frau Peters,]]\n\nherzlichen Dank für die schnelle Eingangsbestätigung meiner Bewerbung als Pflegefachkraft. Ich bin sehr an der Stelle interessiert.\n\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nAnna Vogel',
    },
  ],
} satisfies RuleTable;
