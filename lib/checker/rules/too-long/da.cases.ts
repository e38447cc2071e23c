import { markPastWords, markPastChars, under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// too-long, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
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

export default {
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
} satisfies RuleTable;
