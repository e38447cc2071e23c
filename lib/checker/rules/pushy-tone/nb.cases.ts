import type { RuleTable } from '@/tests/unit/cases/types';

// pushy-tone, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
