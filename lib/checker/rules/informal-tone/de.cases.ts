import type { RuleTable } from '@/tests/unit/cases/types';

// informal-tone, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Sehr geehrte Frau Schmidt,\n\nvielen Dank für das freundliche Vorstellungsgespräch. Ihre Erläuterungen zur Einführung von SAP in der HR Abteilung fand ich sehr aufschlussreich.\n\nÜber eine Rückmeldung würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\nClara Busch',
    },
    {
      note: '"Moin" is a normal regional greeting',
      surface: 'message',
      platform: 'linkedin',
      text: 'Moin Herr Jensen,\nherzlichen Dank für das Gespräch im Hafenbüro. Ich bin sehr an der Stelle als Disponent interessiert.\nViele Grüße\nHauke Petersen',
    },
    {
      text: 'Guten Tag Herr Becker,\n\nich bedanke mich für das Telefoninterview. Die Stelle in Ihrem Team spricht mich sehr an, und ich würde mich freuen, mehr darüber zu erfahren.\n\nMit freundlichen Grüßen\nJulia Kern',
    },
  ],
  invalid: [
    {
      note: 'slang, "!!", du-forms and "LG"',
      text: 'Hi Lena,\n\nvielen Dank für das [[mega]] nette Gespräch gestern[[!!]] Es hat richtig Spaß gemacht, [[dich]] und das Team kennenzulernen. Ich habe großes Interesse an der Stelle.\n\nIch freue mich, von [[dir]] zu hören.\n\n[[LG]] Tim',
    },
    {
      note: 'emoji and capitals',
      text: 'Sehr geehrter Herr Becker,\n\nvielen Dank für das Vorstellungsgespräch [[😊]] Von der Stelle bin ich [[ABSOLUT]] begeistert.\n\nMit freundlichen Grüßen\nJulia Kern',
    },
    {
      note: 'casual greeting, text-speak and "??"',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hey]] Frau Schmidt, [[thx]] für das Interview heute! Wann kann ich mit einer Antwort rechnen[[??]]',
    },
    {
      note: 'informal plural address',
      text: 'Hallo liebes Team von Grünwerk,\n\ndanke für das Vorstellungsgespräch! Ich würde sehr gerne mit [[euch]] zusammenarbeiten und [[euer]] Team verstärken.\n\nViele Grüße\nPia Lenz',
    },
    {
      note: 'regional greeting, colloquial forms',
      text: '[[Servus]] Herr Huber,\n\ndanke für das Gespräch! Ich [[hab]] [[echt gut]] gefunden, was Sie über die Stelle erzählt haben.\n\nViele Grüße\nFlorian Aigner',
    },
  ],
} satisfies RuleTable;
