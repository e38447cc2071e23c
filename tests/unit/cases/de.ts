import { markPastWords, markPastChars, under, underChars } from './budget-marks';
import type { LanguageCases } from './types';

/*
 * German rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`. In German the informal du/dich/dir/euch/dein… toward the reader
 * is flagged by informal-tone.
 */

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

// Roughly two hundred words in which "Logistik" occurs four times: under the threshold of
// max(4, 2.5 % of the words), so it is not overused. Sentences open in varied ways.
const longRepetitionValid = `Sehr geehrter Herr Baumgartner,

vielen Dank für das ausführliche Vorstellungsgespräch am Mittwoch und für den Rundgang durch Ihr neues Verteilzentrum in Kassel. Die Größe der Anlage und die Ruhe, mit der Ihre Schichtleitung die Abläufe steuert, haben mich beeindruckt.

Besonders spannend fand ich Ihre Pläne, die Logistik für die Filialen im Norden bis zum Herbst auf ein neues Lagerverwaltungssystem umzustellen. Bei meinem jetzigen Arbeitgeber habe ich eine ähnliche Umstellung begleitet, von der Auswahl der Software bis zur Schulung der Kolleginnen und Kollegen an den Scannern. Gelernt habe ich dabei vor allem, wie wichtig eine gründliche Testphase mit echten Aufträgen ist.

Sie fragten mich nach meiner Erfahrung mit saisonalen Spitzen. Im letzten Weihnachtsgeschäft haben wir die Kommissionierung in zwei Wellen aufgeteilt und zusätzliche Aushilfen früh eingearbeitet. So konnten wir fast alle Bestellungen am selben Tag versenden.

Die Verbindung von operativer Logistik und Projektarbeit, die Sie beschrieben haben, reizt mich sehr. Gerade die enge Abstimmung mit dem Einkauf und dem Kundenservice entspricht dem, was mir an meiner Arbeit in der Logistik am meisten Freude macht. Ich bin daher weiterhin sehr an der Stelle als Teamleiter interessiert und würde mein Wissen über moderne Logistik gern in Ihr Team einbringen.

Über eine Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen
Florian Maier`;

export default {
  rules: {
    'public-post': {
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
    },

    'humble-brag': {
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
    },

    'missing-thanks': {
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
    },

    'missing-interview-reference': {
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
    },

    'too-long': {
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
    },

    repetition: {
      valid: [
        {
          text: 'Sehr geehrte Frau Hartwig,\n\nvielen Dank für das Vorstellungsgespräch am Montag. Ich habe mich sehr über die offenen Antworten gefreut. Ich habe außerdem viel über Ihre Pläne für das neue Lager erfahren.\n\nÜber eine Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nJan Köhler',
        },
        {
          note: '"die die" is correct German',
          text: 'Sehr geehrter Herr Pohl,\n\nvielen Dank für das Gespräch über die Stelle als Disponent. Besonders interessant fand ich die Kennzahlen, die die Abläufe im Lager sichtbar machen.\n\nIch freue mich darauf, von Ihnen zu hören.\n\nMit freundlichen Grüßen\nSven Lorenz',
        },
        {
          note: '"Sie sie" is correct German',
          surface: 'message',
          platform: 'linkedin',
          text: 'Guten Tag Frau Bauer, danke für das Vorstellungsgespräch. Meine Zeugnisse schicke ich gern nach, falls Sie sie noch brauchen.',
        },
        { note: 'a word four times in a long draft is under the threshold', text: longRepetitionValid },
      ],
      invalid: [
        { note: "three sentences opening with the same longer word", text: "Sehr geehrter Herr Kramer,\n\nvielen Dank für das Gespräch über die Stelle. [[Besonders gefallen hat mir Ihre Schilderung des Projekts. Besonders spannend fand ich die Zusammenarbeit mit der Klinik. Besonders wichtig ist mir die Weiterbildung.]] Ich habe weiterhin großes Interesse an der Stelle.\n\nÜber eine Rückmeldung würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\nFelix Brandt" },
        {
          note: 'doubled word',
          text: 'Sehr geehrte Frau Hartwig,\n\nvielen Dank [[für für]] das Vorstellungsgespräch am Montag. Die Stelle als Lageristin interessiert mich sehr.\n\nMit freundlichen Grüßen\nJan Köhler',
        },
        {
          note: 'repeated sentence',
          text: 'Sehr geehrter Herr Thiel,\n\nvielen Dank für das Gespräch über die Stelle als Erzieher. Die Arbeit mit Kindern liegt mir sehr am Herzen. Ihre Einrichtung hat mich mit ihrem offenen Konzept überzeugt. [[Die Arbeit mit Kindern liegt mir sehr am Herzen.]]\n\nMit freundlichen Grüßen\nLukas Brenner',
        },
        {
          note: 'three sentences opening alike',
          text: 'Sehr geehrte Frau Graf,\n\nvielen Dank für das Vorstellungsgespräch am Donnerstag. [[Ich kenne mich mit den gängigen ERP Systemen gut aus. Ich kenne die Abläufe im technischen Einkauf. Ich kenne viele Lieferanten aus der Region.]]\n\nÜber eine Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nMarkus Stahl',
        },
        {
          note: 'content word used four times',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hallo Herr Wagner, danke für das Vorstellungsgespräch. Die Software für die Tourenplanung hat mich beeindruckt. Mit ähnlicher Software habe ich schon gearbeitet. Ihre Software wirkt aber durchdachter, und ich würde diese [[Software]] gern näher kennenlernen.',
        },
      ],
    },

    'informal-tone': {
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
    },

    'generic-greeting': {
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
    },

    'missing-closing': {
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
    },

    overselling: {
      valid: [
        {
          text: 'Sehr geehrte Frau Heller,\n\nvielen Dank für das Vorstellungsgespräch. Meine Erfahrung mit der Einführung neuer Kassensysteme könnte Ihrem Team bei der geplanten Umstellung helfen.\n\nMit freundlichen Grüßen\nJana Roth',
        },
        {
          text: 'Guten Tag Herr Brandl,\n\ndanke für das offene Gespräch. Ich bin überzeugt, dass ich gut zu Ihrem Team passe, und halte mich für die Stelle gut geeignet.\n\nViele Grüße\nMoritz Hein',
        },
        {
          surface: 'message',
          platform: 'linkedin',
          text: 'Hallo Frau Sander, herzlichen Dank für das Telefoninterview. Die Stelle ist für mich eine spannende Aufgabe, und ich bringe drei Jahre Erfahrung im Vertrieb mit.',
        },
      ],
      invalid: [
        {
          text: 'Sehr geehrte Frau Heller,\n\nvielen Dank für das Vorstellungsgespräch. [[Ich bin der perfekte Kandidat für diese Stelle]], das haben Sie sicher gemerkt.\n\nMit freundlichen Grüßen\nJonas Roth',
        },
        {
          text: 'Guten Tag Herr Brandl,\n\ndanke für das Vorstellungsgespräch. [[Niemand sonst kann]] diese Aufgabe so gut erledigen wie ich, und Sie werden [[keinen besseren Kandidaten]] finden.\n\nViele Grüße\nMoritz Hein',
        },
        {
          surface: 'message',
          platform: 'linkedin',
          text: 'Hallo Frau Sander, danke für das Telefoninterview. Ich bin ein echter [[Rockstar]] im Vertrieb, und [[ich garantiere Ihnen]] Rekordumsätze im ersten Jahr.',
        },
        {
          text: 'Sehr geehrter Herr Adler,\n\nherzlichen Dank für das Vorstellungsgespräch. Mit meiner Erfahrung bin ich [[wie geschaffen für diese Stelle]].\n\nMit freundlichen Grüßen\nEva Stein',
        },
      ],
    },

    'pushy-tone': {
      valid: [
        {
          text: 'Sehr geehrte Frau Engel,\n\nvielen Dank für das Vorstellungsgespräch. Sie hatten erwähnt, dass die Entscheidung bis Ende Mai fällt. Ich weiß, dass Sie noch weitere Gespräche führen, und warte gern ab.\n\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nLeonie Graf',
        },
        {
          note: 'availability is not pressure',
          text: 'Guten Tag Herr Lang,\n\ndanke für das Gespräch über die Stelle als Elektriker. Ich könnte ab sofort bei Ihnen anfangen.\n\nViele Grüße\nDominik Frey',
        },
        {
          note: 'a deadline the writer sets for themselves',
          text: 'Sehr geehrte Frau Wendt,\n\nvielen Dank für das Vorstellungsgespräch am Montag. Wie besprochen reiche ich Ihnen mein Abschlusszeugnis bis spätestens Freitag nach.\n\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nOskar Lenz',
        },
        {
          note: 'a polite status e-mail after the decision date',
          text: 'Sehr geehrte Frau Ludwig,\n\nam 12. Mai hatte ich ein Vorstellungsgespräch bei Ihnen für die Stelle als Verwaltungsfachangestellte. Da der genannte Termin inzwischen verstrichen ist, möchte ich mich freundlich nach dem Stand des Verfahrens erkundigen. Nochmals danke für das angenehme Gespräch.\n\nÜber eine kurze Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nHanna Wolff',
        },
      ],
      invalid: [
        {
          text: 'Sehr geehrte Frau Engel,\n\nvielen Dank für das Vorstellungsgespräch. Bitte [[geben Sie mir bis spätestens Freitag]] Bescheid, denn mir liegt bereits [[ein weiteres Angebot]] vor.\n\nMit freundlichen Grüßen\nLeonie Graf',
        },
        {
          surface: 'message',
          platform: 'linkedin',
          text: 'Hallo Herr Lang, danke nochmal für das Gespräch über die Stelle letzte Woche. [[Warum haben Sie sich noch nicht]] gemeldet[[??]]',
        },
        {
          text: 'Guten Tag Frau Kaiser,\n\ndanke für das Vorstellungsgespräch. Ich [[brauche diesen Job]] wirklich, [[bitte, bitte geben Sie mir eine Chance]].\n\nViele Grüße\nRene Hoff',
        },
        {
          text: 'Sehr geehrter Herr Vogel,\n\n[[dies ist meine dritte E-Mail]] zum Vorstellungsgespräch vom Montag. Ich bräuchte Ihre Entscheidung daher [[ASAP]].\n\nMit freundlichen Grüßen\nNils Bauer',
        },
      ],
    },

    'late-follow-up': {
      valid: [
        {
          note: 'no interview date known',
          text: 'Sehr geehrte Frau Kühn,\n\nvielen Dank für das Vorstellungsgespräch. Ich bin sehr interessiert.\n\nMit freundlichen Grüßen\nAlex Martin',
        },
        {
          note: 'same evening',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-10T19:00:00+01:00',
          text: 'Sehr geehrte Frau Kühn,\n\nvielen Dank für das Vorstellungsgespräch heute Vormittag. Ich bin sehr interessiert.\n\nMit freundlichen Grüßen\nAlex Martin',
        },
        {
          note: 'just under a day',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-11T09:30:00+01:00',
          text: 'Guten Tag Herr Simon,\n\nherzlichen Dank für das Gespräch gestern. Die Stelle reizt mich sehr.\n\nViele Grüße\nLina Ott',
        },
      ],
      invalid: [
        {
          note: 'between 24 and 48 hours',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-11T16:00:00+01:00',
          text: '[[Sehr geehrte Frau Kühn,]]\n\nvielen Dank für das Vorstellungsgespräch gestern. Ich bin sehr interessiert.\n\nMit freundlichen Grüßen\nAlex Martin',
        },
        {
          note: 'three days later',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-13T10:00:00+01:00',
          text: '[[Guten Tag Herr Simon,]]\n\nentschuldigen Sie die späte Nachricht und herzlichen Dank für das Gespräch am Montag. Die Stelle reizt mich sehr.\n\nViele Grüße\nLina Ott',
        },
        {
          note: 'ten days later, as a message',
          surface: 'message',
          platform: 'linkedin',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-20T12:00:00+01:00',
          text: '[[Hallo Frau Arnold, besser spät als nie: vielen Dank für das Vorstellungsgespräch letzte Woche!]]\nIch bin weiterhin sehr interessiert.',
        },
      ],
    },

    'connection-request': {
      valid: [
        {
          note: 'the process is over',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hallo Frau Kraus, auch wenn es diesmal nicht geklappt hat, danke ich Ihnen für das faire Vorstellungsgespräch. Ich würde gern in Kontakt bleiben.',
        },
        {
          note: 'the offer is accepted',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Guten Tag Herr Stein, ich habe den Vertrag gestern unterschrieben und freue mich auf die Stelle in Ihrem Team. Danke für das gute Vorstellungsgespräch!',
        },
        {
          note: 'an e-mail is not a connection request',
          text: 'Sehr geehrte Frau Graf,\n\nvielen Dank für das Vorstellungsgespräch am Dienstag. Ich bin sehr an der Stelle interessiert.\n\nMit freundlichen Grüßen\nPhilipp Busch',
        },
        {
          note: 'a LinkedIn message is the channel already in use',
          surface: 'message',
          platform: 'linkedin',
          text: 'Guten Tag Herr Okafor, danke für das angenehme Telefoninterview zur Stelle als Data Analyst.',
        },
      ],
      invalid: [
        {
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Hallo Frau Graf, vielen Dank für das Vorstellungsgespräch am Dienstag! Ich würde mich freuen, mit Ihnen vernetzt zu sein.]]',
        },
        {
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Guten Tag Herr Okafor,]]\ndanke für das angenehme Telefoninterview zur Stelle als Data Analyst. Gern möchte ich mit Ihnen in Kontakt bleiben.',
        },
        {
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Liebe Frau Wendt, nach unserem Gespräch über die Stelle im Einkauf bin ich weiterhin sehr interessiert und würde mich über die Vernetzung freuen.]]',
        },
      ],
    },

    'missing-interest': {
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
    },
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
