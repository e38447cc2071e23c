import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// repetition, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// About two hundred words in which "kundeservice" occurs four times: under the threshold of
// max(4, 2.5 % of the words) = 5, so not overused.
const longRepetitionValid = `Hei Torunn,

Takk for intervjuet på torsdag om stillingen som teamleder i kundeservice hos Nordlys Forsikring. Det var interessant å høre hvordan dere har organisert vaktene, og hvordan dere følger opp nyansatte de første ukene.

Du spurte hvordan jeg ville redusere ventetiden på telefon. I min nåværende jobb innførte vi tilbakeringing i travle perioder, slik at kundene slapp å sitte i kø. Samtidig fikk de mest erfarne medarbeiderne ansvar for de vanskeligste sakene, mens de nye tok enklere henvendelser på chat. Etter et halvt år var ventetiden nesten halvert, og klagene gikk tydelig ned.

Jeg likte også tanken din om en felles kunnskapsbase. Mange spørsmål kommer igjen hver uke, og korte, oppdaterte svar sparer tid for alle. Jeg bidrar gjerne til å bygge den opp som et første prosjekt.

Det du fortalte om samarbeidet mellom kundeservice og skadeavdelingen, fikk meg til å tenke på opplæring. Korte videoer for hvert nye system har hjulpet kollegene mine mer enn lange manualer, og det tror jeg kan fungere i kundeservice hos dere også.

Jeg er svært interessert i stillingen og i å utvikle kundeservice videre sammen med dere.

Jeg ser frem til å høre fra deg.

Vennlig hilsen
Eline Strand`;

export default {
  valid: [
    {
      note: '"det det" is correct Norwegian',
      text: 'Hei Gunnar,\n\nTakk for intervjuet på fredag om stillingen som lærer. Jeg fikk et godt bilde av det det innebærer å jobbe på skolen deres.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nSolveig',
    },
    {
      note: 'sentences start with "Jeg", but not with the same two words three times in a row',
      text: 'Hei Ragnar,\n\nTakk for samtalen i går om stillingen som tømrer. Jeg likte å se verkstedet. Jeg har jobbet med restaurering i fem år. Jeg er svært interessert i stillingen.\n\nVennlig hilsen\nOlav',
    },
    {
      note: 'a content word four times in about two hundred words is under the threshold',
      text: longRepetitionValid,
    },
    {
      note: 'a repeated sentence of fewer than four words does not count',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Mona,\nTusen takk! Intervjuet 3. april om stillingen som økonom var svært lærerikt. Tusen takk!\nHilsen Rolf',
    },
  ],
  invalid: [
    {
      note: 'a doubled word',
      text: 'Hei Camilla,\n\nTakk for samtalen [[på på]] tirsdag om stillingen som apotektekniker. Jeg er svært interessert.\n\nVennlig hilsen\nHanne',
    },
    {
      note: 'the same sentence twice',
      text: 'Hei Erlend,\n\nJeg er svært interessert i stillingen som sjåfør. Takk for intervjuet i dag. [[Jeg er svært interessert i stillingen som sjåfør.]]\n\nVennlig hilsen\nTrond',
    },
    {
      note: 'three or more sentences in a row opening alike',
      text: 'Hei Vidar,\n\nTakk for intervjuet om stillingen som verksmester. [[Jeg har fagbrev som industrimekaniker. Jeg har ledet skiftlag i fire år. Jeg har god kontroll på rutinene for sikkerhet.]] Derfor tror jeg at jeg kan bidra hos dere.\n\nVennlig hilsen\nKåre',
    },
    {
      note: 'a content word used four times in a short draft: the fourth use is marked',
      text: 'Hei Kaja,\n\nTakk for intervjuet om stillingen i logistikk. Jeg har jobbet med logistikk i seks år, og logistikk er det jeg kan best. Jeg vil gjerne fortsette med [[logistikk]] hos dere.\n\nVennlig hilsen\nSimen',
    },
  ],
} satisfies RuleTable;
