import type { RuleTable } from '@/tests/unit/cases/types';

// missing-interview-reference, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    { note: "a trial day and the talk after it", surface: 'message', platform: 'facebook', text: "Hej Fredrik,\n\nTack för att jag fick göra en provdag i köket i lördags och för pratet efteråt. Jag vill gärna börja hos er som kock.\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nNils" },
    {
      note: 'intervjun',
      text: 'Hej Frida,\n\nTack för intervjun i fredags om tjänsten som kontorschef.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nLiz',
    },
    {
      note: 'vårt samtal',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Marco,\nTack för vårt samtal i morse om tjänsten som testare. Jag är mycket intresserad.\nHälsningar\nDev',
    },
    {
      note: 'träffa dig',
      text: 'Hej Osman,\n\nTack för din tid i går. Det var roligt att träffa dig och köksteamet, och jag är fortfarande mycket intresserad av tjänsten som souschef.\n\nVänliga hälsningar\nMarta',
    },
    {
      note: 'som vi diskuterade',
      text: 'Hej Greta,\n\nTack igen. Som vi diskuterade bifogar jag min lärarlegitimation för tjänsten som NO-lärare.\n\nMed vänlig hälsning\nPeter',
    },
    {
      note: '"tack för i går" thanks for the meeting itself',
      text: 'Hej Selma,\n\nTack för i går! Jag är fortfarande mycket intresserad av tjänsten som socionom.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAlbin',
    },
    {
      note: 'när vi pratade',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Tara,\nTack för din tid. När vi pratade i måndags nämnde du det nya lagret i Borås, och det gjorde mig ännu mer intresserad av tjänsten som logistiker.\nHälsningar\nJamal',
    },
  ],
  invalid: [
    {
      note: 'thanks for considering the application, nothing about the interview',
      text: '[[Hej Martin,]]\n\nTack för att ni överväger min ansökan till tjänsten som arbetsledare på lagret. Jag är fortfarande mycket intresserad av rollen, och mina fem år som nattskiftsledare skulle komma väl till pass hos er.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nSam Persson',
    },
    {
      note: 'sends documents but never mentions the talk',
      surface: 'message',
      platform: 'linkedin',
      text: '[[Hej Lea,]]\nTack för att du skickade beskrivningen av tjänsten som marknadskoordinator. Jag är fortfarande mycket intresserad och har bifogat de skrivprov du bad om.\nHälsningar\nOmar',
    },
    {
      note: 'generic thanks',
      text: '[[Hej Karin,]]\n\nJag skriver för att tacka er för att ni tänker på mig för tjänsten som kock på Glöd och Ek. Min vårmeny finns bifogad, och jag skulle gärna vilja arbeta i ert kök.\n\nMed vänlig hälsning\nMarta',
    },
  ],
} satisfies RuleTable;
