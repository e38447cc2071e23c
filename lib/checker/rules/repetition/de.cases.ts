import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// repetition, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
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
} satisfies RuleTable;
