import type { RuleTable } from '@/tests/unit/cases/types';

// missing-thanks, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'tack för',
      text: 'Hej Alva,\n\nTack för att du träffade mig i tisdags för att prata om tjänsten som lönespecialist.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nNina Sahlin',
    },
    {
      note: 'uppskattar',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Jonas,\nJag uppskattar verkligen att du tog dig tid att intervjua mig för jobbet som barista i fredags. Jag skulle gärna vilja bli en del av ert team.\nHälsningar\nElla',
    },
    {
      note: 'stort tack',
      text: 'Hej Rebecka,\n\nStort tack för intervjun i går om tjänsten som laboratorieassistent. Jag är fortfarande mycket intresserad.\n\nMed vänlig hälsning\nSam',
    },
    {
      note: 'tacksam',
      text: 'Hej Fredrik,\n\nJag är tacksam för möjligheten att bli intervjuad för tjänsten som platschef den här veckan.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nRoss Karlsson',
    },
    {
      note: 'tackar för',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Lotta,\nJag tackar för ett trevligt samtal i dag om tjänsten som bibliotekarie och ser fram emot att höra från dig.\nMvh\nSixten',
    },
  ],
  invalid: [
    {
      note: 'no thanks anywhere',
      text: '[[Hej Alva,]]\n\nDet var ett nöje att träffa dig i tisdags och prata om tjänsten som lönespecialist. Jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nNina Sahlin',
    },
    {
      note: 'follow-up without thanks on LinkedIn',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hej Jonas,]]\nJag vill följa upp min intervju för jobbet som barista i fredags. Det var roligt att träffa teamet och jag skulle gärna vilja jobba hos er.\nHälsningar\nElla',
    },
    {
      note: '"tackar ja" accepts an offer; it does not thank',
      text: '[[Hej Kim, jag vill följa upp vår intervju om tjänsten som budbilsförare.]]\nJag har körkort och kan börja nästa månad. Får jag ett erbjudande tackar jag ja direkt.\n\nMvh\nPaul',
    },
    {
      note: '"tack vare" means "because of"',
      text: '[[Hej Sofia,]]\n\nTack vare vårt samtal i går förstår jag mycket bättre hur ert lager fungerar. Jag är fortfarande mycket intresserad av tjänsten som lagerledare.\n\nJag ser fram emot att höra från dig.\n\nMed vänlig hälsning\nOlle',
    },
  ],
} satisfies RuleTable;
