import { markPastWords, markPastChars, under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// too-long, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// ---------------------------------------------------------------------------------------------
// Long drafts for the too-long table. Only plain words (no digits, hyphens or apostrophes), so
// that every way of counting words agrees on where the budget ends.
// ---------------------------------------------------------------------------------------------
const LONG_BODY = [
  'Takk for intervjuet på tirsdag om stillingen som innkjøpsrådgiver hos Vestland Energi.',
  'Det var lærerikt å høre hvordan avdelingen samarbeider med leverandørene og med prosjektlederne ute i regionene.',
  'Samtalen vår om kontraktsoppfølging har jeg tenkt mye på i etterkant, og jeg har notert meg noen flere tanker.',
  'I min nåværende jobb har jeg ansvar for rammeavtaler innen transport, verktøy og arbeidsklær.',
  'I fjor laget jeg en enkel oversikt som samlet priser, leveringstid og avvik for hver leverandør.',
  'Med den oversikten kunne vi se problemer flere uker tidligere og ta kontakt før de ble kostbare.',
  'Antall reklamasjoner gikk merkbart ned det påfølgende halvåret, og økonomiavdelingen begynte å bruke det samme verktøyet.',
  'Du nevnte at innkjøperne deres bruker mye tid på å sammenligne tilbud for hånd.',
  'Jeg har laget maler for slike sammenligninger som henter tallene rett fra innkjøpssystemet, og det har spart teamet mitt for mange timer hver måned.',
  'Et eksempel uten kundenavn kan jeg vise dere hvis det er nyttig.',
  'Jeg ville også legge til noe jeg glemte å si da du spurte om erfaring med anbud.',
  'I to år har jeg ledet mindre anbudsprosesser for kommunale kunder, fra kravspesifikasjon til signert avtale.',
  'Der lærte jeg hvor viktig det er å skrive tydelige krav slik at leverandørene kan gi sammenlignbare tilbud.',
  'Planene deres for mer bærekraftige innkjøp virker dessuten godt gjennomtenkt og realistiske.',
  'Jeg har tatt et kurs i miljøkrav ved offentlige anskaffelser og bruker det jevnlig i arbeidet mitt.',
  'Vekten dere legger på opplæring av nye medarbeidere er noe jeg setter stor pris på.',
  'Jeg er svært interessert i stillingen og i å hjelpe innkjøpsteamet med å få bedre oversikt over avtalene.',
  'Gi meg beskjed hvis dere trenger referanser eller flere opplysninger fra meg.',
  'Jeg ser frem til å høre fra deg om veien videre.',
];

const longEmail = `Hei Marianne Lie,\n\n${LONG_BODY.slice(0, 7).join(' ')}\n\n${LONG_BODY.slice(7, 13).join(' ')}\n\n${LONG_BODY.slice(13).join(' ')}\n\nVennlig hilsen\nSindre Aas`;

const mediumEmail = `Hei Marianne Lie,\n\n${LONG_BODY.slice(0, 4).join(' ')}\n\n${LONG_BODY.slice(7, 10).join(' ')}\n\n${LONG_BODY.slice(16).join(' ')}\n\nVennlig hilsen\nSindre Aas`;

const longMessage = `Hei Marianne,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(7, 14).join(' ')}\n${LONG_BODY.slice(16).join(' ')}\nHilsen Sindre`;

const shortMessage = `Hei Marianne,\n${LONG_BODY.slice(0, 3).join(' ')} ${LONG_BODY.slice(16).join(' ')}\nHilsen Sindre`;

const longPost = `Takk til hele gjengen i Vestland Energi for intervjuet denne uka! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(10, 16).join(' ')}`;

const shortPost = `Takk til hele gjengen i Vestland Energi for intervjuet denne uka! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY[16]}`;

const longComment = `Takk for intervjuet på tirsdag, Marianne! ${LONG_BODY.slice(1, 3).join(' ')} ${LONG_BODY.slice(7, 10).join(' ')} ${LONG_BODY.slice(13, 17).join(' ')}`;

const longNote =
  'Hei Marianne, takk for intervjuet på tirsdag om stillingen som innkjøpsrådgiver. Det var lærerikt å høre hvordan avdelingen samarbeider med leverandørene, og samtalen om kontraktsoppfølging ga meg mye å tenke på. Jeg er svært interessert i stillingen og sender gjerne malene jeg nevnte. Jeg håper vi kan holde kontakten her.';

const shortNote =
  'Hei Marianne, takk for intervjuet på tirsdag om stillingen som innkjøpsrådgiver. Det var lærerikt å høre om samarbeidet med leverandørene, og jeg er svært interessert i stillingen.';

export default {
  valid: [
    { note: 'an e-mail under 250 words', text: under(mediumEmail, 250) },
    { note: 'a message under 150 words', surface: 'message', platform: 'linkedin', text: under(shortMessage, 150) },
    { note: 'a post under 100 words', surface: 'post', platform: 'linkedin', text: under(shortPost, 100) },
    { note: 'a connection note under 300 characters', surface: 'connection-note', platform: 'linkedin', text: shortNote },
  ],
  invalid: [
    { note: 'an e-mail over 250 words', text: markPastWords(longEmail, 250) },
    { note: 'a message over 150 words', surface: 'message', platform: 'linkedin', text: markPastWords(longMessage, 150) },
    { note: 'a post over 100 words', surface: 'post', platform: 'linkedin', text: markPastWords(longPost, 100) },
    { note: 'a comment over 100 words', surface: 'comment', platform: 'facebook', text: markPastWords(longComment, 100) },
    { note: 'a connection note over 300 characters', surface: 'connection-note', platform: 'linkedin', text: markPastChars(longNote, 300) },
  ],
} satisfies RuleTable;
