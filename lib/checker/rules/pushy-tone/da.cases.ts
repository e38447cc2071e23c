import type { RuleTable } from '@/tests/unit/cases/types';

// pushy-tone, da: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      text: 'Kære Kim Lauritsen\n\nTak for samtalen i sidste uge om stillingen som controller. Jeg forstår, at I stadig er ved at beslutte jer, og jeg hører gerne om det videre forløb, når I ved mere.\n\nVenlig hilsen\nMalene Dam',
    },
    {
      note: 'a polite status e-mail after the decision date',
      text: 'Kære Kim Lauritsen\n\nJeg var til samtale hos jer den 2. maj om stillingen som controller. Du nævnte, at I ville træffe en beslutning i sidste uge, så jeg vil gerne høre, om der er nyt. Jeg er stadig meget interesseret.\n\nVenlig hilsen\nMalene Dam',
    },
    {
      note: 'the writer promises to send something soon',
      text: 'Kære Kim Lauritsen\n\nTak for samtalen i går om stillingen som controller. Jeg sender de tal, vi talte om, senest fredag. Det haster ikke med et svar fra jer.\n\nVenlig hilsen\nMalene Dam',
    },
  ],
  invalid: [
    {
      text: 'Kære Kim Lauritsen\n\nTak for samtalen om stillingen som controller. [[Jeg har stadig ikke hørt noget]], og jeg [[har et andet tilbud på]] bordet, så [[jeg skal have svar senest fredag]].\n\nVenlig hilsen\nMalene Dam',
    },
    {
      surface: 'message',
      text: 'Hej Kim\n[[Dette er min tredje mail]] om jobsamtalen. [[Hvorfor svarer I ikke]][[??]] Jeg har [[virkelig brug for det her job]].\nMalene',
    },
    {
      text: 'Kære Kim Lauritsen\n\nTak for samtalen om stillingen. Giv mig venligst et svar [[asap]], [[ellers takker jeg]] ja til en anden stilling. [[Jeg bønfalder jer]]!\n\nVenlig hilsen\nMalene Dam',
    },
  ],
} satisfies RuleTable;
