import type { RuleTable } from '@/tests/unit/cases/types';

// missing-thanks, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Sehr geehrte Frau Albrecht,\n\nvielen Dank für das Vorstellungsgespräch am Mittwoch. Die Stelle als Laborantin reizt mich nach wie vor sehr.\n\nMit freundlichen Grüßen\nLea Schuster',
    },
    {
      text: 'Hallo Herr Demir,\n\nich möchte mich herzlich für das offene Vorstellungsgespräch bedanken. Die Einblicke in Ihre Werkstatt haben mir sehr gefallen.\n\nViele Grüße\nOle Jansen',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: 'Guten Tag Frau Krüger, danke für das Telefoninterview heute. Ich bin weiterhin sehr an der Stelle interessiert.',
    },
    {
      note: 'gratitude said as "dankbar"',
      text: 'Sehr geehrter Herr Engel,\n\nfür die Zeit, die Sie sich im Vorstellungsgespräch für meine Fragen genommen haben, bin ich sehr dankbar.\n\nMit freundlichen Grüßen\nIlse Marx',
    },
    {
      text: 'Guten Morgen Frau Sommer,\n\nich danke Ihnen für das offene Bewerbungsgespräch und die Einblicke in Ihre Apotheke.\n\nHerzliche Grüße\nTimo Beck',
    },
  ],
  invalid: [
    {
      text: '[[Sehr geehrte Frau Albrecht,]]\n\nich möchte Ihnen kurz schreiben, wie sehr mir unser Gespräch am Mittwoch gefallen hat. Die Stelle als Laborantin reizt mich nach wie vor sehr.\n\nIch freue mich darauf, von Ihnen zu hören.\n\nMit freundlichen Grüßen\nLea Schuster',
    },
    {
      text: '[[Hallo Herr Demir,]]\n\nanbei schicke ich Ihnen wie im Vorstellungsgespräch besprochen meine Arbeitsproben. Ich bin sehr an der Stelle interessiert.\n\nViele Grüße\nOle Jansen',
    },
    {
      surface: 'message',
      platform: 'linkedin',
      text: '[[Guten Tag Frau Krüger, das Telefoninterview heute hat mir einen guten Eindruck von Ihrem Team gegeben.]]\nIch bin weiterhin sehr interessiert.',
    },
    {
      note: '"dank" as a preposition is no thanks',
      text: '[[Sehr geehrter Herr Brenner,]]\n\ndank meiner Erfahrung in der Lagerlogistik konnte ich im Vorstellungsgespräch viele Ihrer Fragen beantworten. Die Stelle als Schichtleiter interessiert mich sehr.\n\nMit freundlichen Grüßen\nTobias Roth',
    },
  ],
} satisfies RuleTable;
