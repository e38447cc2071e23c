import type { RuleTable } from '@/tests/unit/cases/types';

// humble-brag, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
