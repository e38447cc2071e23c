import publicPost from '@/lib/checker/rules/public-post/nb.cases';
import humbleBrag from '@/lib/checker/rules/humble-brag/nb.cases';
import missingThanks from '@/lib/checker/rules/missing-thanks/nb.cases';
import missingInterviewReference from '@/lib/checker/rules/missing-interview-reference/nb.cases';
import tooLong from '@/lib/checker/rules/too-long/nb.cases';
import repetition from '@/lib/checker/rules/repetition/nb.cases';
import informalTone from '@/lib/checker/rules/informal-tone/nb.cases';
import genericGreeting from '@/lib/checker/rules/generic-greeting/nb.cases';
import missingClosing from '@/lib/checker/rules/missing-closing/nb.cases';
import overselling from '@/lib/checker/rules/overselling/nb.cases';
import pushyTone from '@/lib/checker/rules/pushy-tone/nb.cases';
import lateFollowUp from '@/lib/checker/rules/late-follow-up/nb.cases';
import connectionRequest from '@/lib/checker/rules/connection-request/nb.cases';
import missingInterest from '@/lib/checker/rules/missing-interest/nb.cases';
import type { LanguageCases } from './types';

/*
 * Norwegian (Bokmål) rule tables. In invalid cases every span the rule must report is marked
 * with [[ ]]. All drafts are written for these tests; they are follow-ups after a job interview
 * unless they sit in `notFollowUps`. "du" is the normal polite form in Norwegian and is never flagged.
 */

const nb = {
  // Each rule's table is in its folder: lib/checker/rules/<rule-id>/nb.cases.ts.
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
