import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interview-reference, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
