import publicPost from '@/lib/checker/rules/public-post/da.cases';
import humbleBrag from '@/lib/checker/rules/humble-brag/da.cases';
import missingThanks from '@/lib/checker/rules/missing-thanks/da.cases';
import missingInterviewReference from '@/lib/checker/rules/missing-interview-reference/da.cases';
import tooLong from '@/lib/checker/rules/too-long/da.cases';
import repetition from '@/lib/checker/rules/repetition/da.cases';
import informalTone from '@/lib/checker/rules/informal-tone/da.cases';
import genericGreeting from '@/lib/checker/rules/generic-greeting/da.cases';
import missingClosing from '@/lib/checker/rules/missing-closing/da.cases';
import overselling from '@/lib/checker/rules/overselling/da.cases';
import pushyTone from '@/lib/checker/rules/pushy-tone/da.cases';
import lateFollowUp from '@/lib/checker/rules/late-follow-up/da.cases';
import connectionRequest from '@/lib/checker/rules/connection-request/da.cases';
import missingInterest from '@/lib/checker/rules/missing-interest/da.cases';
import type { LanguageCases } from './types';

/*
 * Danish rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`. "du" is the normal polite form in Danish and is never flagged.
 */

const da = {
  // Each rule's table is in its folder: lib/checker/rules/<rule-id>/da.cases.ts.
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
