import type { RuleTable } from '@/tests/unit/cases/types';

// connection-request, nb: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'the process is over: the note may be sent',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hei Kari, jeg fikk dessverre ikke stillingen som rådgiver, men jeg satte stor pris på intervjuet og vil gjerne holde kontakten.',
    },
    {
      note: 'after the recruitment is over',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hei Ole, nå som rekrutteringsprosessen er over, vil jeg gjerne takke for et lærerikt intervju og holde kontakten.',
    },
    {
      note: 'accepted another offer',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hei Siv, takk for intervjuet i vår. Jeg har takket ja til en annen stilling, men følger gjerne arbeidet deres videre.',
    },
    {
      note: 'a LinkedIn message is not an invitation',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hei Kari,\nTakk for intervjuet i dag om stillingen som rådgiver.\nHilsen Tone',
    },
  ],
  invalid: [
    {
      note: 'an invitation while the process is open',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hei Kari, takk for intervjuet i dag om stillingen som regnskapsfører. Jeg vil gjerne holde kontakten her.]]',
    },
    {
      note: 'first line of a note with several lines',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hei Petter!]]\nTakk for en hyggelig samtale om jobben som butikksjef. Legg meg gjerne til i nettverket ditt.',
    },
    {
      note: 'a note saying the writer still waits for an answer',
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Takk for intervjuet på onsdag om stillingen som logistikkplanlegger.]]\nJeg venter spent på svar og vil gjerne koble meg til deg her.',
    },
  ],
} satisfies RuleTable;
