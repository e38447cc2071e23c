import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// repetition, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// About two hundred words in which "kassesystemet" occurs four times: under the threshold of
// max(4, 2.5 % of the words) only if the draft is long enough, so it is written long.
const longRepetitionValid = `Kære Henriette Krogh

Tak for samtalen i torsdags om stillingen som butiksleder i jeres afdeling i Vejle. Det var godt at høre, hvordan I planlægger bemandingen op til julehandlen, og hvor I stadig bruger papirlister.

Du spurgte, hvordan jeg ville gribe det nye kassesystem an, som flere medarbejdere finder besværligt. I min nuværende butik indførte jeg et lignende kassesystem ved at lade to erfarne sælgere teste det først og skrive en kort vejledning til resten af personalet. Efter tre uger brugte alle systemet uden problemer, og køen ved kassen blev kortere i weekenderne.

Jeg kunne også godt lide din idé om faste tavlemøder hver morgen. Efter min erfaring opstår mange misforståelser, når vagterne ikke ved, hvad der blev aftalt dagen før, og et kort møde løser det meste. Jeg vil gerne lave et udkast til sådan en dagsorden, hvis I synes, det er en god idé.

Snakken om kassesystemet fik mig desuden til at tænke på oplæring. En kort video om hver funktion i kassesystemet har hjulpet mine kolleger mere end lange manualer, og nye sælgere kan se den igen, når de er i tvivl.

Jeg er meget interesseret i stillingen og i at blive en del af jeres team.

Jeg ser frem til at høre fra dig.

Venlig hilsen
Sara Lindholm`;

export default {
  valid: [
    {
      text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. Det var godt at se værkstedet og høre om jeres opgaver på landet.\n\nJeg er meget interesseret og ser frem til at høre fra dig.\n\nVenlig hilsen\nMads Ravn',
    },
    {
      note: 'a correct double: "det det"',
      text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. Jeg forstod godt, at det er det, det hele handler om hos jer: ordentligt håndværk.\n\nJeg ser frem til at høre fra dig.\n\nVenlig hilsen\nMads Ravn',
    },
    {
      note: 'a content word four times in about two hundred words',
      text: longRepetitionValid,
    },
    {
      note: 'two sentences, not three, open alike',
      text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. Jeg er meget interesseret. Jeg er også glad for, at I arbejder med træ fra egnen. Det passer godt til min erfaring.\n\nVenlig hilsen\nMads Ravn',
    },
  ],
  invalid: [
    {
      note: 'a doubled word',
      text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om [[stillingen stillingen]] som tømrer. Jeg ser frem til at høre fra dig.\n\nVenlig hilsen\nMads Ravn',
    },
    {
      note: 'the same sentence twice',
      text: 'Kære Nikolaj Frost\n\nJeg er meget interesseret i stillingen. Tak for samtalen i går om jeres byggeprojekter. [[Jeg er meget interesseret i stillingen.]]\n\nVenlig hilsen\nMads Ravn',
    },
    {
      note: 'three sentences opening alike',
      text: 'Kære Nikolaj Frost\n\nTak for samtalen i går om stillingen som tømrer. [[Jeg har arbejdet med tagkonstruktioner i seks år. Jeg har styr på tegninger og materialelister. Jeg har også ført tilsyn med lærlinge.]]\n\nVenlig hilsen\nMads Ravn',
    },
    {
      note: 'a content word used four times',
      text: 'Kære Nikolaj Frost\n\nTak for samtalen om stillingen. Jeg kan lide tagarbejde, og tagarbejde er mit speciale. Jeg har lavet tagarbejde i mange år, så [[tagarbejde]] er det, jeg helst vil.\n\nVenlig hilsen\nMads Ravn',
    },
  ],
} satisfies RuleTable;
