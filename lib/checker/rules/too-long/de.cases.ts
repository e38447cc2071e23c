import { markPastWords, markPastChars, under, underChars } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// too-long, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// ---------------------------------------------------------------------------------------------
// Long drafts for the too-long table. Only plain words (no digits, hyphens or apostrophes), so
// that every way of counting words agrees on where the budget ends.
// ---------------------------------------------------------------------------------------------
const LONG_BODY = [
  'Vielen Dank für das Vorstellungsgespräch am Dienstag für die Stelle als Einkäuferin bei der Hansewerk Maschinenbau GmbH.',
  'Es war sehr aufschlussreich zu hören, wie eng Ihr Einkauf mit der Konstruktion und der Fertigung zusammenarbeitet.',
  'Über unser Gespräch zur Lieferantenbewertung habe ich auf der Heimfahrt noch lange nachgedacht und mir einige Gedanken notiert.',
  'In meiner jetzigen Position betreue ich rund vierzig Lieferanten für Zukaufteile, Normteile und Verpackungsmaterial.',
  'Im vergangenen Frühjahr habe ich eine einfache Übersicht aufgebaut, die Preise, Liefertreue und Reklamationen je Lieferant zusammenführt.',
  'Damit konnten wir Engpässe mehrere Wochen früher erkennen und rechtzeitig mit den Lieferanten sprechen.',
  'Die Zahl der verspäteten Lieferungen ist seitdem deutlich gesunken, und inzwischen nutzt auch die Arbeitsvorbereitung diese Übersicht.',
  'Sie erwähnten, dass Ihre Einkäufer viel Zeit damit verbringen, Angebote von Hand zu vergleichen.',
  'Für solche Vergleiche habe ich Vorlagen erstellt, die die Zahlen direkt aus dem Warenwirtschaftssystem übernehmen und meinem Team jeden Monat viele Stunden sparen.',
  'Gern zeige ich Ihnen ein Beispiel ohne Namen von Lieferanten, falls das für Sie hilfreich ist.',
  'Außerdem möchte ich noch etwas ergänzen, das ich auf Ihre Frage nach schwierigen Verhandlungen nicht erwähnt habe.',
  'Vor zwei Jahren drohte ein wichtiger Lieferant mit einer kräftigen Preiserhöhung, obwohl unsere Abnahmemengen gestiegen waren.',
  'Ich habe die Kostenstruktur gemeinsam mit unserem Controlling offen aufbereitet und einen Rahmenvertrag mit längerer Laufzeit vorgeschlagen.',
  'Am Ende blieb der Preis stabil, und die Zusammenarbeit mit diesem Lieferanten ist heute besser als zuvor.',
  'Diese Erfahrung hat mir gezeigt, dass gute Vorbereitung und Geduld mehr bewirken als harte Worte.',
  'Beeindruckt hat mich auch, dass Einkauf und Qualitätssicherung bei Ihnen eine gemeinsame Liste offener Themen führen.',
  'Nach meiner Erfahrung vermeidet eine solche gemeinsame Sicht viele kleine Missverständnisse, die sonst Zeit und Nerven kosten.',
  'Die Einarbeitung mit einer festen Ansprechpartnerin, die Sie beschrieben haben, würde ich sehr schätzen.',
  'Ich bin nach unserem Gespräch noch mehr an der Stelle interessiert und würde Ihr Team gern mit meiner Erfahrung unterstützen.',
  'Wenn Sie Referenzen oder weitere Unterlagen benötigen, lassen Sie es mich bitte wissen.',
  'Ich freue mich darauf, von Ihnen zu hören.',
];

const longEmail = `Sehr geehrte Frau Brandstätter,\n\n${LONG_BODY.slice(0, 7).join(' ')}\n\n${LONG_BODY.slice(7, 15).join(' ')}\n\n${LONG_BODY.slice(15).join(' ')}\n\nMit freundlichen Grüßen\nMiriam Kessler`;

const mediumEmail = `Sehr geehrte Frau Brandstätter,\n\n${LONG_BODY.slice(0, 4).join(' ')}\n\n${LONG_BODY.slice(7, 10).join(' ')}\n\n${LONG_BODY.slice(18).join(' ')}\n\nMit freundlichen Grüßen\nMiriam Kessler`;

const longMessage = `Guten Tag Frau Brandstätter,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(7, 15).join(' ')}\n${LONG_BODY.slice(19).join(' ')}\nViele Grüße\nMiriam Kessler`;

const shortMessage = `Guten Tag Frau Brandstätter,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(18).join(' ')}\nViele Grüße\nMiriam Kessler`;

const longPost = `Ein herzliches Dankeschön an das ganze Team der Hansewerk Maschinenbau GmbH für das Vorstellungsgespräch in dieser Woche! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(11, 15).join(' ')} ${LONG_BODY.slice(15, 17).join(' ')}`;

const shortPost = `Ein herzliches Dankeschön an das ganze Team der Hansewerk Maschinenbau GmbH für das Vorstellungsgespräch in dieser Woche! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY[18]}`;

const longComment = `Vielen Dank, Frau Brandstätter, für das Vorstellungsgespräch am Dienstag! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(7, 10).join(' ')} ${LONG_BODY.slice(15, 19).join(' ')}`;

const longNote =
  'Guten Tag Frau Brandstätter, vielen Dank für das Vorstellungsgespräch am Dienstag zur Stelle als Einkäuferin. Es war spannend zu hören, wie eng Ihr Einkauf mit der Fertigung zusammenarbeitet, und unser Austausch über die Lieferantenbewertung hat mir viele Anregungen gegeben. Ich bin sehr an der Stelle interessiert und schicke Ihnen gern die erwähnten Vorlagen.';

const shortNote =
  'Guten Tag Frau Brandstätter, vielen Dank für das Vorstellungsgespräch am Dienstag zur Stelle als Einkäuferin. Ich bin sehr an der Stelle interessiert.';

export default {
  valid: [
    { note: 'e-mail under 250 words', text: under(mediumEmail, 250) },
    { note: 'message under 150 words', surface: 'message', platform: 'linkedin', text: under(shortMessage, 150) },
    { note: 'post under 100 words', surface: 'post', platform: 'facebook', text: under(shortPost, 100) },
    { note: 'note under 300 characters', surface: 'connection-note', platform: 'linkedin', text: underChars(shortNote, 300) },
  ],
  invalid: [
    { note: 'e-mail over 250 words', text: markPastWords(longEmail, 250) },
    { note: 'message over 150 words', surface: 'message', platform: 'linkedin', text: markPastWords(longMessage, 150) },
    { note: 'post over 100 words', surface: 'post', platform: 'facebook', text: markPastWords(longPost, 100) },
    { note: 'comment over 100 words', surface: 'comment', platform: 'facebook', text: markPastWords(longComment, 100) },
    { note: 'note over 300 characters', surface: 'connection-note', platform: 'linkedin', text: markPastChars(longNote, 300) },
  ],
} satisfies RuleTable;
