import { markPastWords, markPastChars, under } from './budget-marks';
import type { LanguageCases } from './types';

/*
 * Swedish rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`.
 */

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

// About two hundred words in which "instrumentpanelen" occurs four times: under the threshold
// of max(4, 2.5 % of the words), so not overused.
const longRepetitionValid = `Hej Adam,

Tack för intervjun i torsdags om tjänsten som BI-analytiker. Det var intressant att höra hur era kolleger på ekonomiavdelningen planerar årets budget och var de fortfarande arbetar i kalkylblad.

Du frågade hur jag skulle angripa instrumentpanelen för försäljningen som regioncheferna tycker är långsam. Hos min nuvarande arbetsgivare byggde jag om en liknande lösning genom att flytta de tunga beräkningarna till datalagret och bara behålla sammanfattande tabeller i rapportlagret. Laddningstiderna sjönk från minuter till sekunder, och cheferna började öppna rapporten före sina måndagsmöten i stället för att be analytikerna om skärmbilder.

Jag tyckte också om din idé om en gemensam ordlista för nyckeltal. Min erfarenhet är att de flesta diskussioner om siffror beror på att två avdelningar definierar intäkter eller marginal på olika sätt, och en kort överenskommen lista löser många av dem. Jag tar gärna fram ett första utkast som ett litet startprojekt.

Frågan om instrumentpanelen fick mig att tänka på utbildning också. En kort inspelad genomgång av instrumentpanelen har hjälpt mina användare mycket mer än långa skrivna manualer. Den senaste instrumentpanelen jag lanserade fick nästan inga supportärenden alls.

Jag är mycket intresserad av tjänsten och av att arbeta med er analysgrupp.

Jag ser fram emot att höra från dig.

Vänliga hälsningar
Fanny Ekdahl`;

const sv = {
  rules: {
    'public-post': {
      valid: [
        {
          note: 'a personal e-mail may greet everyone on the team: audience words only count on unknown surfaces',
          text: 'Hej Helena,\n\nTack för intervjun i går om tjänsten som konditor. Hälsa gärna till alla i bageriet som visade mig runt, och tack till er alla för ett varmt mottagande.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nIsa Granlund',
        },
        {
          note: 'a direct LinkedIn message',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Markus,\nTack för samtalet i morse om tjänsten som dataingenjör. Jag är mycket intresserad av att bli en del av ert plattformsteam.\nMed vänlig hälsning\nLena',
        },
        {
          note: 'unknown surface, addressed to one person',
          surface: 'unknown',
          platform: 'other',
          text: 'Hej Per,\n\nTack för intervjun i måndags om jobbet som underhållstekniker. Det var roligt att få se fabriken.\n\nVänliga hälsningar\nOskar Holm',
        },
        {
          note: 'a connection note is private',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hej Dana, tack för intervjun i dag om tjänsten som analytiker. Jag uppskattade vårt samtal om prognoser.',
        },
      ],
      invalid: [
        {
          note: 'thanks posted on the company page',
          surface: 'post',
          platform: 'linkedin',
          text: '[[Tack till teamet på Ljusvatten Energi för en fantastisk intervju i går!]]\nJag tyckte mycket om att träffa nätplaneringsgruppen och är mycket intresserad av tjänsten som ingenjör.',
        },
        {
          note: 'a comment on the company wall, first line only',
          surface: 'comment',
          platform: 'facebook',
          text: '[[Kära Hamnbageriet, det var så härligt att få tillbringa förmiddagen i ert bageri under min intervju!]]\nTack för det varma mottagandet, jag hoppas att jag snart får bli en del av ert team.',
        },
        {
          note: 'first non-empty line, trimmed',
          surface: 'post',
          platform: 'facebook',
          text: '\n  [[Tack igen för intervjun, Rakel!]]  \nPersonalen i butiken var underbar och jag skulle gärna vilja jobba hos er.',
        },
        {
          note: 'unknown surface: every phrase that addresses an audience',
          surface: 'unknown',
          platform: 'other',
          text: 'Ett stort tack [[till er alla]] på Solbacka förskola för intervjun i tisdags. Jag är mycket intresserad av tjänsten som förskollärare. [[#förskola]] [[#öppenförjobb]]',
        },
        {
          note: 'unknown surface: network and followers',
          surface: 'unknown',
          platform: 'other',
          text: 'En kort uppdatering till [[mitt nätverk]]: tack, Norrlandia Vård, för intervjun om tjänsten som undersköterska. Jag hoppas att [[mina följare]] önskar mig lycka till.',
        },
      ],
    },

    'humble-brag': {
      valid: [
        { note: "sharing thoughts in a private e-mail is not an announcement", text: "Hej Karin,\n\nTack för intervjun i går om tjänsten som projektledare. Jag vill dela med mig av några tankar om ert planeringsverktyg, och jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara" },
        { note: 'an interview told in a private e-mail is not an announcement', text: "Hej Mette,\n\nTack för intervjun idag om tjänsten som bagare och för rundvisningen i bageriet. Jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSam Lind" },
        {
          note: 'a plain thank-you to the interviewer',
          text: 'Hej Camilla,\n\nTack för intervjun i onsdags om tjänsten som copywriter. Det var spännande att höra om vårkampanjen, och jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nNoah Berg',
        },
        {
          note: '"ta en titt på min portfolio" is not "titta på mig"',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Jonna,\nTack för intervjun i eftermiddags om tjänsten som illustratör. Om du har tid får du gärna ta en titt på min portfolio via länken nedan.\nHälsningar\nMia',
        },
        {
          note: 'gratitude to the interviewer is not an announcement',
          text: 'Hej Björn,\n\nJag är tacksam för att du tog dig tid att intervjua mig för lärlingsplatsen som elektriker. Besöket i verkstaden var lärorikt och jag hoppas att vi hörs snart.\n\nMed vänlig hälsning\nAron Lind',
        },
        {
          note: 'glad to be interviewed, told to the interviewer',
          text: 'Hej Stina,\n\nTack för att jag fick komma på intervju hos er i går om tjänsten som receptionist. Jag är glad att jag fick träffa hela teamet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nEmil',
        },
      ],
      invalid: [
        { note: 'announcing the interview on a public post', surface: 'post', platform: 'linkedin', text: "[[Idag har jag varit på anställningsintervju hos Bageriet]] Kornblomman för tjänsten som bagare. Tack till Mette för rundvisningen!" },
        {
          note: 'announcement and hashtags on a post',
          surface: 'post',
          platform: 'linkedin',
          text: '[[Stora nyheter]]: jag [[har precis haft en intervju hos Nordvind]] Logistik för tjänsten som driftsanalytiker! Tack, Priya, för ett givande samtal. [[#välsignad]] [[#drömjobb]]',
        },
        {
          note: 'in your face',
          surface: 'comment',
          platform: 'facebook',
          text: 'Tack, Linnea Lund, för intervjun i dag. [[In your face]], alla som sa att jag aldrig skulle bli kallad till Vireo! [[#winning]]',
        },
        {
          note: 'boasting inside an e-mail to the interviewer',
          text: 'Hej Tomas,\n\nTack för intervjun i måndags om tjänsten som säljare. Jag sa till mina vänner att jag [[spikade intervjun]], och jag är mycket intresserad av tjänsten.\n\nVänliga hälsningar\nKristoffer',
        },
        {
          note: 'pride in telling, and fingers crossed',
          surface: 'post',
          platform: 'linkedin',
          text: '[[Så stolt att kunna berätta]] att jag har [[varit på intervju hos Kobolt]] Studio för tjänsten som motion designer! Tack till rekryteringsgruppen, och nu [[håller jag tummarna]].',
        },
        {
          note: 'wish me luck',
          surface: 'post',
          platform: 'facebook',
          text: 'Andra intervjun på Lönnskolan avklarad i dag. Tack, Eva Ek! [[Önska mig lycka till]] [[#intervjudags]]',
        },
      ],
    },

    'missing-thanks': {
      valid: [
        {
          note: 'tack för',
          text: 'Hej Alva,\n\nTack för att du träffade mig i tisdags för att prata om tjänsten som lönespecialist.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nNina Sahlin',
        },
        {
          note: 'uppskattar',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Jonas,\nJag uppskattar verkligen att du tog dig tid att intervjua mig för jobbet som barista i fredags. Jag skulle gärna vilja bli en del av ert team.\nHälsningar\nElla',
        },
        {
          note: 'stort tack',
          text: 'Hej Rebecka,\n\nStort tack för intervjun i går om tjänsten som laboratorieassistent. Jag är fortfarande mycket intresserad.\n\nMed vänlig hälsning\nSam',
        },
        {
          note: 'tacksam',
          text: 'Hej Fredrik,\n\nJag är tacksam för möjligheten att bli intervjuad för tjänsten som platschef den här veckan.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nRoss Karlsson',
        },
        {
          note: 'tackar för',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Lotta,\nJag tackar för ett trevligt samtal i dag om tjänsten som bibliotekarie och ser fram emot att höra från dig.\nMvh\nSixten',
        },
      ],
      invalid: [
        {
          note: 'no thanks anywhere',
          text: '[[Hej Alva,]]\n\nDet var ett nöje att träffa dig i tisdags och prata om tjänsten som lönespecialist. Jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nNina Sahlin',
        },
        {
          note: 'follow-up without thanks on LinkedIn',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hej Jonas,]]\nJag vill följa upp min intervju för jobbet som barista i fredags. Det var roligt att träffa teamet och jag skulle gärna vilja jobba hos er.\nHälsningar\nElla',
        },
        {
          note: '"tackar ja" accepts an offer; it does not thank',
          text: '[[Hej Kim, jag vill följa upp vår intervju om tjänsten som budbilsförare.]]\nJag har körkort och kan börja nästa månad. Får jag ett erbjudande tackar jag ja direkt.\n\nMvh\nPaul',
        },
        {
          note: '"tack vare" means "because of"',
          text: '[[Hej Sofia,]]\n\nTack vare vårt samtal i går förstår jag mycket bättre hur ert lager fungerar. Jag är fortfarande mycket intresserad av tjänsten som lagerledare.\n\nJag ser fram emot att höra från dig.\n\nMed vänlig hälsning\nOlle',
        },
      ],
    },

    'missing-interview-reference': {
      valid: [
        { note: "a trial day and the talk after it", surface: 'message', platform: 'facebook', text: "Hej Fredrik,\n\nTack för att jag fick göra en provdag i köket i lördags och för pratet efteråt. Jag vill gärna börja hos er som kock.\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nNils" },
        {
          note: 'intervjun',
          text: 'Hej Frida,\n\nTack för intervjun i fredags om tjänsten som kontorschef.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nLiz',
        },
        {
          note: 'vårt samtal',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Marco,\nTack för vårt samtal i morse om tjänsten som testare. Jag är mycket intresserad.\nHälsningar\nDev',
        },
        {
          note: 'träffa dig',
          text: 'Hej Osman,\n\nTack för din tid i går. Det var roligt att träffa dig och köksteamet, och jag är fortfarande mycket intresserad av tjänsten som souschef.\n\nVänliga hälsningar\nMarta',
        },
        {
          note: 'som vi diskuterade',
          text: 'Hej Greta,\n\nTack igen. Som vi diskuterade bifogar jag min lärarlegitimation för tjänsten som NO-lärare.\n\nMed vänlig hälsning\nPeter',
        },
        {
          note: '"tack för i går" thanks for the meeting itself',
          text: 'Hej Selma,\n\nTack för i går! Jag är fortfarande mycket intresserad av tjänsten som socionom.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlbin',
        },
        {
          note: 'när vi pratade',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Tara,\nTack för din tid. När vi pratade i måndags nämnde du det nya lagret i Borås, och det gjorde mig ännu mer intresserad av tjänsten som logistiker.\nHälsningar\nJamal',
        },
      ],
      invalid: [
        {
          note: 'thanks for considering the application, nothing about the interview',
          text: '[[Hej Martin,]]\n\nTack för att ni överväger min ansökan till tjänsten som arbetsledare på lagret. Jag är fortfarande mycket intresserad av rollen, och mina fem år som nattskiftsledare skulle komma väl till pass hos er.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSam Persson',
        },
        {
          note: 'sends documents but never mentions the talk',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hej Lea,]]\nTack för att du skickade beskrivningen av tjänsten som marknadskoordinator. Jag är fortfarande mycket intresserad och har bifogat de skrivprov du bad om.\nHälsningar\nOmar',
        },
        {
          note: 'generic thanks',
          text: '[[Hej Karin,]]\n\nJag skriver för att tacka er för att ni tänker på mig för tjänsten som kock på Glöd och Ek. Min vårmeny finns bifogad, och jag skulle gärna vilja arbeta i ert kök.\n\nMed vänlig hälsning\nMarta',
        },
      ],
    },

    'too-long': {
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
    },

    repetition: {
      valid: [
        {
          note: '"det det" is correct Swedish',
          text: 'Hej Rut,\n\nTack för intervjun i måndags om tjänsten som biblioteksassistent. Jag tror att det det handlar om är att få fler barn att läsa på fritiden.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nJosef',
        },
        {
          note: 'two sentences in a row opening with "Jag är", and a short sentence repeated',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Marta,\nTack så mycket! Intervjun i dag om tjänsten som caféchef var givande. Jag är nyfiken på den nya menyn. Jag är ledig att börja nästa månad. Ert team fick mig att känna mig välkommen. Tack så mycket!\nHälsningar\nEli',
        },
        {
          note: 'a content word used three times',
          text: 'Hej Marco,\n\nTack för intervjun om tjänsten som dataingenjör. Det var intressant att höra om flödet som ert team bygger, och arbetet med flödet låter krävande. Min senaste flytt av flödet hos en kund lärde mig mycket om tester.\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nLea',
        },
        { note: 'four uses in a long draft stay under 2.5 %', text: longRepetitionValid },
      ],
      invalid: [
        { note: "one word in several inflected forms", text: "Hej Ulrika,\n\nTack för intervjun i måndags om tjänsten som ekonomiassistent. Min erfarenhet av fakturering och mina erfarenheter från byrån stämmer väl, och erfarenheten från lönearbetet hjälper också. Jag vill gärna använda min [[erfarenhet]] hos er, och jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nLinnea" },
        {
          note: 'doubled word',
          text: 'Hej Rut,\n\nTack för intervjun i måndags om tjänsten som biblioteksassistent. Det var roligt [[att att]] höra om det nya läsprojektet för barn.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nJosef',
        },
        {
          note: 'a sentence repeated word for word',
          text: 'Hej Cecilia,\n\nTack för intervjun i måndags. Det var intressant att höra om den nya vårdcentralen i Lund. Jag är mycket intresserad av tjänsten som sjuksköterska. [[Det var intressant att höra om den nya vårdcentralen i Lund.]]\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAnna',
        },
        {
          note: 'three sentences in a row opening with "Jag är"',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Marta,\nTack för intervjun i dag om tjänsten som caféchef. [[Jag är nyfiken på den nya menyn. Jag är säker på att min erfarenhet av schemaläggning passar er. Jag är ledig att börja nästa månad.]]\nJag ser fram emot att höra från dig.\nHälsningar\nEli',
        },
        {
          note: 'a content word used four times in a short draft',
          text: 'Hej Marco,\n\nTack för intervjun om tjänsten som dataingenjör. Det var intressant att höra om flödet som ert team bygger. Arbetet med flödet låter krävande, och jag har själv byggt om flödet hos min nuvarande arbetsgivare. Jag skulle gärna hjälpa till med nästa version av [[flödet]].\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nLea',
        },
      ],
    },

    'informal-tone': {
      valid: [
        {
          note: 'formal e-mail with one exclamation mark',
          text: 'Hej Niklas,\n\nTack för intervjun i fredags! Jag är mycket intresserad av tjänsten som lagerledare och tror att min erfarenhet av truckkörning skulle vara till nytta på nattskiftet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nPetra',
        },
        {
          note: 'short acronyms, "VA" in capitals, "typ av" as a noun and a single question mark',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Priya,\nTack för att du tog dig tid att prata med mig i dag om tjänsten som VA-ingenjör. Jag har mest arbetat med SQL och GIS. Vilken typ av projekt börjar den nya medarbetaren med?\nMed vänlig hälsning\nNoah',
        },
        {
          note: '"du" is the normal polite form in Swedish, and "kul" is fine',
          text: 'Hej Sam,\n\nTack för intervjun i går. Det var kul att höra hur du och dina kolleger planerar parken, och jag är fortfarande mycket intresserad av tjänsten som trädgårdsmästare.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nJessica',
        },
      ],
      invalid: [
        {
          note: 'slang, a casual greeting, "!!" and a casual sign-off',
          text: '[[Tjena]] Jakob,\n\nTack för intervjun i går, det var [[superkul]] att prata med dig och lagergänget. Jag ska [[typ]] läsa på om det nya skannersystemet i helgen [[haha]].\n\nFortfarande väldigt intresserad av jobbet[[!!]]\n\n[[Kram]]\nLiam',
        },
        {
          note: 'emoji runs and exclamation marks',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Sara,\nTack så mycket för intervjun i dag [[😊🙏]] Jag tyckte om att träffa designteamet och är väldigt intresserad av tjänsten[[!!!]]\nSer fram emot att höra från dig [[👋]]\nHälsningar\nTom',
        },
        {
          note: 'shouting and intensifying slang',
          text: 'Hej Niklas,\n\nTack för intervjun i fredags. Jag är [[VÄLDIGT INTRESSERAD]] av tjänsten som lagerledare, och det var [[sjukt kul]] att se hur ni planerar nattskiftet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nPetra',
        },
        {
          note: 'text-speak and colloquial spellings',
          text: 'Hej Dan,\n\n[[Thx]] för intervjun i morse. [[Btw]], jag glömde nämna att jag har gjort klart provrapporten du bad om. Jag är [[mkt]] intresserad av tjänsten som analytiker. Säg till om du behöver [[nåt]] mer från [[mej]].\n\nHälsningar\nMaja',
        },
        {
          note: 'a run of question marks and "va" for "var"',
          text: 'Hej Ingrid,\n\nTack för intervjun förra veckan om tjänsten som receptionist. Det [[va]] roligt att träffa dig. Finns det några nyheter än[[??]] Jag är fortfarande mycket intresserad.\n\nVänliga hälsningar\nIda',
        },
      ],
    },

    'generic-greeting': {
      valid: [
        {
          note: 'ett namn med liten bokstav är fortfarande ett namn',
          text: 'hej signe!\n\nTack för intervjun i går om tjänsten som lagerarbetare.\n\nVänliga hälsningar\nBen',
        },
        {
          note: 'Hej + name',
          text: 'Hej Okoro,\n\nTack för intervjun i tisdags om tjänsten som ekonomiassistent.\n\nVänliga hälsningar\nBen',
        },
        {
          note: 'Bästa + full name',
          text: 'Bästa Anna Berg,\n\nTack för ett givande samtal i går om tjänsten som projektledare.\n\nJag ser fram emot att höra från dig.\n\nMed vänlig hälsning\nKarl',
        },
        {
          note: 'a name line without a greeting word',
          surface: 'message',
          platform: 'linkedin',
          text: 'Ingrid,\ntack för intervjun i dag om tjänsten som redovisningsekonom. Jag är mycket intresserad.\nHälsningar\nLars',
        },
        {
          note: 'God morgon + name',
          text: 'God morgon Per!\n\nTack för intervjun i går om jobbet som snickare.\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nAli',
        },
        {
          note: 'a title before the name',
          text: 'Kära fru Lindqvist,\n\nTack för intervjun i onsdags om tjänsten som skolsköterska.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
        },
      ],
      invalid: [
        {
          note: 'till berörd person',
          text: '[[Till berörd person]],\n\nTack för intervjun i tisdags om tjänsten som ekonomiassistent. Jag är mycket intresserad av tjänsten.\n\nVänliga hälsningar\nBen Adler',
        },
        {
          note: 'a greeting word and no name',
          text: '[[Hej!]]\n\nTack för intervjun i går om tjänsten som kundtjänstmedarbetare. Det var intressant att höra om ert arbete.\n\nMvh\nErik',
        },
        {
          note: 'hej alla',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hej alla]],\nTack för panelintervjun i går om tjänsten som UX-designer. Jag är mycket intresserad.\nHälsningar\nKim',
        },
        {
          note: 'bästa rekryteringsgrupp',
          text: '[[Bästa rekryteringsgrupp]],\n\nTack för intervjun i måndags om tjänsten som controller.\n\nJag ser fram emot att höra från er.\n\nVänliga hälsningar\nLisa',
        },
        {
          note: 'no greeting at all',
          text: '[[Tack för intervjun i går om tjänsten som systemutvecklare.]]\nJag är mycket intresserad och ser fram emot att höra från dig.\n\nVänliga hälsningar\nOla',
        },
        {
          note: 'greeting followed by a word that is no name',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hej igen!]]\nTack för intervjun i dag om jobbet som lagerarbetare. Jag är mycket intresserad.\nHälsningar\nRobin',
        },
        {
          note: 'till den det berör',
          text: '[[Till den det berör]],\n\nTack för intervjun förra veckan om tjänsten som tandsköterska.\n\nJag ser fram emot att höra från er.\n\nVänliga hälsningar\nMira',
        },
      ],
    },

    'missing-closing': {
      valid: [
        {
          note: 'ser fram emot',
          text: 'Hej Lova,\n\nTack för intervjun i tisdags om tjänsten som HR-assistent.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nMaja',
        },
        {
          note: 'hör gärna av dig',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Jesper,\nTack för samtalet i dag om tjänsten som supporttekniker. Hör gärna av dig om du vill veta mer om mina certifikat.\nHälsningar\nAmir',
        },
        {
          note: 'hoppas att vi hörs',
          text: 'Hej Sanna,\n\nTack för intervjun i fredags om tjänsten som ekonom. Jag hoppas att vi hörs snart.\n\nMed vänlig hälsning\nViktor',
        },
        {
          note: 'på återhörande',
          text: 'Hej Elsa,\n\nTack för ett trevligt samtal om tjänsten som projektsamordnare. Jag är fortfarande mycket intresserad.\n\nPå återhörande!\nGustav',
        },
        {
          note: 'a post is not checked for a close',
          surface: 'post',
          platform: 'linkedin',
          text: 'Tack till Berit på Fjällvind för intervjun i går om tjänsten som guide.',
        },
      ],
      invalid: [
        { note: "\"jag h\u00f6r av mig\" is not a forward-looking close", text: "Hej Anders,\n\nFörlåt att jag hör av mig så sent. Tack för intervjun i måndags om tjänsten som lagerarbetare. Jag är fortfarande mycket intresserad av tjänsten.\n\n[[Med vänlig hälsning]]\nRoger" },
        {
          note: 'a sign-off alone',
          text: 'Hej Lova,\n\nTack för intervjun i tisdags om tjänsten som HR-assistent. Jag är mycket intresserad av tjänsten.\n\n[[Vänliga hälsningar]]\nMaja',
        },
        {
          note: 'no sign-off: the last line',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Jesper,\nTack för samtalet i dag om tjänsten som supporttekniker.\n[[Jag är mycket intresserad av tjänsten.]]',
        },
        {
          note: 'Mvh and a name',
          text: 'Hej Sanna,\n\nTack för intervjun i fredags om tjänsten som ekonom. Jag är fortfarande mycket intresserad.\n\n[[Mvh]]\nViktor Öberg',
        },
        {
          note: '"Tack igen" is a sign-off, not a forward-looking close',
          text: 'Hej Elsa,\n\nTack för ett trevligt samtal om tjänsten som projektsamordnare. Jag är fortfarande mycket intresserad.\n\n[[Tack igen!]]\nGustav',
        },
      ],
    },

    overselling: {
      valid: [
        {
          note: 'a concrete, modest reason to hire',
          text: 'Hej Jenny,\n\nTack för intervjun i går om tjänsten som ekonomiassistent. Min erfarenhet av budgetuppföljning skulle kunna hjälpa ert team inför årsskiftet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlma',
        },
        {
          note: '"den bästa lösningen" is not about the writer',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Leo,\nTack för samtalet i dag om tjänsten som systemadministratör. Jag har funderat vidare på vad som kan vara den bästa lösningen för er backup och skickar gärna några idéer.\nHälsningar\nNils',
        },
        {
          note: 'saying one fits well is fine',
          text: 'Hej Maja,\n\nTack för intervjun i torsdags. Jag tror att min bakgrund inom vården passar bra för tjänsten som vårdadministratör.\n\nJag ser fram emot att höra från dig.\n\nMed vänlig hälsning\nEdvin',
        },
      ],
      invalid: [
        {
          note: 'the best candidate',
          text: 'Hej Jenny,\n\nTack för intervjun i går om tjänsten som ekonomiassistent. [[Jag är den bästa kandidaten för tjänsten]], det är jag säker på.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlma',
        },
        {
          note: 'no one else can',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Leo,\nTack för samtalet i dag om tjänsten som systemadministratör. [[Ingen annan kan göra det bättre än jag]].\nHälsningar\nNils',
        },
        {
          note: 'you will never find anyone better',
          text: 'Hej Maja,\n\nTack för intervjun i torsdags om tjänsten som vårdadministratör. [[Ni kommer aldrig att hitta någon bättre]], så det är bara att ringa mig.\n\nMed vänlig hälsning\nEdvin',
        },
        {
          note: 'rock star and a guarantee',
          text: 'Hej Åsa,\n\nTack för intervjun om tjänsten som controller. Jag är en riktig [[rockstjärna]] på kalkylblad och [[jag garanterar]] resultat från första dagen.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nMilo',
        },
        {
          note: 'you will find no one better',
          text: 'Hej Göran,\n\nTack för intervjun i måndags om tjänsten som revisor. Jag är övertygad om att [[ni hittar ingen bättre]].\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nTilda',
        },
        {
          note: 'cut out for the job',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Stefan,\nTack för intervjun i dag. Jag är [[som klippt och skuren för tjänsten]] som butikschef.\nHälsningar\nIda',
        },
      ],
    },

    'pushy-tone': {
      valid: [
        {
          note: 'a polite status e-mail after the decision date',
          text: 'Hej Anders,\n\nTack igen för intervjun om tjänsten som elektriker. Du nämnde att ni räknade med att fatta ett beslut förra veckan, så jag ville höra hur processen går. Jag förstår att sådant kan ta tid.\n\nJag ser fram emot att höra från dig.\n\nMvh\nPatrik',
        },
        {
          note: 'the writer sets a deadline for themselves, not for the employer',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Tove,\nTack för intervjun i går om tjänsten som projektledare. Jag skickar referenserna senast på fredag. Finns det något mer du behöver från mig?\nHälsningar\nHanna',
        },
        {
          note: '"tackar" as thanks',
          text: 'Hej Ronja,\n\nJag tackar för ett trevligt samtal i onsdags om tjänsten som fastighetsskötare och är fortfarande mycket intresserad.\n\nVänliga hälsningar\nMats',
        },
      ],
      invalid: [
        {
          note: 'still no answer and a deadline',
          text: 'Hej Anders,\n\nTack igen för intervjun om tjänsten som elektriker. Jag [[har fortfarande inte hört något från er]] och [[behöver ett besked senast på fredag]].\n\nMvh\nPatrik',
        },
        {
          note: 'ASAP',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Tove,\nTack för intervjun i går om tjänsten som projektledare. Jag behöver ett svar [[ASAP]] eftersom jag planerar min sommar.\nHälsningar\nHanna',
        },
        {
          note: 'another offer',
          text: 'Hej Ronja,\n\nTack för samtalet i onsdags om tjänsten som fastighetsskötare. Jag [[har ett annat erbjudande]] på bordet, så jag vill veta var jag står.\n\nVänliga hälsningar\nMats',
        },
        {
          note: 'begging',
          text: 'Hej Mikael,\n\nTack för intervjun i tisdags om jobbet som lagerarbetare. [[Snälla, snälla, ge mig]] en chans. Jag [[behöver verkligen det här jobbet]].\n\nHälsningar\nDennis',
        },
        {
          note: 'complaining about the wait',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Arvid,\nTack för intervjun om tjänsten som kock. Jag har nu [[väntat i tre veckor]] och skickat två mejl [[utan svar]].\nHälsningar\nNora',
        },
        {
          note: 'chasing with a third message',
          text: 'Hej Susanne,\n\n[[Detta är mitt tredje mejl]] om tjänsten som tandsköterska efter intervjun i maj. Finns det några nyheter[[??]]\n\nHälsningar\nVera',
        },
      ],
    },

    'late-follow-up': {
      valid: [
        {
          note: 'sent the same day',
          text: 'Hej Johanna,\n\nTack för intervjun i dag om tjänsten som kommunikatör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
          interviewDate: '2024-05-14T10:00:00+02:00',
          now: '2024-05-14T17:30:00+02:00',
        },
        {
          note: 'no interview date known',
          text: 'Hej Johanna,\n\nTack för intervjun om tjänsten som kommunikatör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
        },
        {
          note: 'just under 24 hours',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Magnus,\nTack för telefonintervjun i går om tjänsten som supportspecialist.\nHälsningar\nElin',
          interviewDate: '2024-03-04T09:00:00+01:00',
          now: '2024-03-05T08:30:00+01:00',
        },
      ],
      invalid: [
        {
          note: 'more than 48 hours',
          text: '[[Hej Johanna,]]\n\nTack för intervjun i förra veckan om tjänsten som kommunikatör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSara',
          interviewDate: '2024-05-14T10:00:00+02:00',
          now: '2024-05-20T09:00:00+02:00',
        },
        {
          note: 'between 24 and 48 hours',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hej Magnus,]]\nTack för telefonintervjun i förrgår om tjänsten som supportspecialist.\nHälsningar\nElin',
          interviewDate: '2024-03-04T09:00:00+01:00',
          now: '2024-03-05T20:00:00+01:00',
        },
        {
          note: 'first non-empty line, trimmed',
          text: '\n\n  [[God morgon Karin,]]\n\nFörlåt att jag hör av mig först nu, och tack för intervjun om tjänsten som undersköterska.\n\nVänliga hälsningar\nAmina',
          interviewDate: '2024-09-02T13:00:00+02:00',
          now: '2024-09-09T08:00:00+02:00',
        },
      ],
    },

    'connection-request': {
      valid: [
        {
          note: 'the process is over: no job',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hej Maria! Jag fick tyvärr inte tjänsten som affärsutvecklare, men tack för ett fint samtal. Jag skulle gärna vilja hålla kontakten här.',
        },
        {
          note: 'the process is over: offer accepted',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hej Jonas! Jag har tackat ja till erbjudandet om tjänsten som lagerchef, så nu blir vi kollegor. Tack för intervjun!',
        },
        {
          note: 'an e-mail is not a connection request',
          text: 'Hej Maria,\n\nTack för intervjun i dag om tjänsten som affärsutvecklare.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nEmma',
        },
        {
          note: 'the recruitment is closed',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hej Ebba, nu när rekryteringen är avslutad vill jag tacka för intervjun och gärna hålla kontakten.',
        },
      ],
      invalid: [
        {
          note: 'a connection note while the process is open',
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Hej Maria! Tack för intervjun i dag om tjänsten som affärsutvecklare. Jag vill gärna hålla kontakten här.]]',
        },
        {
          note: 'first line of a multi-line note',
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Hej Jonas!]]\nTack för samtalet om tjänsten som lagerchef. Jag är mycket intresserad och ser fram emot att höra från dig.',
        },
        {
          note: '"tackar ja" to a later offer is not the process being over',
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Hej Ebba!]]\nTack för intervjun i går. Om ni erbjuder mig tjänsten som kock tackar jag gärna ja.',
        },
      ],
    },

    'missing-interest': {
      valid: [
        {
          note: 'mycket intresserad av tjänsten',
          text: 'Hej Vera,\n\nTack för intervjun i dag. Jag är mycket intresserad av tjänsten som kock.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nTor',
        },
        {
          note: 'looking forward to starting',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Alex,\nTack för samtalet i dag om tjänsten som säljare. Jag ser verkligen fram emot att få börja hos er.\nHälsningar\nMira',
        },
        {
          note: 'would like to be part of the team',
          text: 'Hej Linn,\n\nTack för intervjun i onsdags om tjänsten som grafisk formgivare. Jag skulle gärna vilja bli en del av ert team.\n\nMed vänlig hälsning\nOlof',
        },
        {
          note: 'plain "jag är intresserad"',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Nadia,\nTack för samtalet i dag om tjänsten som ekonomiassistent. Jag är intresserad och hör gärna av mig om något är oklart.\nHälsningar\nPia',
        },
        {
          note: 'my interest has grown',
          text: 'Hej Kerstin,\n\nTack för intervjun i går. Samtalet har stärkt mitt intresse för tjänsten som ingenjör.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nHugo',
        },
      ],
      invalid: [
        {
          note: 'thanks, but no interest shown',
          text: '[[Hej Vera,]]\n\nTack för intervjun i dag om tjänsten som kock. Det var intressant att höra om ert kök.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nTor',
        },
        {
          note: 'asks about pay only',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Hej Alex,]]\nTack för samtalet i dag om tjänsten som säljare. Jag skulle vilja veta mer om lönen.\nHälsningar\nMira',
        },
        {
          note: 'a negated interest is no interest',
          text: '[[Hej Oliver,]]\n\nTack för intervjun i går om tjänsten som lagerchef. Efter att ha tänkt över saken är jag inte intresserad av att gå vidare.\n\nVänliga hälsningar\nEbbe',
        },
        {
          note: 'one-line draft',
          surface: 'message',
          platform: 'linkedin',
          text: '[[Tack för intervjun i går om jobbet som vaktmästare, Linn.]]',
        },
      ],
    },
  },

  detection: [
    'Hej Karin, tack för intervjun i går. Jag är fortfarande mycket intresserad av tjänsten och ser fram emot att höra från dig.',
    'Tack för ett trevligt samtal i morse om rollen som projektledare. Det var roligt att träffa hela teamet.',
    'Jag vill tacka dig för att du tog dig tid att träffa mig i tisdags. Vänliga hälsningar, Erik',
    'Tusen tack för intervjun! Jag uppskattade verkligen att få höra hur ni arbetar med kunderna och hoppas att vi hörs snart.',
    'Hej! Jag skriver för att följa upp min ansökan till tjänsten som lärare. Har ni hunnit fatta något beslut än?',
    'Stort tack för att jag fick komma på intervju hos er. Jag är ännu mer intresserad av tjänsten efter vårt samtal.',
    'Hej Anders, det var väldigt givande att prata med dig om jobbet som elektriker. Hör gärna av dig om du behöver fler referenser från mig.',
    'Tack för telefonintervjun i förmiddags. Jag skulle gärna vilja bli en del av ert team och bidra med min erfarenhet av ekonomi.',
    'Med vänliga hälsningar och ett stort tack för i går, jag hoppas att vi kan ses igen snart för nästa steg i processen.',
    'Jag har funderat mycket på det vi pratade om under intervjun, särskilt hur ni planerar att utveckla kundtjänsten nästa år.',
  ],

  notFollowUps: [
    {
      text: 'Hej Lena,\n\nTack för mötet i morse. Som vi kom överens om tar jag fram ett förslag på ny mötesordning till nästa avdelningsmöte, och Johan bokar lokalen.\n\nHälsningar\nPer',
    },
    {
      text: 'Hej!\n\nVi har ännu inte fått leveransen av kontorsstolarna som vi beställde den 3 mars. Kan ni se över ordern och meddela när vi kan räkna med att få dem?\n\nVänliga hälsningar\nAnnika Ström\nInköp, Berglunds Bygg AB',
    },
    {
      text: 'Hej mamma!\n\nVi kommer till er på lördag runt lunch. Barnen längtar efter att få bada i sjön, så ta gärna fram flytvästarna. Ska vi ta med något till middagen?\n\nKramar\nSofie',
    },
    {
      surface: 'post',
      platform: 'facebook',
      text: 'Två veckor på Gotland är över 🌞 Tack till alla som tipsade om caféer i Visby, och ett särskilt tack till Eva som lånade ut cyklarna. Vi kommer tillbaka nästa sommar!',
    },
    {
      text: 'Hej alla grannar!\n\nStyrelsen påminner om städdagen i bostadsrättsföreningen lördag den 20 april kl. 10. Vi bjuder på korv och kaffe efteråt. Anmäl er gärna på listan i tvättstugan.\n\nHälsningar\nStyrelsen',
    },
    {
      text: 'Hej Mats,\n\nTack för visningen av radhuset på Ekvägen i söndags. Vi är fortfarande intresserade och undrar om det går att boka en andra visning nästa vecka.\n\nVi ser fram emot att höra från dig.\n\nVänliga hälsningar\nLinnea och David',
    },
    {
      surface: 'message',
      platform: 'facebook',
      text: 'Hej allihop i löparklubben! Träningen på torsdag flyttas till sex på kvällen på grund av banarbetet. Ta med pannlampa, det blir mörkt tidigt nu. Vi ses!',
    },
  ],
} satisfies LanguageCases;

export default sv;
