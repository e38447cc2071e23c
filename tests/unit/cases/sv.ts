import publicPost from '@/lib/checker/rules/public-post/sv.cases';
import humbleBrag from '@/lib/checker/rules/humble-brag/sv.cases';
import missingThanks from '@/lib/checker/rules/missing-thanks/sv.cases';
import missingInterviewReference from '@/lib/checker/rules/missing-interview-reference/sv.cases';
import tooLong from '@/lib/checker/rules/too-long/sv.cases';
import repetition from '@/lib/checker/rules/repetition/sv.cases';
import informalTone from '@/lib/checker/rules/informal-tone/sv.cases';
import genericGreeting from '@/lib/checker/rules/generic-greeting/sv.cases';
import missingClosing from '@/lib/checker/rules/missing-closing/sv.cases';
import overselling from '@/lib/checker/rules/overselling/sv.cases';
import pushyTone from '@/lib/checker/rules/pushy-tone/sv.cases';
import lateFollowUp from '@/lib/checker/rules/late-follow-up/sv.cases';
import connectionRequest from '@/lib/checker/rules/connection-request/sv.cases';
import missingInterest from '@/lib/checker/rules/missing-interest/sv.cases';
import type { LanguageCases } from './types';

/*
 * Swedish rule tables. In invalid cases every span the rule must report is marked with [[ ]].
 * All drafts are written for these tests; they are follow-ups after a job interview unless
 * they sit in `notFollowUps`.
 */

const sv = {
  // Each rule's table is in its folder: lib/checker/rules/<rule-id>/sv.cases.ts.
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
