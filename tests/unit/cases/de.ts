import publicPost from '@/lib/checker/rules/public-post/de.cases';
import humbleBrag from '@/lib/checker/rules/humble-brag/de.cases';
import missingThanks from '@/lib/checker/rules/missing-thanks/de.cases';
import missingInterviewReference from '@/lib/checker/rules/missing-interview-reference/de.cases';
import tooLong from '@/lib/checker/rules/too-long/de.cases';
import repetition from '@/lib/checker/rules/repetition/de.cases';
import informalTone from '@/lib/checker/rules/informal-tone/de.cases';
import genericGreeting from '@/lib/checker/rules/generic-greeting/de.cases';
import missingClosing from '@/lib/checker/rules/missing-closing/de.cases';
import overselling from '@/lib/checker/rules/overselling/de.cases';
import pushyTone from '@/lib/checker/rules/pushy-tone/de.cases';
import lateFollowUp from '@/lib/checker/rules/late-follow-up/de.cases';
import connectionRequest from '@/lib/checker/rules/connection-request/de.cases';
import missingInterest from '@/lib/checker/rules/missing-interest/de.cases';
import type { LanguageCases } from './types';

/*
 * German rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`. In German the informal du/dich/dir/euch/dein… toward the reader
 * is flagged by informal-tone.
 */

export default {
  // Each rule's table is in its folder: lib/checker/rules/<rule-id>/de.cases.ts.
  rules: {
    'public-post': publicPost,
    'humble-brag': humbleBrag,
    'missing-thanks': missingThanks,
    'missing-interview-reference': missingInterviewReference,
    'too-long': tooLong,
    'repetition': repetition,
    'informal-tone': informalTone,
    'generic-greeting': genericGreeting,
    'missing-closing': missingClosing,
    'overselling': overselling,
    'pushy-tone': pushyTone,
    'late-follow-up': lateFollowUp,
    'connection-request': connectionRequest,
    'missing-interest': missingInterest,
  },

  detection: [
    'Sehr geehrte Frau Lindner, vielen Dank für das freundliche Vorstellungsgespräch am Dienstag. Ich bin weiterhin sehr an der Stelle interessiert.',
    'Hallo Herr Brandt, herzlichen Dank für das Telefoninterview heute Morgen und die offenen Antworten auf meine Fragen.',
    'Über eine Rückmeldung würde ich mich sehr freuen. Mit freundlichen Grüßen, Miriam Kessler',
    'Guten Tag Frau Peters, es hat mich sehr gefreut, Sie und Ihr Team kennenzulernen. Die Stelle reizt mich sehr.',
    'Ich möchte mich noch einmal für das angenehme Gespräch bedanken und freue mich darauf, von Ihnen zu hören.',
    'Liebe Frau Petersen, danke für den Rundgang durch Ihre Praxis. Ich habe großes Interesse an der ausgeschriebenen Stelle.',
    'Wie im Vorstellungsgespräch besprochen, sende ich Ihnen anbei meine Arbeitsproben und die Liste meiner Referenzen.',
    'Nach unserem Gespräch bin ich noch mehr davon überzeugt, dass meine Erfahrung gut zu Ihrem Unternehmen passt.',
    'Vielen Dank für die Einladung und die Zeit, die Sie sich für mich genommen haben. Viele Grüße, Lukas',
    'Entschuldigen Sie bitte meine späte Nachricht, und nochmals vielen Dank für das Gespräch über die Stelle im Einkauf.',
  ],

  notFollowUps: [
    {
      text: 'Hallo Sabine,\n\nkurze Info: Das Meeting zum Quartalsbericht verschiebt sich auf Donnerstag um zwei. Bitte bring die aktuellen Zahlen aus dem Vertrieb mit.\n\nViele Grüße\nMarkus',
    },
    {
      text: 'Sehr geehrter Herr Albers,\n\nvielen Dank für Ihre Bestellung vom Montag. Die Ersatzteile werden voraussichtlich am Freitag geliefert. Die Rechnung erhalten Sie separat per Post.\n\nWir freuen uns auf die weitere Zusammenarbeit mit Ihnen.\n\nMit freundlichen Grüßen\nStefanie Kühn\nKundenservice',
    },
    {
      text: 'Hallo Mama,\n\nwir kommen am Sonntag gegen drei zum Kaffee. Lisa bringt den Apfelkuchen mit, und Paul freut sich schon auf den Garten. Soll ich noch Sahne besorgen?\n\nBis Sonntag, dein Jan',
    },
    {
      platform: 'facebook',
      surface: 'post',
      text: 'Zwei Wochen Sonne, Meer und gutes Essen in Kroatien! Danke an unsere Gastgeber in Split für die tolle Zeit. Wir kommen bestimmt wieder.',
    },
    {
      text: 'Liebe Mitglieder des Kleingartenvereins,\n\ndie Jahreshauptversammlung findet am Samstag im Vereinsheim statt. Auf der Tagesordnung stehen die Wahl des Vorstands und die neue Gartenordnung. Wer sich für den Vorstand bewerben möchte, meldet sich bitte bei mir.\n\nHerzliche Grüße\nGerda Brinkmann',
    },
    {
      text: 'Sehr geehrte Frau Winter,\n\nvielen Dank für die Besichtigung der Wohnung in der Lindenstraße gestern. Die Räume haben uns sehr gut gefallen. Wir möchten uns hiermit gerne für die Wohnung bewerben und schicken Ihnen die Selbstauskunft im Anhang.\n\nÜber eine Rückmeldung würden wir uns freuen.\n\nMit freundlichen Grüßen\nAnna und Felix Hartmann',
    },
    {
      text: 'Hallo Herr Pohl,\n\ndanke für das Gespräch heute. Wie besprochen schicke ich Ihnen das Angebot für die Wartung der Heizungsanlage bis Ende der Woche.\n\nBeste Grüße\nThomas Ritter\nHaustechnik Ritter',
    },
  ],
} satisfies LanguageCases;
