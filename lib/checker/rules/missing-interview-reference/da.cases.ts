import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interview-reference, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
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
} satisfies RuleTable;
