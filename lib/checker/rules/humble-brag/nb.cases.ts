import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// humble-brag, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
