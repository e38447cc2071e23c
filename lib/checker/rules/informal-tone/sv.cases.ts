import type { RuleTable } from '@/tests/unit/cases/types';

// informal-tone, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'formal e-mail with one exclamation mark',
      text: 'Hej Niklas,\n\nTack för intervjun i fredags! Jag är mycket intresserad av tjänsten som lagerledare och tror att min erfarenhet av truckkörning skulle vara till nytta på nattskiftet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nPetra',
    },
    {
      note: 'short acronyms, "VA" in capitals, "typ av" as a noun and a single question mark',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Priya,\nTack för att du tog dig tid att prata med mig i dag om tjänsten som VA-ingenjör. Jag har mest arbetat med SQL och GIS. Vilken typ av projekt börjar den nya medarbetaren med?\nMed vänlig hälsning\nNoah',
    },
    {
      note: '"du" is the normal polite form in Swedish, and "kul" is fine',
      text: 'Hej Sam,\n\nTack för intervjun i går. Det var kul att höra hur du och dina kolleger planerar parken, och jag är fortfarande mycket intresserad av tjänsten som trädgårdsmästare.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nJessica',
    },
  ],
  invalid: [
    {
      note: 'slang, a casual greeting, "!!" and a casual sign-off',
      text: '[[Tjena]] Jakob,\n\nTack för intervjun i går, det var [[superkul]] att prata med dig och lagergänget. Jag ska [[typ]] läsa på om det nya skannersystemet i helgen [[haha]].\n\nFortfarande väldigt intresserad av jobbet[[!!]]\n\n[[Kram]]\nLiam',
    },
    {
      note: 'emoji runs and exclamation marks',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Sara,\nTack så mycket för intervjun i dag [[😊🙏]] Jag tyckte om att träffa designteamet och är väldigt intresserad av tjänsten[[!!!]]\nSer fram emot att höra från dig [[👋]]\nHälsningar\nTom',
    },
    {
      note: 'shouting and intensifying slang',
      text: 'Hej Niklas,\n\nTack för intervjun i fredags. Jag är [[VÄLDIGT INTRESSERAD]] av tjänsten som lagerledare, och det var [[sjukt kul]] att se hur ni planerar nattskiftet.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nPetra',
    },
    {
      note: 'text-speak and colloquial spellings',
      text: 'Hej Dan,\n\n[[Thx]] för intervjun i morse. [[Btw]], jag glömde nämna att jag har gjort klart provrapporten du bad om. Jag är [[mkt]] intresserad av tjänsten som analytiker. Säg till om du behöver [[nåt]] mer från [[mej]].\n\nHälsningar\nMaja',
    },
    {
      note: 'a run of question marks and "va" for "var"',
      text: 'Hej Ingrid,\n\nTack för intervjun förra veckan om tjänsten som receptionist. Det [[va]] roligt att träffa dig. Finns det några nyheter än[[??]] Jag är fortfarande mycket intresserad.\n\nVänliga hälsningar\nIda',
    },
  ],
} satisfies RuleTable;
