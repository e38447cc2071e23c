import { markPastWords, markPastChars, under } from './budget-marks';
import type { LanguageCases } from './types';

/*
 * Norwegian (Bokmål) rule tables. In invalid cases every span the rule must report is marked
 * with [[ ]]. All drafts are written for these tests; they are follow-ups after a job interview
 * unless they sit in `notFollowUps`. "du" is the normal polite form in Norwegian and is never flagged.
 */

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

// About two hundred words in which "kundeservice" occurs four times: under the threshold of
// max(4, 2.5 % of the words) = 5, so not overused.
const longRepetitionValid = `Hei Torunn,

Takk for intervjuet på torsdag om stillingen som teamleder i kundeservice hos Nordlys Forsikring. Det var interessant å høre hvordan dere har organisert vaktene, og hvordan dere følger opp nyansatte de første ukene.

Du spurte hvordan jeg ville redusere ventetiden på telefon. I min nåværende jobb innførte vi tilbakeringing i travle perioder, slik at kundene slapp å sitte i kø. Samtidig fikk de mest erfarne medarbeiderne ansvar for de vanskeligste sakene, mens de nye tok enklere henvendelser på chat. Etter et halvt år var ventetiden nesten halvert, og klagene gikk tydelig ned.

Jeg likte også tanken din om en felles kunnskapsbase. Mange spørsmål kommer igjen hver uke, og korte, oppdaterte svar sparer tid for alle. Jeg bidrar gjerne til å bygge den opp som et første prosjekt.

Det du fortalte om samarbeidet mellom kundeservice og skadeavdelingen, fikk meg til å tenke på opplæring. Korte videoer for hvert nye system har hjulpet kollegene mine mer enn lange manualer, og det tror jeg kan fungere i kundeservice hos dere også.

Jeg er svært interessert i stillingen og i å utvikle kundeservice videre sammen med dere.

Jeg ser frem til å høre fra deg.

Vennlig hilsen
Eline Strand`;

const nb = {
  rules: {
    'public-post': {
      valid: [
        {
          note: 'a personal e-mail may greet everyone in the department: audience words only count on unknown surfaces',
          text: 'Hei Guro,\n\nTakk for intervjuet i går om stillingen som kokk. Hils gjerne til alle sammen på kjøkkenet som viste meg rundt.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nAmund Lie',
        },
        {
          note: 'a direct LinkedIn message',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Markus,\nTakk for samtalen i formiddag om stillingen som dataingeniør. Jeg er veldig interessert i å bli en del av plattformteamet.\nVennlig hilsen\nLene',
        },
        {
          note: 'unknown surface, addressed to one person',
          surface: 'unknown',
          platform: 'other',
          text: 'Hei Rune,\n\nTakk for jobbintervjuet på mandag om stillingen som vedlikeholdstekniker. Omvisningen i fabrikken var svært lærerik.\n\nVennlig hilsen\nOda Hauge',
        },
        {
          note: 'a connection note is private',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hei Dagny, takk for intervjuet i dag om stillingen som analytiker. Samtalen om prognoser var veldig lærerik.',
        },
      ],
      invalid: [
        {
          note: 'thanks posted on the company page',
          surface: 'post',
          platform: 'linkedin',
          text: '[[Takk til alle i Fjordvind Energi for et flott intervju i går!]]\nDet var inspirerende å møte planleggingsgruppen, og jeg er veldig interessert i ingeniørstillingen.',
        },
        {
          note: 'a comment on the company wall, first line only',
          surface: 'comment',
          platform: 'facebook',
          text: '[[Kjære Havnebakeriet, så hyggelig å få tilbringe morgenen på bakeriet deres under intervjuet!]]\nTusen takk for at dere tok så godt imot meg, jeg håper å bli en del av gjengen snart.',
        },
        {
          note: 'first non-empty line, trimmed',
          surface: 'post',
          platform: 'facebook',
          text: '\n  [[Takk igjen for jobbintervjuet, Randi!]]  \nButikkteamet deres var fantastisk, og jeg vil veldig gjerne jobbe sammen med dem.',
        },
        {
          note: 'unknown surface: every word that addresses an audience',
          surface: 'unknown',
          platform: 'other',
          text: 'Takk [[til alle sammen]] i Lysverket Lab for intervjuet på tirsdag. Jeg er svært interessert i stillingen som forskningsassistent. [[#ÅpenForJobb]] [[#forskning]]',
        },
        {
          note: 'unknown surface: network and followers',
          surface: 'unknown',
          platform: 'other',
          text: 'En liten oppdatering til [[mitt nettverk]]: takk til Nordpunkt Helse for intervjuet om sykepleierstillingen. Jeg håper [[følgerne mine]] heier på meg.',
        },
      ],
    },

    'humble-brag': {
      valid: [
        { note: 'an interview told in a private e-mail is not an announcement', text: "Hei Mette,\n\nTakk for intervjuet i dag om stillingen som baker. Jeg er stolt og glad over å ha fått vise frem arbeidene mine, og jeg er veldig interessert i stillingen.\n\nJeg gleder meg til å høre fra deg.\n\nVennlig hilsen\nSam Berg" },
        {
          note: 'a plain thank-you to the interviewer',
          text: 'Hei Karianne,\n\nTakk for intervjuet på onsdag om stillingen som tekstforfatter. Jeg var glad for å høre om vårkampanjen, og jeg er svært interessert i stillingen.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nNora Bakken',
        },
        {
          note: 'a link to the portfolio is not bragging',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Jørgen,\nTakk for intervjuet i ettermiddag om stillingen som illustratør. Se gjerne på porteføljen min i lenken under når du har tid.\nHilsen Mia',
        },
        {
          note: 'gratitude to the interviewer is not an announcement',
          text: 'Hei Bjørn,\n\nJeg er takknemlig for at du tok deg tid til å intervjue meg til lærlingplassen som elektriker. Besøket i verkstedet var lærerikt, og jeg håper å høre fra deg snart.\n\nVennlig hilsen\nAron Lie',
        },
      ],
      invalid: [
        { note: 'announcing the interview on a public post', surface: 'post', platform: 'linkedin', text: "[[Stolt og glad]]! [[I dag har jeg vært på jobbintervju]] hos Bakeriet Kornblom om stillingen som baker. Takk til Mette for omvisningen!" },
        {
          note: 'announcement and hashtags on a post',
          surface: 'post',
          platform: 'linkedin',
          text: '[[Store nyheter]]: [[jeg har nettopp vært på intervju hos]] Nordvik Logistikk for stillingen som driftsanalytiker! Takk, Priya, for en fin samtale. [[#takknemlig]] [[#drømmejobb]]',
        },
        {
          note: 'in your face',
          surface: 'comment',
          platform: 'facebook',
          text: 'Takk for intervjuet i dag, Lise. [[In your face]], alle dere som sa at jeg aldri ville bli kalt inn hos Vireo! [[#velsignet]]',
        },
        {
          note: 'boasting inside an e-mail to the interviewer',
          text: 'Hei Tom,\n\nTakk for intervjuet på mandag om stillingen som selger. Jeg sa til vennene mine at jeg [[knuste intervjuet]], og jeg er svært interessert i stillingen.\n\nVennlig hilsen\nKristian',
        },
        {
          note: 'overlapping matches merge into one span',
          surface: 'post',
          platform: 'linkedin',
          text: '[[Stolt og glad for å kunne dele]] at [[jeg endelig fikk et intervju]] hos Kobolt Studio for stillingen som animatør! Takk til rekrutteringsteamet, og nå [[krysser fingrene]].',
        },
        {
          note: 'asking the audience for luck',
          surface: 'post',
          platform: 'facebook',
          text: 'Takk for et hyggelig jobbintervju på Fjellheimen hotell i dag! [[Ønsk meg lykke til]] [[#jobbsøking]]',
        },
      ],
    },

    'missing-thanks': {
      valid: [
        {
          text: 'Hei Siri,\n\nTusen takk for intervjuet i går om stillingen som regnskapsmedarbeider. Jeg er fortsatt svært interessert.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nPål Hovland',
        },
        {
          note: 'appreciation without the word takk',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Amir,\nJeg setter stor pris på at du tok deg tid til telefonintervjuet i morges om stillingen som supporttekniker. Jeg er veldig interessert i rollen.\nHilsen Jonas',
        },
        {
          note: 'gratitude as an adjective',
          text: 'Kjære Helene Moe,\n\nJeg er takknemlig for samtalen på fredag om stillingen som kurator ved museet. Det var spennende å høre om den nye utstillingen.\n\nJeg gleder meg til å høre fra deg.\n\nMed vennlig hilsen\nEmil Strand',
        },
      ],
      invalid: [
        {
          note: 'talks about the interview but never thanks',
          text: '[[Hei Kristine,]]\n\nJeg har tenkt mye på intervjuet vårt i går om stillingen som kundekonsulent. Særlig likte jeg å høre om hvordan dere følger opp nye kunder.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nMarius Eide',
        },
        {
          note: 'first line is the opening sentence when there is no greeting',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Jeg ville bare følge opp samtalen vår om stillingen som grafisk designer.]]\nJeg er fortsatt veldig interessert, og legger ved noen nye skisser.\nHilsen Ida',
        },
        {
          note: 'a status e-mail without thanks',
          text: '\n[[Hei Lars Holm,]]\n\nJeg var på intervju hos dere 4. mars om stillingen som prosjektleder, og lurer på hvordan prosessen går.\n\nJeg håper å høre fra deg.\n\nMed vennlig hilsen\nIngrid Vik',
        },
      ],
    },

    'missing-interview-reference': {
      valid: [
        {
          text: 'Hei Anders,\n\nTakk for intervjuet i dag om stillingen som lagermedarbeider. Jeg er veldig interessert.\n\nVennlig hilsen\nSara',
        },
        {
          note: 'meeting the interviewer',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Petra,\nDet var hyggelig å møte deg på tirsdag. Takk for at du fortalte så mye om stillingen som markedskoordinator, jeg er svært interessert.\nHilsen Stine',
        },
        {
          note: '"takk for i dag" refers to the day of the interview',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Gaute,\nTakk for i dag! Jeg er fortsatt svært interessert i stillingen som servitør.\nHilsen Elise',
        },
        {
          note: 'what you talked about',
          text: 'Hei Viktor,\n\nTakk for en fin prat om jobben som dekksoperatør. Det du sa om sikkerhetskulturen om bord, har jeg tenkt mye på siden.\n\nJeg gleder meg til å høre fra deg.\n\nVennlig hilsen\nTobias Næss',
        },
      ],
      invalid: [
        {
          note: 'thanks for considering the application, no word about the interview',
          text: '[[Hei Marit Lunde,]]\n\nTakk for at du leser søknaden min til stillingen som regnskapsfører. Jeg har lang erfaring med årsoppgjør og er svært interessert i å jobbe hos dere.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nTorleif Brun',
        },
        {
          note: 'a generic thank-you that could have been sent without meeting',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hei Kjetil,]]\nTusen takk for muligheten til å søke på stillingen som elektriker. Jeg er veldig motivert for jobben.\nHilsen Andreas',
        },
        {
          note: 'first line without greeting',
          text: '[[Takk for tiden din og for informasjonen om stillingen som bibliotekar.]]\n\nJeg er fortsatt svært interessert og sender gjerne flere attester.\n\nVennlig hilsen\nLinnea Ås',
        },
      ],
    },

    'too-long': {
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
    },

    repetition: {
      valid: [
        {
          note: '"det det" is correct Norwegian',
          text: 'Hei Gunnar,\n\nTakk for intervjuet på fredag om stillingen som lærer. Jeg fikk et godt bilde av det det innebærer å jobbe på skolen deres.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nSolveig',
        },
        {
          note: 'sentences start with "Jeg", but not with the same two words three times in a row',
          text: 'Hei Ragnar,\n\nTakk for samtalen i går om stillingen som tømrer. Jeg likte å se verkstedet. Jeg har jobbet med restaurering i fem år. Jeg er svært interessert i stillingen.\n\nVennlig hilsen\nOlav',
        },
        {
          note: 'a content word four times in about two hundred words is under the threshold',
          text: longRepetitionValid,
        },
        {
          note: 'a repeated sentence of fewer than four words does not count',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Mona,\nTusen takk! Intervjuet 3. april om stillingen som økonom var svært lærerikt. Tusen takk!\nHilsen Rolf',
        },
      ],
      invalid: [
        {
          note: 'a doubled word',
          text: 'Hei Camilla,\n\nTakk for samtalen [[på på]] tirsdag om stillingen som apotektekniker. Jeg er svært interessert.\n\nVennlig hilsen\nHanne',
        },
        {
          note: 'the same sentence twice',
          text: 'Hei Erlend,\n\nJeg er svært interessert i stillingen som sjåfør. Takk for intervjuet i dag. [[Jeg er svært interessert i stillingen som sjåfør.]]\n\nVennlig hilsen\nTrond',
        },
        {
          note: 'three or more sentences in a row opening alike',
          text: 'Hei Vidar,\n\nTakk for intervjuet om stillingen som verksmester. [[Jeg har fagbrev som industrimekaniker. Jeg har ledet skiftlag i fire år. Jeg har god kontroll på rutinene for sikkerhet.]] Derfor tror jeg at jeg kan bidra hos dere.\n\nVennlig hilsen\nKåre',
        },
        {
          note: 'a content word used four times in a short draft: the fourth use is marked',
          text: 'Hei Kaja,\n\nTakk for intervjuet om stillingen i logistikk. Jeg har jobbet med logistikk i seks år, og logistikk er det jeg kan best. Jeg vil gjerne fortsette med [[logistikk]] hos dere.\n\nVennlig hilsen\nSimen',
        },
      ],
    },

    'informal-tone': {
      valid: [
        { note: "\"snakkes\" as a verb is fine", surface: 'message', platform: 'facebook', text: "Hei Trond,\n\nTusen takk for intervjuet på lørdag. Jeg vil veldig gjerne begynne som lærling hos dere.\n\nHåper vi snakkes snart.\n\nHilsen\nOle" },
        {
          note: 'a formal message; "du" is polite in Norwegian',
          text: 'Hei Torbjørn,\n\nTakk for at du tok deg tid til å vise meg verkstedet under intervjuet. Jeg er svært interessert i stillingen som bilmekaniker, og du kan nå meg på telefon hele uka.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nSverre',
        },
        {
          note: '"altså" meaning "so", and the shop chain Coop Mega, are not slang',
          surface: 'message',
          platform: 'facebook',
          text: 'Hei Wenche,\nTakk for intervjuet om stillingen som butikkmedarbeider på Coop Mega. Jeg kan altså begynne allerede neste måned.\nVennlig hilsen\nLiv',
        },
        {
          note: 'short acronyms are not shouting',
          text: 'Hei Hilde,\n\nTakk for samtalen om stillingen som rådgiver i NAV. Erfaringen min fra HR og IKT kan komme godt med.\n\nMed vennlig hilsen\nGeir',
        },
      ],
      invalid: [
        { note: "\"Snakkes!\" as a sign-off", surface: 'message', platform: 'facebook', text: "Hei Trond,\n\nTusen takk for intervjuet på lørdag. Jeg vil veldig gjerne begynne som lærling hos dere, og jeg gleder meg til å høre fra deg.\n\n[[Snakkes]]!\nOle" },
        {
          note: 'slang words',
          surface: 'message',
          platform: 'facebook',
          text: 'Hei Sondre!\nTusen takk for praten i dag, det var [[rått]] å høre om planene for verkstedet. Jeg er [[dritgira]] på jobben som mekaniker [[ass]]!\n[[Snakkes]]\nMathias',
        },
        {
          note: 'emoji and runs of exclamation marks',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Tone,\nTakk for intervjuet i dag[[!!]] [[😀🙌]] Jeg er veldig interessert i stillingen som frisør.\nHilsen Ine',
        },
        {
          note: 'words in capitals',
          text: 'Hei Jan,\n\nTakk for intervjuet om stillingen som elektriker. Jeg er [[VELDIG MOTIVERT]] for jobben.\n\nVennlig hilsen\nEven',
        },
        {
          note: 'casual greeting and text-speak',
          surface: 'message',
          platform: 'facebook',
          text: '[[Heisann]] Stig, takk for intervjuet i går [[lol]]. Er [[sykt]] [[mega]] interessert i jobben [[altså]]! [[Btw]] har jeg truckførerbevis.\nHilsen Emma',
        },
      ],
    },

    'generic-greeting': {
      valid: [
        { text: 'Hei Kari,\n\nTakk for intervjuet i går om stillingen som miljøarbeider.\n\nVennlig hilsen\nAnders' },
        {
          note: 'a formal greeting with a title and name',
          text: 'Kjære fru Hansen,\n\nTakk for samtalen om stillingen som sekretær.\n\nMed vennlig hilsen\nMarit',
        },
        {
          note: 'a name alone on the first line',
          surface: 'message',
          platform: 'linkedin',
          text: 'Ingrid,\ntakk for telefonintervjuet i dag om stillingen som sykepleier.\nHilsen Kjersti',
        },
        {
          note: 'good morning with a name',
          text: 'God morgen, Per Olav!\n\nTakk for jobbintervjuet i går. Jeg er svært interessert.\n\nVennlig hilsen\nLise',
        },
        {
          note: 'posts are not checked',
          surface: 'post',
          platform: 'facebook',
          text: 'Takk for intervjuet i dag, Bakeriet på Torget!',
        },
      ],
      invalid: [
        {
          note: 'impersonal opening',
          text: '[[Til rette vedkommende]],\n\nTakk for intervjuet i forrige uke om stillingen som regnskapsfører.\n\nVennlig hilsen\nEspen',
        },
        {
          note: 'greeting to a group',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hei alle sammen]]!\nTakk for intervjuet i dag om stillingen som barnehagelærer.\nHilsen Maja',
        },
        {
          note: 'a greeting word with no name',
          text: '[[Hei!]]\n\nTakk for intervjuet i går om stillingen som kokk.\n\nVennlig hilsen\nFredrik',
        },
        {
          note: 'no greeting at all',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Takk for en fin samtale i går om vikariatet som miljøterapeut.]]\nJeg gleder meg til å høre fra dere.\nMvh\nSander',
        },
        {
          note: 'the hiring committee is not a person',
          text: '[[Kjære ansettelsesutvalg]],\n\nTakk for intervjuet om stillingen som rektor.\n\nMed vennlig hilsen\nBerit',
        },
        {
          note: 'a title without a name',
          text: '[[Kjære herr eller fru]],\n\nTakk for samtalen om stillingen som controller.\n\nVennlig hilsen\nTrine',
        },
      ],
    },

    'missing-closing': {
      valid: [
        {
          text: 'Hei Bente,\n\nTakk for intervjuet i dag om stillingen som renholder.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nRuth',
        },
        {
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Kenneth,\nTakk for samtalen om stillingen som mekaniker. Jeg gleder meg til å høre fra deg.\nHilsen Ola',
        },
        {
          note: 'an invitation to get in touch',
          text: 'Hei Sigrid,\n\nTakk for intervjuet om stillingen som kommunikasjonsrådgiver. Ta gjerne kontakt hvis du trenger flere arbeidsprøver.\n\nMed vennlig hilsen\nVilde',
        },
        {
          note: 'hoping to hear back',
          text: 'Hei Øystein,\n\nTakk for intervjuet om stillingen som snekker. Jeg håper å høre fra deg snart.\n\nMvh\nKnut',
        },
        {
          note: 'waiting eagerly for an answer',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Tor Arne,\nTakk for praten om stillingen som elektriker. Jeg venter spent på svar.\nMvh\nRobin',
        },
        {
          note: 'not checked on posts',
          surface: 'post',
          platform: 'linkedin',
          text: 'Takk for intervjuet om stillingen som designer, Nina!',
        },
      ],
      invalid: [
        {
          note: 'a sign-off alone is not a close',
          text: 'Hei Arne,\n\nTakk for intervjuet i går om stillingen som vaktmester. Jeg er svært interessert.\n\n[[Vennlig hilsen]]\nKaren',
        },
        {
          note: 'short sign-off',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Sofie,\nTakk for samtalen om stillingen som fysioterapeut.\n[[Mvh]]\nEirik',
        },
        {
          note: 'no sign-off: the last line',
          text: 'Hei Linda,\n\nTakk for intervjuet om stillingen som sykepleier. Jeg er veldig interessert.\n\n[[Marte Lien]]',
        },
        {
          note: 'sign-off and name on one line',
          text: 'Hei Harald,\n\nTakk for jobbintervjuet på fredag. Jeg er fortsatt svært interessert i stillingen.\n\n[[Hilsen Marte]]',
        },
      ],
    },

    overselling: {
      valid: [
        {
          note: 'a modest reason why you fit',
          text: 'Hei Leif,\n\nTakk for intervjuet om stillingen som dataanalytiker. Erfaringen min med rapportering i helsesektoren tror jeg kan være nyttig for teamet deres.\n\nJeg ser frem til å høre fra deg.\n\nBeste hilsen\nJulie',
        },
        {
          note: '"den beste måten" is not about the candidate',
          text: 'Hei Terje,\n\nTakk for samtalen om stillingen som lærer. Jeg likte det du sa om at den beste måten å lære på er å prøve selv.\n\nVennlig hilsen\nHelga',
        },
        {
          note: 'a concrete result, no superlatives',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Vibeke,\nTakk for intervjuet i dag om stillingen som selger. I fjor økte jeg salget i distriktet mitt med en femtedel.\nHilsen Tor',
        },
        {
          note: 'praising the employer is not overselling yourself',
          text: 'Hei Nils Erik,\n\nTakk for intervjuet om stillingen som forsker. Dere har et fagmiljø i verdensklasse og en visjonær leder, og jeg er svært interessert i å bidra.\n\nVennlig hilsen\nIngvild',
        },
      ],
      invalid: [
        {
          note: 'the best candidate',
          text: 'Hei Åse,\n\nTakk for intervjuet om stillingen som prosjektleder. [[Jeg er den beste kandidaten for denne stillingen]], og det vet du.\n\nVennlig hilsen\nRoar',
        },
        {
          note: 'nobody else can',
          text: 'Hei Kim,\n\nTakk for samtalen om stillingen som utvikler. Jeg kan levere fra dag én, og [[ingen andre kan]] gjøre jobben like godt.\n\nVennlig hilsen\nAleksander',
        },
        {
          note: 'rock star and you will not find better',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Elin,\nTakk for intervjuet i går om stillingen som regnskapsfører. Jeg er en ekte [[rockestjerne]] i Excel. [[Dere finner ikke noen bedre]] enn meg.\nHilsen Mats',
        },
        {
          note: 'a perfect fit',
          text: 'Hei Unni,\n\nTakk for jobbintervjuet. Jeg [[passer perfekt til]] stillingen, og [[jeg garanterer]] resultater fra første uke.\n\nVennlig hilsen\nSander',
        },
      ],
    },

    'pushy-tone': {
      valid: [
        { note: "repeating the employer's own timeline is not pressure", surface: 'message', platform: 'linkedin', text: "Hei Henrik,\n\nTakk for intervjuet på onsdag om traineestillingen. Du nevnte at dere skal ta en avgjørelse innen utgangen av måneden. Jeg er fortsatt veldig interessert i stillingen.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nEmilie" },
        {
          note: 'a polite status e-mail after the decision date',
          text: 'Hei Hege,\n\nTakk igjen for intervjuet 12. mai om stillingen som innkjøper. Jeg lurer på om dere har kommet nærmere en avgjørelse, og hører gjerne om veien videre når dere vet mer.\n\nVennlig hilsen\nLars',
        },
        {
          note: 'offering to send something by Friday is not a deadline for the employer',
          text: 'Hei Jostein,\n\nTakk for samtalen om stillingen som tekniker. Jeg kan sende attestene innen fredag, og jeg kan begynne umiddelbart.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nIvar',
        },
        {
          note: 'apologising for a late reply is not begging',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Karen,\nJeg ber om unnskyldning for at jeg svarer sent. Takk for intervjuet om stillingen som konsulent.\nHilsen Pia',
        },
        {
          note: 'being able to start soon is not pressure on the employer',
          text: 'Hei Birgit,\n\nTakk for intervjuet i går om stillingen som hjelpepleier. Jeg kan begynne så snart som mulig, men det haster ikke for min del.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nAnita',
        },
      ],
      invalid: [
        {
          note: 'a deadline for the employer',
          text: 'Hei Roger,\n\nTakk for intervjuet om stillingen som montør. Jeg [[trenger svar innen fredag]], ellers går jeg videre.\n\nVennlig hilsen\nDaniel',
        },
        {
          note: 'still have not heard, and ??',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Nils,\n[[Jeg har fortsatt ikke hørt noe]] fra dere etter intervjuet om stillingen som controller[[??]]\nHilsen Vegard',
        },
        {
          note: 'another offer',
          text: 'Hei Marianne,\n\nTakk for samtalen om stillingen som ingeniør. Jeg [[har et annet jobbtilbud]] og må vite noe snart.\n\nVennlig hilsen\nHenrik',
        },
        {
          note: 'chasing and begging',
          text: 'Hei Tove,\n\n[[Dette er min tredje e-post]] om stillingen som lærer. [[Jeg trenger virkelig denne jobben]], [[vær så snill, vær så snill]].\n\nHilsen Kristin',
        },
        {
          note: 'chasing in a subordinate clause, and asking for an answer as soon as possible',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Frank,\n[[Jeg skriver igjen]] fordi [[jeg ikke har hørt noe]] etter intervjuet om stillingen som maler. [[Gi meg svar så fort som mulig]].\nHilsen Arvid',
        },
      ],
    },

    'late-follow-up': {
      valid: [
        {
          note: 'within 24 hours',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-11T06:00:00+01:00',
          text: 'Hei Dag,\n\nTakk for intervjuet i går om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
        },
        {
          note: 'no interview date known',
          text: 'Hei Dag,\n\nTakk for intervjuet om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
        },
        {
          note: 'exactly 24 hours is still on time',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-11T10:00:00+01:00',
          text: 'Hei Dag,\n\nTakk for intervjuet i går om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
        },
      ],
      invalid: [
        {
          note: 'between 24 and 48 hours',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-11T16:00:00+01:00',
          text: '[[Hei Dag,]]\n\nTakk for intervjuet i går om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
        },
        {
          note: 'more than 48 hours',
          interviewDate: '2025-03-10T10:00:00+01:00',
          now: '2025-03-14T09:00:00+01:00',
          text: '[[Hei Dag,]]\n\nBeklager at jeg svarer litt sent. Takk for intervjuet på mandag om stillingen som lagerarbeider.\n\nVennlig hilsen\nRita',
        },
        {
          note: 'a week later, first line without greeting',
          surface: 'message',
          platform: 'linkedin',
          interviewDate: '2025-05-02T13:00:00+02:00',
          now: '2025-05-09T13:00:00+02:00',
          text: '[[Takk for samtalen forrige fredag om stillingen som sosionom.]]\nBedre sent enn aldri!\nHilsen Rakel',
        },
      ],
    },

    'connection-request': {
      valid: [
        {
          note: 'the process is over: the note may be sent',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hei Kari, jeg fikk dessverre ikke stillingen som rådgiver, men jeg satte stor pris på intervjuet og vil gjerne holde kontakten.',
        },
        {
          note: 'after the recruitment is over',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hei Ole, nå som rekrutteringsprosessen er over, vil jeg gjerne takke for et lærerikt intervju og holde kontakten.',
        },
        {
          note: 'accepted another offer',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hei Siv, takk for intervjuet i vår. Jeg har takket ja til en annen stilling, men følger gjerne arbeidet deres videre.',
        },
        {
          note: 'a LinkedIn message is not an invitation',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Kari,\nTakk for intervjuet i dag om stillingen som rådgiver.\nHilsen Tone',
        },
      ],
      invalid: [
        {
          note: 'an invitation while the process is open',
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Hei Kari, takk for intervjuet i dag om stillingen som regnskapsfører. Jeg vil gjerne holde kontakten her.]]',
        },
        {
          note: 'first line of a note with several lines',
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Hei Petter!]]\nTakk for en hyggelig samtale om jobben som butikksjef. Legg meg gjerne til i nettverket ditt.',
        },
        {
          note: 'a note saying the writer still waits for an answer',
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Takk for intervjuet på onsdag om stillingen som logistikkplanlegger.]]\nJeg venter spent på svar og vil gjerne koble meg til deg her.',
        },
      ],
    },

    'missing-interest': {
      valid: [
        {
          text: 'Hei Randi,\n\nTakk for intervjuet om stillingen som bibliotekar. Jeg er fortsatt svært interessert i stillingen.\n\nVennlig hilsen\nEva',
        },
        {
          note: 'wanting to contribute',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hei Kristoffer,\nTakk for samtalen om stillingen som frontendutvikler. Jeg har veldig lyst til å jobbe med designsystemet deres.\nHilsen Jens',
        },
        {
          note: 'the role sounds exciting',
          text: 'Hei Bodil,\n\nTakk for intervjuet i går om stillingen som fagleder. Etter samtalen vår virker stillingen enda mer spennende, og jeg ser frem til å høre fra deg.\n\nVennlig hilsen\nMagnus',
        },
        {
          note: 'looking forward to contributing',
          text: 'Hei Trude,\n\nTakk for jobbintervjuet om stillingen som kokk. Jeg gleder meg til å bidra på kjøkkenet deres.\n\nMvh\nAlf',
        },
      ],
      invalid: [
        {
          note: 'thanks, reference and close, but no interest',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hei Gry,]]\nTakk for intervjuet i går om stillingen som bussjåfør. Det var fint å se anlegget og høre om de nye elbussene.\nJeg ser frem til å høre fra deg.\nVennlig hilsen\nKnut',
        },
        {
          note: 'first line without greeting',
          text: '[[Takk for samtalen i går om stillingen som økonomisjef.]]\n\nVedlagt er referansene vi snakket om.\n\nVennlig hilsen\nGunhild',
        },
        {
          note: 'a status e-mail without interest',
          text: '[[Hei Eivind Brekke,]]\n\nTakk igjen for intervjuet om stillingen som elektroingeniør. Jeg lurer på når dere regner med å ta en avgjørelse.\n\nVennlig hilsen\nSigurd',
        },
      ],
    },
  },

  detection: [
    'Tusen takk for intervjuet i går om stillingen som prosjektleder. Jeg er fortsatt veldig interessert.',
    'Hei Kari, takk for en hyggelig samtale på tirsdag. Jeg gleder meg til å høre fra deg om veien videre.',
    'Jeg ville bare takke for at du tok deg tid til å møte meg i går. Det var lærerikt å høre om avdelingen deres.',
    'Etter intervjuet er jeg enda mer interessert i stillingen, og jeg tror erfaringen min kan være nyttig for dere.',
    'Takk for sist! Jeg har tenkt mye på det du sa om det nye systemet, og sender gjerne noen tanker om hvordan jeg ville løst det.',
    'Gi meg gjerne beskjed hvis dere trenger flere opplysninger fra meg, for eksempel attester eller referanser.',
    'Beklager at jeg svarer litt sent, men jeg vil takke for jobbintervjuet forrige uke og for omvisningen på fabrikken.',
    'Jeg ser frem til å høre fra deg, og ønsker deg en fin helg. Med vennlig hilsen Ingrid Solberg',
    'Det var veldig spennende å høre om planene for den nye butikken, og jeg har lyst til å bidra i teamet.',
  ],

  notFollowUps: [
    {
      text: 'Hei Per,\n\nTakk for at du ledet budsjettmøtet i morges. Jeg har lagt de oppdaterte tallene i fellesmappen. Kan du se over reisebudsjettet før fredag?\n\nHilsen\nAnne',
    },
    {
      text: 'Hei Kristin Berg,\n\nBestillingen din på to bokhyller i eik er sendt og skal komme fram på torsdag. Hvis noe er skadet, kan du svare på denne e-posten, så sender vi nye.\n\nVennlig hilsen\nTrebutikken',
    },
    {
      surface: 'message',
      platform: 'facebook',
      text: 'Hei mamma! Vi har landet trygt i Lisboa. Hotellet er nydelig og ungene har allerede funnet bassenget. Jeg ringer deg på søndag. Klem fra Kari',
    },
    {
      surface: 'post',
      platform: 'facebook',
      text: 'To uker på Kreta med de beste menneskene! Sol, grillet fisk og altfor mye is. Takk til alle som ga oss tips om strender og restauranter.',
    },
    {
      text: 'Kjære beboere,\n\nGårdsplassen blir stengt på lørdag på grunn av trefelling. Vennligst flytt syklene til stativet ved porten før klokka åtte.\n\nMed vennlig hilsen\nStyret i Eikelund borettslag',
    },
    {
      text: 'Hei Geir,\n\nTakk for visningen av leiligheten i Bakkegata i går. Vi likte lyset i stua godt. Kan du si om strøm er inkludert i leia, og når vi eventuelt kan flytte inn?\n\nVennlig hilsen\nLene og Tom',
    },
    {
      surface: 'message',
      platform: 'other',
      text: 'Hei alle sammen, fotballtreningen flyttes til torsdag neste uke fordi hallen er opptatt. Husk egen vannflaske. Vi sees! Hilsen trener Bjørn',
    },
    {
      text: 'Hei Lars,\n\nTakk for pristilbudet på nye kjøkkenvinduer. Vi vil gjerne gå videre med trelags glass og kan starte når som helst etter første juni.\n\nBeste hilsen\nSara Holt',
    },
  ],
} satisfies LanguageCases;

export default nb;
