import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// informal-tone, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    { note: "\"snakkes\" as a verb is fine", surface: 'message', platform: 'facebook', text: "Hei Trond,\n\nTusen takk for intervjuet på lørdag. Jeg vil veldig gjerne begynne som lærling hos dere.\n\nHåper vi snakkes snart.\n\nHilsen\nOle" },
    {
      note: 'a formal message; "du" is polite in Norwegian',
      text: 'Hei Torbjørn,\n\nTakk for at du tok deg tid til å vise meg verkstedet under intervjuet. Jeg er svært interessert i stillingen som bilmekaniker, og du kan nå meg på telefon hele uka.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nSverre',
    },
    {
      note: '"altså" meaning "so", and the shop chain Coop Mega, are not slang',
      surface: 'message',
      platform: 'facebook',
      text: 'Hei Wenche,\nTakk for intervjuet om stillingen som butikkmedarbeider på Coop Mega. Jeg kan altså begynne allerede neste måned.\nVennlig hilsen\nLiv',
    },
    {
      note: 'short acronyms are not shouting',
      text: 'Hei Hilde,\n\nTakk for samtalen om stillingen som rådgiver i NAV. Erfaringen min fra HR og IKT kan komme godt med.\n\nMed vennlig hilsen\nGeir',
    },
  ],
  invalid: [
    { note: "\"Snakkes!\" as a sign-off", surface: 'message', platform: 'facebook', text: "Hei Trond,\n\nTusen takk for intervjuet på lørdag. Jeg vil veldig gjerne begynne som lærling hos dere, og jeg gleder meg til å høre fra deg.\n\n[[Snakkes]]!\nOle" },
    {
      note: 'slang words',
      surface: 'message',
      platform: 'facebook',
      text: 'Hei Sondre!\nTusen takk for praten i dag, det var [[rått]] å høre om planene for verkstedet. Jeg er [[dritgira]] på jobben som mekaniker [[ass]]!\n[[Snakkes]]\nMathias',
    },
    {
      note: 'emoji and runs of exclamation marks',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Tone,\nTakk for intervjuet i dag[[!!]] [[😀🙌]] Jeg er veldig interessert i stillingen som frisør.\nHilsen Ine',
    },
    {
      note: 'words in capitals',
      text: 'Hei Jan,\n\nTakk for intervjuet om stillingen som elektriker. Jeg er [[VELDIG MOTIVERT]] for jobben.\n\nVennlig hilsen\nEven',
    },
    {
      note: 'casual greeting and text-speak',
      surface: 'message',
      platform: 'facebook',
      text: '[[Heisann]] Stig, takk for intervjuet i går [[lol]]. Er [[sykt]] [[mega]] interessert i jobben [[altså]]! [[Btw]] har jeg truckførerbevis.\nHilsen Emma',
    },
  ],
} satisfies RuleTable;
