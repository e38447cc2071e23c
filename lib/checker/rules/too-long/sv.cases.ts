import { markPastWords, markPastChars, under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// too-long, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// ---------------------------------------------------------------------------------------------
// Long drafts for the too-long table. Only plain words (no digits, hyphens, colons or
// apostrophes), so that every way of counting words agrees on where the budget ends.
// ---------------------------------------------------------------------------------------------
const LONG_BODY = [
  'Tack för intervjun i tisdags om tjänsten som kundansvarig på Lärkträdet Mjukvara.',
  'Det var intressant att höra hur ert team tar emot nya kunder och hur nära ni arbetar med produktgruppen.',
  'Vårt samtal om risken för uppsägningar av avtal följde med mig hela tågresan hem, och jag skrev ner några fler tankar.',
  'På mitt nuvarande företag ansvarar jag för ett antal medelstora kunder inom logistik och handel.',
  'I våras byggde jag ett enkelt hälsomått som vägde samman användning, öppna ärenden och svar på enkäter.',
  'Med det måttet kunde vi se missnöjda kunder flera veckor tidigare och ringa dem innan de började titta på andra leverantörer.',
  'Andelen kunder som lämnade oss minskade tydligt under de följande två kvartalen, och säljteamet började använda samma vy.',
  'Du nämnde att era kundansvariga lägger mycket tid på att förbereda kvartalsmöten för hand.',
  'Jag har byggt mallar för sådana möten som hämtar siffror direkt från rapportverktyget, vilket sparade mitt team många timmar varje månad.',
  'Jag visar gärna ett exempel där kundernas namn är borttagna, om det skulle vara till nytta.',
  'Jag ville också lägga till något som jag glömde att säga när du frågade om svåra samtal.',
  'För två år sedan hotade en stor kund att säga upp avtalet efter en misslyckad dataflytt som inte var vårt fel.',
  'Jag reste dit för att träffa deras driftchef, lyssnade på hela historien och kom överens med dem om en plan med veckovisa avstämningar.',
  'De förlängde avtalet med tre år och blev senare en av våra referenskunder.',
  'Den erfarenheten lärde mig att tålamod och tydlig uppföljning betyder mer än något smart säljargument.',
  'Jag blev också imponerad av att era support och kundteam delar en gemensam lista över kundernas önskemål.',
  'Enligt min erfarenhet förebygger en sådan gemensam bild många av de små missförstånd som irriterar kunder.',
  'Fokuset på coachning som du beskrev för nya chefer är något jag skulle värdera mycket högt.',
  'Jag är mycket intresserad av tjänsten och av att hjälpa era kunder att få ut mer av plattformen.',
  'Hör gärna av dig om du behöver referenser eller mer information från mig.',
  'Jag ser fram emot att höra från dig om nästa steg.',
];

const longEmail = `Hej Maria,\n\n${LONG_BODY.slice(0, 7).join(' ')}\n\n${LONG_BODY.slice(7, 15).join(' ')}\n\n${LONG_BODY.slice(15).join(' ')}\n\nVänliga hälsningar\nJonatan Rehn`;

const mediumEmail = `Hej Maria,\n\n${LONG_BODY.slice(0, 4).join(' ')}\n\n${LONG_BODY.slice(7, 10).join(' ')}\n\n${LONG_BODY.slice(18).join(' ')}\n\nVänliga hälsningar\nJonatan Rehn`;

const longMessage = `Hej Greta,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(7, 15).join(' ')}\n${LONG_BODY.slice(19).join(' ')}\nHälsningar\nJonatan`;

const shortMessage = `Hej Greta,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(18).join(' ')}\nHälsningar\nJonatan`;

const longPost = `Tack till hela teamet på Lärkträdet Mjukvara för intervjun den här veckan! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(11, 15).join(' ')} ${LONG_BODY.slice(15, 17).join(' ')}`;

const shortPost = `Tack till hela teamet på Lärkträdet Mjukvara för intervjun den här veckan! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY[18]}`;

const longComment = `Tack Maria Wall för intervjun i tisdags! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(7, 10).join(' ')} ${LONG_BODY.slice(15, 19).join(' ')}`;

const longNote =
  'Hej Greta, tack för intervjun i tisdags om tjänsten som kundansvarig. Det var intressant att höra hur ert team tar emot nya kunder, och vårt samtal om uppsägningar av avtal gav mig mycket att fundera på. Jag är mycket intresserad av tjänsten och skickar gärna de mallar jag nämnde. Jag hoppas att vi kan hålla kontakten här.';

const shortNote =
  'Hej Greta, tack för intervjun i tisdags om tjänsten som kundansvarig. Det var intressant att höra hur ert team tar emot nya kunder, och jag är mycket intresserad av tjänsten.';

export default {
  valid: [
    { note: 'e-mail under 250 words', text: under(mediumEmail, 250) },
    { note: 'message under 150 words', surface: 'message', platform: 'linkedin', text: under(shortMessage, 150) },
    { note: 'post under 100 words', surface: 'post', platform: 'linkedin', text: under(shortPost, 100) },
    { note: 'connection note under 300 characters', surface: 'connection-note', platform: 'linkedin', text: shortNote },
  ],
  invalid: [
    { note: 'e-mail over 250 words', text: markPastWords(longEmail, 250) },
    { note: 'message over 150 words', surface: 'message', platform: 'linkedin', text: markPastWords(longMessage, 150) },
    { note: 'post over 100 words', surface: 'post', platform: 'linkedin', text: markPastWords(longPost, 100) },
    { note: 'comment over 100 words', surface: 'comment', platform: 'facebook', text: markPastWords(longComment, 100) },
    {
      note: 'connection note over 300 characters',
      surface: 'connection-note',
      platform: 'linkedin',
      text: markPastChars(longNote, 300),
    },
  ],
} satisfies RuleTable;
