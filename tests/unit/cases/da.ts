import { markPastWords, markPastChars, under } from './budget-marks';
import type { LanguageCases } from './types';

/*
 * Danish rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`. "du" is the normal polite form in Danish and is never flagged.
 */

// ---------------------------------------------------------------------------------------------
// Long drafts for the too-long table. Only plain words (no digits, hyphens or apostrophes), so
// that every way of counting words agrees on where the budget ends.
// ---------------------------------------------------------------------------------------------

const LANG_BODY = [
  'Tak for samtalen i tirsdags om stillingen som regnskabsassistent hos Fjordvang Revision.',
  'Det var spændende at høre, hvordan jeres team har flyttet bogføringen for de mindre kunder over i et nyt system.',
  'Vores snak om månedsafslutningen har fulgt mig hele vejen hjem i toget, og jeg har skrevet et par tanker mere ned.',
  'I mit nuværende job tager jeg mig af bogholderiet for en række håndværksvirksomheder og butikker.',
  'Sidste forår lavede jeg en enkel tjekliste, som samlede bilag, bankafstemning og moms i en fast rækkefølge.',
  'Med den liste kunne vi lukke måneden flere dage tidligere, og kunderne fik deres tal, mens de stadig var friske.',
  'Antallet af rettelser efter afslutningen faldt mærkbart i de følgende to kvartaler, og kollegerne begyndte at bruge den samme liste.',
  'Du nævnte, at jeres medarbejdere bruger meget tid på at indhente manglende bilag fra kunderne.',
  'Jeg har tidligere opsat faste påmindelser i kundeportalen, som sparede mit team for mange timer hver eneste måned.',
  'Jeg viser gerne et eksempel uden kundenavne, hvis det kan være nyttigt for jer.',
  'Jeg glemte også at fortælle noget, da du spurgte til svære samtaler med kunder.',
  'For to år siden truede en stor kunde med at opsige aftalen efter en fejl i lønkørslen, som ikke var vores skyld.',
  'Jeg tog ud til ejeren, lyttede til hele historien og aftalte en plan med korte ugentlige opkald.',
  'Kunden blev hos os i tre år mere og anbefalede os senere til flere af sine forretningsforbindelser.',
  'Den oplevelse lærte mig, at tålmodighed og klar opfølgning betyder mere end et smart salgsargument.',
  'Jeg lagde også mærke til, at jeres bogholdere og rådgivere deler en fælles liste over opgaver fra kunderne.',
  'Efter min erfaring forhindrer sådan et fælles overblik mange af de små misforståelser, som irriterer kunderne.',
  'Den sparring med erfarne kolleger, som du beskrev for nye medarbejdere, ville jeg sætte stor pris på.',
  'Jeg er meget interesseret i stillingen og i at hjælpe jeres kunder med at få bedre styr på tallene.',
  'Du er velkommen til at kontakte mig, hvis du har brug for referencer eller andre oplysninger.',
  'Jeg ser frem til at høre fra dig om det videre forløb.',
];

const longEmail = `Kære Lene Bjerre\n\n${LANG_BODY.slice(0, 7).join(' ')}\n\n${LANG_BODY.slice(7, 15).join(' ')}\n\n${LANG_BODY.slice(15).join(' ')}\n\nVenlig hilsen\nMikkel Thorsen`;
const mediumEmail = `Kære Lene Bjerre\n\n${LANG_BODY.slice(0, 4).join(' ')}\n\n${LANG_BODY.slice(7, 10).join(' ')}\n\n${LANG_BODY.slice(18).join(' ')}\n\nVenlig hilsen\nMikkel Thorsen`;
const longMessage = `Hej Lene\n${LANG_BODY.slice(0, 3).join(' ')} ${LANG_BODY.slice(7, 15).join(' ')}\n${LANG_BODY.slice(19).join(' ')}\nMvh\nMikkel`;
const shortMessage = `Hej Lene\n${LANG_BODY.slice(0, 3).join(' ')} ${LANG_BODY.slice(18).join(' ')}\nMvh\nMikkel`;
const longPost = `Tak til hele holdet hos Fjordvang Revision for jobsamtalen i denne uge! ${LANG_BODY.slice(1, 3).join(' ')} ${LANG_BODY.slice(11, 15).join(' ')} ${LANG_BODY.slice(15, 17).join(' ')}`;
const shortPost = `Tak til hele holdet hos Fjordvang Revision for jobsamtalen i denne uge! ${LANG_BODY.slice(1, 3).join(' ')} ${LANG_BODY[18]}`;
const longComment = `Tak, Lene Bjerre, for jobsamtalen i tirsdags! ${LANG_BODY.slice(1, 3).join(' ')} ${LANG_BODY.slice(7, 10).join(' ')} ${LANG_BODY.slice(15, 19).join(' ')}`;
const longNote =
  'Hej Lene, tak for samtalen i tirsdags om stillingen som regnskabsassistent. Det var spændende at høre, hvordan jeres team arbejder med månedsafslutningen, og vores snak om bilag fra kunderne har givet mig meget at tænke over. Jeg er meget interesseret i stillingen og sender gerne den tjekliste, jeg nævnte. Jeg håber, vi kan holde kontakten her.';
const shortNote =
  'Hej Lene, tak for samtalen i tirsdags om stillingen som regnskabsassistent. Det var spændende at høre om jeres arbejde med månedsafslutningen, og jeg er meget interesseret i stillingen.';

// About two hundred words in which "kassesystemet" occurs four times: under the threshold of
// max(4, 2.5 % of the words) only if the draft is long enough, so it is written long.
const longRepetitionValid = `Kære Henriette Krogh

Tak for samtalen i torsdags om stillingen som butiksleder i jeres afdeling i Vejle. Det var godt at høre, hvordan I planlægger bemandingen op til julehandlen, og hvor I stadig bruger papirlister.

Du spurgte, hvordan jeg ville gribe det nye kassesystem an, som flere medarbejdere finder besværligt. I min nuværende butik indførte jeg et lignende kassesystem ved at lade to erfarne sælgere teste det først og skrive en kort vejledning til resten af personalet. Efter tre uger brugte alle systemet uden problemer, og køen ved kassen blev kortere i weekenderne.

Jeg kunne også godt lide din idé om faste tavlemøder hver morgen. Efter min erfaring opstår mange misforståelser, når vagterne ikke ved, hvad der blev aftalt dagen før, og et kort møde løser det meste. Jeg vil gerne lave et udkast til sådan en dagsorden, hvis I synes, det er en god idé.

Snakken om kassesystemet fik mig desuden til at tænke på oplæring. En kort video om hver funktion i kassesystemet har hjulpet mine kolleger mere end lange manualer, og nye sælgere kan se den igen, når de er i tvivl.

Jeg er meget interesseret i stillingen og i at blive en del af jeres team.

Jeg ser frem til at høre fra dig.

Venlig hilsen
Sara Lindholm`;

const da = {
  rules: {
    'public-post': {
      valid: [
        {
          note: 'a personal e-mail may mention everyone in the kitchen: audience words only count on unknown surfaces',
          text: 'Kære Birthe Holm\n\nTak for jobsamtalen i går om stillingen som konditor. Hils gerne alle sammen i køkkenet og tak, fordi de viste mig rundt.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nIda Grønlund',
        },
        {
          note: 'a direct LinkedIn message',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Martin\nTak for samtalen i formiddags om stillingen som dataingeniør. Jeg er meget interesseret i at blive en del af jeres platformsteam.\nMvh\nLærke',
        },
        {
          note: 'unknown surface, addressed to one person',
          surface: 'unknown',
          platform: 'other',
          text: 'Kære Per Vestergaard\n\nTak for jobsamtalen i mandags om stillingen som servicetekniker. Jeg var glad for rundvisningen på fabrikken.\n\nVenlig hilsen\nOle Hansen',
        },
        {
          note: 'a connection note is private',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hej Per, tak for samtalen om stillingen som servicetekniker. Nu hvor rekrutteringen er afsluttet, vil jeg gerne holde kontakten.',
        },
      ],
      invalid: [
        {
          note: 'a thank-you posted on the company page',
          surface: 'post',
          platform: 'facebook',
          text: '[[Tusind tak til alle hos Nordlys Design for en rigtig god jobsamtale i går!]]\nDet var spændende at se jeres nye studie, og jeg håber at blive en del af jeres team.',
        },
        {
          note: 'a comment under the company post',
          surface: 'comment',
          platform: 'linkedin',
          text: '[[Tak for en dejlig samtale om stillingen som projektleder, Jesper og Hanne!]]\nJeg er stadig meget interesseret.',
        },
        {
          note: 'unknown surface: words that speak to an audience',
          surface: 'unknown',
          platform: 'other',
          text: 'Hej [[alle sammen]]! Tak til Kystbryg for jobsamtalen i dag, jeg glæder mig til forhåbentlig at blive en del af holdet [[#jobsamtale]] [[#nytjob]]',
        },
        {
          note: 'unknown surface: followers and network',
          surface: 'unknown',
          platform: 'other',
          text: '[[Kære følgere]] og [[hele mit netværk]]: i dag var jeg til jobsamtale hos Vestkysten Energi. Tak til Mette for en god snak om stillingen!',
        },
      ],
    },

    'humble-brag': {
      valid: [
        { note: 'an interview told in a private e-mail is not an announcement', text: "Kære Mette\n\nTak for samtalen i dag om stillingen som bager og for rundvisningen i bageriet. Jeg er meget interesseret i stillingen.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nSam Holm" },
        {
          text: 'Kære Anne Juul\n\nTak for jobsamtalen i går om stillingen som kommunikationsmedarbejder. Jeg var glad for at høre om jeres planer for det nye magasin.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nEmil Bach',
        },
        {
          note: 'reminding the interviewer who you are is not a brag',
          text: 'Kære Lars Møller\n\nJeg var til samtale hos jer den 4. marts om stillingen som lagerchef, og jeg vil gerne høre, om der er nyt i sagen. Tak igen for en god snak dengang.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nTobias Krag',
        },
        {
          note: 'adding something forgotten at the interview',
          text: 'Kære Sofie Lund\n\nTak for samtalen i dag om stillingen som sygeplejerske. Jeg glemte at nævne, at jeg har taget et kursus i sårpleje, som passer godt til jeres afdeling.\n\nJeg er fortsat meget interesseret og ser frem til at høre fra dig.\n\nVenlig hilsen\nNanna Friis',
        },
      ],
      invalid: [
        { note: 'announcing the interview on a public post', surface: 'post', platform: 'linkedin', text: "[[I dag har jeg været til jobsamtale]] hos Bageriet Kornblomst om stillingen som bager. Tak til Mette for rundvisningen i bageriet!" },
        {
          surface: 'post',
          platform: 'linkedin',
          text: 'Jeg er [[super glad for at kunne fortælle]], at [[jeg lige har været til jobsamtale hos]] Danske Maskiner! Tak til Torben for en god snak om stillingen. [[#drømmejob]] [[#blessed]]',
        },
        {
          surface: 'post',
          platform: 'facebook',
          text: '[[Gæt hvem]] der har været til samtale om stillingen som grafiker hos Lumen Reklame i dag? Tak for en fed eftermiddag. [[In your face]], alle der sagde, jeg aldrig fik en samtale!',
        },
        {
          surface: 'comment',
          platform: 'facebook',
          text: 'Tak for jobsamtalen i går, Karina! Jeg synes selv, jeg [[sømmede den]], så nu [[krydser jeg fingre]] for stillingen. [[#stolt]]',
        },
      ],
    },

    'missing-thanks': {
      valid: [
        {
          text: 'Kære Jonas Kirk\n\nMange tak for samtalen i dag om stillingen som elektriker. Jeg er meget interesseret.\n\nVenlig hilsen\nKasper Holt',
        },
        {
          note: 'gratitude without the word tak',
          text: 'Kære Jonas Kirk\n\nJeg satte stor pris på jobsamtalen i dag og på rundvisningen på værkstedet. Jeg er meget interesseret i stillingen.\n\nVenlig hilsen\nKasper Holt',
        },
        {
          note: 'taknemmelig',
          text: 'Kære Jonas Kirk\n\nJeg er taknemmelig for den tid, du brugte på vores samtale om stillingen som elektriker i går.\n\nVenlig hilsen\nKasper Holt',
        },
        {
          note: 'takker as a verb',
          text: 'Hej Jonas\n\nJeg takker for en god jobsamtale i går og ser frem til at høre fra dig.\n\nMvh\nKasper',
        },
      ],
      invalid: [
        {
          text: '[[Kære Henrik Dahl]]\n\nDet var en fornøjelse at møde dig og Lone til samtalen om stillingen som projektleder. Jeg er fortsat meget interesseret.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nMaria Kjær',
        },
        {
          note: '"kontakt" contains tak but is no thanks',
          surface: 'message',
          text: '[[Hej Louise]]\nJeg vil gerne følge op på jobsamtalen i onsdags om stillingen som personalekonsulent. Du er velkommen til at kontakte mig, hvis du mangler referencer.\nMvh\nJonas',
        },
        {
          note: 'no greeting: the first line is the first sentence',
          text: '[[Jeg skriver for at følge op på vores jobsamtale i går om stillingen som lærer.]]\nJeg er meget interesseret i stillingen.\n\nVenlig hilsen\nSigne',
        },
      ],
    },

    'missing-interview-reference': {
      valid: [
        {
          text: 'Kære Louise Berg\n\nTak for samtalen i går om stillingen som personalekonsulent. Jeg er meget interesseret.\n\nVenlig hilsen\nJonas Bech',
        },
        {
          note: 'tak for i dag refers to the meeting',
          surface: 'message',
          text: 'Hej Louise\nTak for i dag! Jeg er stadig meget interesseret i stillingen som personalekonsulent.\nMvh\nJonas',
        },
        {
          note: 'what was talked about',
          text: 'Kære Louise Berg\n\nTak for din tid i går. Som vi talte om, sender jeg her mine referencer til stillingen som personalekonsulent.\n\nVenlig hilsen\nJonas Bech',
        },
        {
          note: 'meeting the team',
          text: 'Kære Louise Berg\n\nTak, fordi jeg måtte møde dig og resten af HR-teamet i tirsdags. Jeg er meget interesseret i stillingen.\n\nVenlig hilsen\nJonas Bech',
        },
      ],
      invalid: [
        {
          text: '[[Kære Louise Berg]]\n\nTak, fordi du overvejer min ansøgning til stillingen som personalekonsulent. Jeg er stadig meget interesseret, og min baggrund fra detailbranchen passer godt til jeres arbejde.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nJonas Bech',
        },
        {
          surface: 'message',
          text: '[[Hej Michael]]\nTak for din tid. Jeg er fortsat interesseret i jobbet som chauffør og kan starte med kort varsel.\nMvh\nRene',
        },
        {
          text: '[[Tak for muligheden for at søge stillingen som tandlægesekretær.]]\nJeg glæder mig til at høre fra jer.\n\nVenlig hilsen\nLine Vinther',
        },
      ],
    },

    'too-long': {
      valid: [
        { note: 'an e-mail under 250 words', text: under(mediumEmail, 250) },
        { note: 'a message under 150 words', surface: 'message', platform: 'linkedin', text: under(shortMessage, 150) },
        { note: 'a post under 100 words', surface: 'post', platform: 'facebook', text: under(shortPost, 100) },
        { note: 'a connection note under 300 characters', surface: 'connection-note', platform: 'linkedin', text: shortNote },
      ],
      invalid: [
        { note: 'an e-mail over 250 words', text: markPastWords(longEmail, 250) },
        { note: 'a message over 150 words', surface: 'message', platform: 'linkedin', text: markPastWords(longMessage, 150) },
        { note: 'a post over 100 words', surface: 'post', platform: 'facebook', text: markPastWords(longPost, 100) },
        { note: 'a comment over 100 words', surface: 'comment', platform: 'facebook', text: markPastWords(longComment, 100) },
        {
          note: 'a connection note over 300 characters',
          surface: 'connection-note',
          platform: 'linkedin',
          text: markPastChars(longNote, 300),
        },
      ],
    },

    repetition: {
      valid: [
        {
          text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. Det var godt at se værkstedet og høre om jeres opgaver på landet.\n\nJeg er meget interesseret og ser frem til at høre fra dig.\n\nVenlig hilsen\nMads Ravn',
        },
        {
          note: 'a correct double: "det det"',
          text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. Jeg forstod godt, at det er det, det hele handler om hos jer: ordentligt håndværk.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nMads Ravn',
        },
        {
          note: 'a content word four times in about two hundred words',
          text: longRepetitionValid,
        },
        {
          note: 'two sentences, not three, open alike',
          text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. Jeg er meget interesseret. Jeg er også glad for, at I arbejder med træ fra egnen. Det passer godt til min erfaring.\n\nVenlig hilsen\nMads Ravn',
        },
      ],
      invalid: [
        {
          note: 'a doubled word',
          text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om [[stillingen stillingen]] som tømrer. Jeg ser frem til at høre fra dig.\n\nVenlig hilsen\nMads Ravn',
        },
        {
          note: 'the same sentence twice',
          text: 'Kære Nikolaj Frost\n\nJeg er meget interesseret i stillingen. Tak for samtalen i går om jeres byggeprojekter. [[Jeg er meget interesseret i stillingen.]]\n\nVenlig hilsen\nMads Ravn',
        },
        {
          note: 'three sentences opening alike',
          text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. [[Jeg har arbejdet med tagkonstruktioner i seks år. Jeg har styr på tegninger og materialelister. Jeg har også ført tilsyn med lærlinge.]]\n\nVenlig hilsen\nMads Ravn',
        },
        {
          note: 'a content word used four times',
          text: 'Kære Nikolaj Frost\n\nTak for samtalen om stillingen. Jeg kan lide tagarbejde, og tagarbejde er mit speciale. Jeg har lavet tagarbejde i mange år, så [[tagarbejde]] er det, jeg helst vil.\n\nVenlig hilsen\nMads Ravn',
        },
      ],
    },

    'informal-tone': {
      valid: [
        {
          text: 'Kære Sofie Winther\n\nTak for samtalen i går om stillingen som SoMe-koordinator. Det var spændende at høre om jeres planer, og jeg er meget interesseret i jobbet.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nIda Skov',
        },
        {
          note: 'the polite du and an acronym are fine',
          surface: 'message',
          text: 'Hej Sofie\nTak for samtalen i går. Du nævnte, at jeres ERP-system skal skiftes i år, og jeg har erfaring med netop det. Jeg er meget interesseret i stillingen.\nMvh\nIda',
        },
        {
          note: 'a single exclamation mark',
          text: 'Kære Sofie Winther\n\nTak for en rigtig god jobsamtale i går! Jeg er meget interesseret i stillingen.\n\nVenlig hilsen\nIda Skov',
        },
      ],
      invalid: [
        {
          surface: 'message',
          text: 'Hej Sofie[[!!]]\n\nTak for i går, det var [[vildt]] hyggeligt at snakke med jer [[😄]] Jeres kontor er [[mega]] [[fedt]], og jeg er [[helt vild med]] jobbet som SoMe-koordinator[[!!]]\n\n[[Knus]]\nIda',
        },
        {
          text: 'Kære Sofie Winther\n\nTak for jobsamtalen i går, den var [[sindssygt]] god. Jeg er [[VIRKELIG]] interesseret i stillingen [[🙏🙏]]\n\nVenlig hilsen\nIda',
        },
        {
          surface: 'message',
          text: '[[Heyy]] Sofie, [[1000 tak]] for samtalen om stillingen [[haha]]. Jeg håber, I ringer snart[[??]]\nMvh Ida',
        },
      ],
    },

    'generic-greeting': {
      valid: [
        {
          text: 'Kære Mads Winther\n\nTak for samtalen i dag om stillingen som eksportkoordinator.\n\nVenlig hilsen\nAnders Holm',
        },
        {
          note: 'a name with a title',
          text: 'Kære hr. Jensen\n\nTak for samtalen i dag om stillingen som eksportkoordinator.\n\nVenlig hilsen\nAnders Holm',
        },
        {
          note: 'only the name',
          surface: 'message',
          text: 'Camilla,\ntak for videosamtalen i formiddags om stillingen som backend-udvikler. Jeg er meget interesseret.\nMvh\nRasmus',
        },
        {
          note: 'greetings only matter on e-mails and messages',
          surface: 'post',
          platform: 'facebook',
          text: 'Til rette vedkommende: tak for jobsamtalen i dag hos Nordhavn Arkitekter.',
        },
      ],
      invalid: [
        {
          text: '[[Til rette vedkommende]]\n\nTak for samtalen i torsdags om stillingen som lagermedarbejder. Jeg er meget interesseret.\n\nMed venlig hilsen\nKasper Lund',
        },
        {
          text: '[[Kære ansættelsesudvalg]]\n\nTak for samtalen i går om stillingen som skoleleder.\n\nVenlig hilsen\nHelle Storm',
        },
        {
          note: 'a greeting word with no name',
          surface: 'message',
          text: '[[Hej med dig]]\nTak for samtalen i går om stillingen som kok. Jeg er meget interesseret.\nMvh\nAli',
        },
        {
          note: 'no greeting at all',
          text: '[[Tak for samtalen i går om stillingen som kok.]]\nJeg er meget interesseret.\n\nVenlig hilsen\nAli Yilmaz',
        },
        {
          note: 'a title without a name',
          text: '[[Kære Hr./Fru]]\n\nTak for samtalen i går om stillingen som kok.\n\nVenlig hilsen\nAli Yilmaz',
        },
      ],
    },

    'missing-closing': {
      valid: [
        {
          text: 'Kære Pia Lauridsen\n\nTak for samtalen i dag om stillingen som bibliotekar.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nAsger Bundgaard',
        },
        {
          note: 'glæder mig til',
          surface: 'message',
          text: 'Hej Pia\nTak for samtalen i dag om stillingen som bibliotekar. Jeg glæder mig til at høre, hvordan det går videre.\nMvh\nAsger',
        },
        {
          note: 'an offer to help',
          text: 'Kære Pia Lauridsen\n\nTak for samtalen i dag om stillingen som bibliotekar. Du er meget velkommen til at kontakte mig, hvis du har flere spørgsmål.\n\nVenlig hilsen\nAsger Bundgaard',
        },
        {
          note: 'closings only matter on e-mails and messages',
          surface: 'post',
          platform: 'facebook',
          text: 'Tak til Pia for jobsamtalen om stillingen som bibliotekar i dag.',
        },
      ],
      invalid: [
        {
          note: 'a sign-off alone is not a close',
          text: 'Kære Pia Lauridsen\n\nTak for samtalen i dag om stillingen som bibliotekar. Jeg er meget interesseret.\n\n[[Venlig hilsen]]\nAsger Bundgaard',
        },
        {
          note: 'no sign-off: the last line',
          surface: 'message',
          text: 'Hej Pia\nTak for samtalen i dag om stillingen som bibliotekar.\n[[Jeg er meget interesseret i jobbet.]]',
        },
        {
          note: 'Mvh. with a name on the same line',
          surface: 'message',
          text: 'Hej Pia\nTak for samtalen i dag om stillingen som bibliotekar. Jeg er meget interesseret.\n[[Mvh. Asger]]',
        },
      ],
    },

    overselling: {
      valid: [
        {
          text: 'Kære Birgitte Mørk\n\nTak for samtalen i går om stillingen som salgschef. Sidste år øgede mit team omsætningen med 40 procent, og jeg vil gerne bidrage med den erfaring hos jer.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nNikolaj Friis',
        },
        {
          note: 'modest: not the only candidate',
          text: 'Kære Birgitte Mørk\n\nTak for samtalen i går. Jeg ved, at der er mange dygtige kandidater til stillingen, og jeg håber, at min erfaring fra detailsalg kan gøre en forskel.\n\nVenlig hilsen\nNikolaj Friis',
        },
        {
          text: 'Kære Birgitte Mørk\n\nTak for samtalen i går om stillingen som salgschef. Vi talte om den bedste løsning for jeres kunder i Norge, og jeg har et par idéer.\n\nVenlig hilsen\nNikolaj Friis',
        },
      ],
      invalid: [
        {
          text: 'Kære Birgitte Mørk\n\nTak for samtalen i går om stillingen som salgschef. [[Jeg er den bedste kandidat]], I kommer til at møde. [[Ingen andre kan]] levere resultater som mine, og [[jeg er perfekt til rollen]].\n\nVenlig hilsen\nNikolaj Friis',
        },
        {
          text: 'Kære Birgitte Mørk\n\nTak for jobsamtalen. Lad os være ærlige: I [[finder ikke nogen bedre]], og [[I har brug for mig]]. [[Ansæt mig]], så [[garanterer]] jeg resultater.\n\nVenlig hilsen\nNikolaj Friis',
        },
        {
          surface: 'message',
          text: 'Hej Birgitte\nTak for samtalen om stillingen. Jeg er en ægte [[rockstjerne]] inden for salg og et [[perfekt match]] for jobbet.\nMvh\nNikolaj',
        },
      ],
    },

    'pushy-tone': {
      valid: [
        {
          text: 'Kære Kim Lauritsen\n\nTak for samtalen i sidste uge om stillingen som controller. Jeg forstår, at I stadig er ved at beslutte jer, og jeg hører gerne om det videre forløb, når I ved mere.\n\nVenlig hilsen\nMalene Dam',
        },
        {
          note: 'a polite status e-mail after the decision date',
          text: 'Kære Kim Lauritsen\n\nJeg var til samtale hos jer den 2. maj om stillingen som controller. Du nævnte, at I ville træffe en beslutning i sidste uge, så jeg vil gerne høre, om der er nyt. Jeg er stadig meget interesseret.\n\nVenlig hilsen\nMalene Dam',
        },
        {
          note: 'the writer promises to send something soon',
          text: 'Kære Kim Lauritsen\n\nTak for samtalen i går om stillingen som controller. Jeg sender de tal, vi talte om, senest fredag. Det haster ikke med et svar fra jer.\n\nVenlig hilsen\nMalene Dam',
        },
      ],
      invalid: [
        {
          text: 'Kære Kim Lauritsen\n\nTak for samtalen om stillingen som controller. [[Jeg har stadig ikke hørt noget]], og jeg [[har et andet tilbud på]] bordet, så [[jeg skal have svar senest fredag]].\n\nVenlig hilsen\nMalene Dam',
        },
        {
          surface: 'message',
          text: 'Hej Kim\n[[Dette er min tredje mail]] om jobsamtalen. [[Hvorfor svarer I ikke]][[??]] Jeg har [[virkelig brug for det her job]].\nMalene',
        },
        {
          text: 'Kære Kim Lauritsen\n\nTak for samtalen om stillingen. Giv mig venligst et svar [[asap]], [[ellers takker jeg]] ja til en anden stilling. [[Jeg bønfalder jer]]!\n\nVenlig hilsen\nMalene Dam',
        },
      ],
    },

    'late-follow-up': {
      valid: [
        {
          note: 'the same day',
          interviewDate: '2024-05-13T10:00:00+02:00',
          now: '2024-05-13T16:00:00+02:00',
          text: 'Kære Susanne Dahl\n\nTak for samtalen i dag om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
        },
        {
          note: 'just under 24 hours',
          interviewDate: '2024-05-13T10:00:00+02:00',
          now: '2024-05-14T09:30:00+02:00',
          text: 'Kære Susanne Dahl\n\nTak for samtalen i går om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
        },
        {
          note: 'no interview date: nothing to measure',
          text: 'Kære Susanne Dahl\n\nTak for samtalen om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
        },
      ],
      invalid: [
        {
          note: 'more than 48 hours',
          interviewDate: '2024-05-13T10:00:00+02:00',
          now: '2024-05-17T12:00:00+02:00',
          text: '[[Kære Susanne Dahl]]\n\nTak for samtalen i mandags om stillingen som sygeplejerske. Jeg beklager, at min tak først kommer nu.\n\nVenlig hilsen\nLine Mortensen',
        },
        {
          note: 'between 24 and 48 hours',
          interviewDate: '2024-05-13T10:00:00+02:00',
          now: '2024-05-14T18:00:00+02:00',
          text: '[[Kære Susanne Dahl]]\n\nTak for samtalen i går om stillingen som sygeplejerske.\n\nVenlig hilsen\nLine Mortensen',
        },
        {
          note: 'a message a week later',
          surface: 'message',
          interviewDate: '2024-05-06T09:00:00+02:00',
          now: '2024-05-13T09:00:00+02:00',
          text: '[[Hej Susanne, undskyld den sene besked.]]\nTak for jobsamtalen i sidste uge. Jeg er stadig meget interesseret i stillingen.\nMvh\nLine',
        },
      ],
    },

    'connection-request': {
      valid: [
        {
          note: 'the process is over',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hej Trine, tak for samtalen om stillingen som UX-designer. Jeg fik desværre ikke jobbet, men jeg vil gerne holde kontakten.',
        },
        {
          note: 'accepted the offer',
          surface: 'connection-note',
          platform: 'linkedin',
          text: 'Hej Trine, jeg har takket ja til stillingen og glæder mig til at blive jeres nye kollega. Lad os forbinde her.',
        },
        {
          note: 'a LinkedIn message is not an invitation',
          surface: 'message',
          platform: 'linkedin',
          text: 'Hej Trine\nTak for samtalen i går om stillingen som UX-designer. Jeg er meget interesseret.\nMvh\nJakob',
        },
      ],
      invalid: [
        {
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Hej Trine, tak for samtalen i går om stillingen som UX-designer. Jeg vil gerne forbinde med dig her.]]',
        },
        {
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Tak for en god jobsamtale, Trine!]]\nJeg håber, vi ses igen snart.',
        },
        {
          surface: 'connection-note',
          platform: 'linkedin',
          text: '[[Kære Trine Bak]]\nTak for jobsamtalen i tirsdags. Jeg er fortsat interesseret i stillingen og vil gerne være en del af dit netværk.',
        },
      ],
    },

    'missing-interest': {
      valid: [
        {
          text: 'Kære Jens Borup\n\nTak for samtalen i går om stillingen som maskinmester. Jeg er meget interesseret.\n\nVenlig hilsen\nFrederik Lund',
        },
        {
          note: 'would like to be part of the team',
          text: 'Kære Jens Borup\n\nTak for samtalen i går om stillingen som maskinmester. Jeg vil rigtig gerne være en del af jeres team på værftet.\n\nVenlig hilsen\nFrederik Lund',
        },
        {
          note: 'the role sounds right',
          surface: 'message',
          text: 'Hej Jens\nTak for samtalen i går. Jobbet som maskinmester lyder som det rette næste skridt for mig.\nMvh\nFrederik',
        },
        {
          note: 'motivated',
          text: 'Kære Jens Borup\n\nTak for samtalen i går om stillingen. Efter vores snak er jeg endnu mere motiveret for opgaverne på værftet.\n\nVenlig hilsen\nFrederik Lund',
        },
      ],
      invalid: [
        {
          text: '[[Kære Jens Borup]]\n\nTak for samtalen i går om stillingen som maskinmester. Det var godt at se maskinrummet.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nFrederik Lund',
        },
        {
          surface: 'message',
          text: '[[Hej Jens]]\nTak for jobsamtalen i formiddags. Jeg sender de certifikater, du bad om, i aften.\nMvh\nFrederik',
        },
        {
          text: '[[Tak for samtalen om stillingen som maskinmester i går.]]\nJeg glæder mig til at høre fra jer.\n\nVenlig hilsen\nFrederik Lund',
        },
      ],
    },
  },

  detection: [
    'Mange tak for samtalen i går om stillingen som økonomimedarbejder. Jeg er stadig meget interesseret i jobbet.',
    'Hej Camilla, tusind tak for videosamtalen i formiddags. Det var spændende at høre om jeres nye bookingplatform.',
    'Kære Henrik, jeg vil gerne følge op på min ansøgning til stillingen som projektleder og takke dig for din tid.',
    'Det var en fornøjelse at tale med dig i fredags, og jeg er endnu mere interesseret i at blive en del af jeres team.',
    'Jeg ser frem til at høre fra dig om det videre forløb i rekrutteringen. Venlig hilsen, Mette',
    'Tak for en god jobsamtale i dag. Jeg glæder mig over, at I tog jer tid til at vise mig rundt på lageret.',
    'Hej Søren, tak for snakken i går. Du nævnte, at I mangler hjælp til lønkørslen, og det har jeg arbejdet meget med.',
    'Jeg beklager, at min tak først kommer nu, men jeg vil gerne sige tak for samtalen i mandags om jobbet som pædagog.',
    'Kære Birgitte, jeg sætter stor pris på, at du tog dig tid til at mødes med mig. Jeg er rigtig glad for vores samtale.',
  ],

  notFollowUps: [
    {
      text: 'Hej Bent\n\nTak for mødet i ejerforeningen i aftes, og tak fordi du skrev referatet. Jeg har talt med Annette i nr. 14, og hun vil gerne være med i udvalget om gårdhaven.\n\nJeg ser frem til at høre fra dig, når du har fået prisen fra anlægsgartneren.\n\nVenlig hilsen\nPernille',
    },
    {
      text: 'Hej Mikkel\n\nTak for et godt møde i morges om budgettet. Jeg har lagt de opdaterede tal i den fælles mappe. Kan du kigge på rejseposten inden fredag?\n\nMvh\nLise',
    },
    {
      text: 'Kære Ulla Hansen\n\nDin bestilling af to reoler i egetræ er sendt og bliver leveret på torsdag. Hvis noget er beskadiget, kan du svare på denne mail, så sender vi nye dele.\n\nVenlig hilsen\nSkovhuset Møbler',
    },
    {
      surface: 'message',
      platform: 'facebook',
      text: 'Hej mor, vi er landet i Lissabon. Hotellet er dejligt, og børnene har allerede fundet poolen. Vi ringer på søndag. Knus fra os alle',
    },
    {
      surface: 'post',
      platform: 'facebook',
      text: 'To uger på Kreta med de bedste mennesker! Sol, grillet fisk og alt for meget is. Tak til alle, der sendte os gode tips.',
    },
    {
      text: 'Kære Torben\n\nTak for fremvisningen af lejligheden på Østerbro i går. Vi er meget interesserede og vil gerne høre, om vi kan sende en ansøgning om at leje den. Hvornår forventer du at have svar?\n\nVenlig hilsen\nKaren og Jakob',
    },
    {
      text: 'Hej alle i badmintonklubben\n\nTak for en fin sæson. Generalforsamlingen holdes torsdag den 12. marts kl. 19 i klubhuset, og der er kaffe og kage bagefter. Husk at betale kontingent inden udgangen af måneden.\n\nHilsen bestyrelsen',
    },
  ],
} satisfies LanguageCases;

export default da;
