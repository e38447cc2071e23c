import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// public-post, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'a personal e-mail may greet everyone in the department: audience words only count on unknown surfaces',
      text: 'Hei Guro,\n\nTakk for intervjuet i går om stillingen som kokk. Hils gjerne til alle sammen på kjøkkenet som viste meg rundt.\n\nJeg ser frem til å høre fra deg.\n\nVennlig hilsen\nAmund Lie',
    },
    {
      note: 'a direct LinkedIn message',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Markus,\nTakk for samtalen i formiddag om stillingen som dataingeniør. Jeg er veldig interessert i å bli en del av plattformteamet.\nVennlig hilsen\nLene',
    },
    {
      note: 'unknown surface, addressed to one person',
      surface: 'unknown',
      platform: 'other',
      text: 'Hei Rune,\n\nTakk for jobbintervjuet på mandag om stillingen som vedlikeholdstekniker. Omvisningen i fabrikken var svært lærerik.\n\nVennlig hilsen\nOda Hauge',
    },
    {
      note: 'a connection note is private',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hei Dagny, takk for intervjuet i dag om stillingen som analytiker. Samtalen om prognoser var veldig lærerik.',
    },
  ],
  invalid: [
    {
      note: 'thanks posted on the company page',
      surface: 'post',
      platform: 'linkedin',
      text: '[[Takk til alle i Fjordvind Energi for et flott intervju i går!]]\nDet var inspirerende å møte planleggingsgruppen, og jeg er veldig interessert i ingeniørstillingen.',
    },
    {
      note: 'a comment on the company wall, first line only',
      surface: 'comment',
      platform: 'facebook',
      text: '[[Kjære Havnebakeriet, så hyggelig å få tilbringe morgenen på bakeriet deres under intervjuet!]]\nTusen takk for at dere tok så godt imot meg, jeg håper å bli en del av gjengen snart.',
    },
    {
      note: 'first non-empty line, trimmed',
      surface: 'post',
      platform: 'facebook',
      text: '\n  [[Takk igjen for jobbintervjuet, Randi!]]  \nButikkteamet deres var fantastisk, og jeg vil veldig gjerne jobbe sammen med dem.',
    },
    {
      note: 'unknown surface: every word that addresses an audience',
      surface: 'unknown',
      platform: 'other',
      text: 'Takk [[til alle sammen]] i Lysverket Lab for intervjuet på tirsdag. Jeg er svært interessert i stillingen som forskningsassistent. [[#ÅpenForJobb]] [[#forskning]]',
    },
    {
      note: 'unknown surface: network and followers',
      surface: 'unknown',
      platform: 'other',
      text: 'En liten oppdatering til [[mitt nettverk]]: takk til Nordpunkt Helse for intervjuet om sykepleierstillingen. Jeg håper [[følgerne mine]] heier på meg.',
    },
  ],
} satisfies RuleTable;
