import type { RuleTable } from '@/tests/unit/cases/types';

// humble-brag, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    { note: 'an interview told in a private e-mail is not an announcement', text: "Sehr geehrte Frau Yilmaz,\n\nvielen Dank für das Vorstellungsgespräch und die Führung durch die Backstube. Ich hatte ein Vorstellungsgespräch dieser Art noch nie erlebt. Ich bin sehr an der Stelle als Bäcker interessiert.\n\nIch freue mich darauf, von Ihnen zu hören.\n\nMit freundlichen Grüßen\nSam Roth" },
    {
      text: 'Sehr geehrte Frau Winkler,\n\nvielen Dank für das Vorstellungsgespräch am Donnerstag. Ihre Pläne für die neue Filiale in Erfurt haben mich sehr angesprochen.\n\nÜber eine Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nPaul Neumann',
    },
    {
      note: 'a status e-mail that says when the interview was',
      text: 'Sehr geehrter Herr Scholz,\n\nam 4. März hatte ich ein Vorstellungsgespräch bei Ihnen für die Stelle als Elektroniker. Da die genannte Entscheidungsfrist verstrichen ist, möchte ich mich freundlich nach dem Stand erkundigen. Nochmals danke für das angenehme Gespräch.\n\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nDaniel Ernst',
    },
    {
      note: 'thanks for the invitation is not an announcement',
      surface: 'message',
      platform: 'linkedin',
      text: 'Guten Tag Frau Kurz,\nvielen Dank für die Einladung zum Vorstellungsgespräch und das angenehme Gespräch gestern. Ich habe großes Interesse an der Stelle.\nViele Grüße\nMara Polat',
    },
  ],
  invalid: [
    { note: 'announcing the interview on a public post', surface: 'post', platform: 'linkedin', text: "[[Heute hatte ich ein Vorstellungsgespräch]] bei der Bäckerei Sonnenkorn für die Stelle als Bäcker. Danke, Frau Yilmaz, für die Führung durch die Backstube!" },
    {
      platform: 'facebook',
      surface: 'post',
      text: '[[Ratet mal]], wer heute ein Vorstellungsgespräch bei der Allianz in München hatte? [[#traumjob]] [[#stolz]]',
    },
    {
      platform: 'linkedin',
      surface: 'post',
      text: '[[Große Neuigkeiten]]: [[Ich hatte gerade ein Vorstellungsgespräch]] bei Siemens Healthineers in Erlangen und bin total begeistert!',
    },
    {
      platform: 'facebook',
      surface: 'comment',
      text: 'Danke für das Interview, Brauhaus Lechner! [[Drückt mir die Daumen]]! [[#blessed]]',
    },
    {
      platform: 'facebook',
      surface: 'post',
      text: '[[Ich bin so stolz, euch mitzuteilen]], dass ich ein Vorstellungsgespräch bei der Sparkasse Ulm hatte!',
    },
  ],
} satisfies RuleTable;
