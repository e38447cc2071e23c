import { under } from '@/tests/unit/cases/budget-marks';
import type { RuleTable } from '@/tests/unit/cases/types';

// repetition, sv: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
// About two hundred words in which "instrumentpanelen" occurs four times: under the threshold
// of max(4, 2.5 % of the words), so not overused.
const longRepetitionValid = `Hej Adam,

Tack för intervjun i torsdags om tjänsten som BI-analytiker. Det var intressant att höra hur era kolleger på ekonomiavdelningen planerar årets budget och var de fortfarande arbetar i kalkylblad.

Du frågade hur jag skulle angripa instrumentpanelen för försäljningen som regioncheferna tycker är långsam. Hos min nuvarande arbetsgivare byggde jag om en liknande lösning genom att flytta de tunga beräkningarna till datalagret och bara behålla sammanfattande tabeller i rapportlagret. Laddningstiderna sjönk från minuter till sekunder, och cheferna började öppna rapporten före sina måndagsmöten i stället för att be analytikerna om skärmbilder.

Jag tyckte också om din idé om en gemensam ordlista för nyckeltal. Min erfarenhet är att de flesta diskussioner om siffror beror på att två avdelningar definierar intäkter eller marginal på olika sätt, och en kort överenskommen lista löser många av dem. Jag tar gärna fram ett första utkast som ett litet startprojekt.

Frågan om instrumentpanelen fick mig att tänka på utbildning också. En kort inspelad genomgång av instrumentpanelen har hjälpt mina användare mycket mer än långa skrivna manualer. Den senaste instrumentpanelen jag lanserade fick nästan inga supportärenden alls.

Jag är mycket intresserad av tjänsten och av att arbeta med er analysgrupp.

Jag ser fram emot att höra från dig.

Vänliga hälsningar
Fanny Ekdahl`;

export default {
  valid: [
    {
      note: '"det det" is correct Swedish',
      text: 'Hej Rut,\n\nTack för intervjun i måndags om tjänsten som biblioteksassistent. Jag tror att det det handlar om är att få fler barn att läsa på fritiden.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nJosef',
    },
    {
      note: 'two sentences in a row opening with "Jag är", and a short sentence repeated',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Marta,\nTack så mycket! Intervjun i dag om tjänsten som caféchef var givande. Jag är nyfiken på den nya menyn. Jag är ledig att börja nästa månad. Ert team fick mig att känna mig välkommen. Tack så mycket!\nHälsningar\nEli',
    },
    {
      note: 'a content word used three times',
      text: 'Hej Marco,\n\nTack för intervjun om tjänsten som dataingenjör. Det var intressant att höra om flödet som ert team bygger, och arbetet med flödet låter krävande. Min senaste flytt av flödet hos en kund lärde mig mycket om tester.\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nLea',
    },
    { note: 'four uses in a long draft stay under 2.5 %', text: longRepetitionValid },
  ],
  invalid: [
    { note: "one word in several inflected forms", text: "Hej Ulrika,\n\nTack för intervjun i måndags om tjänsten som ekonomiassistent. Min erfarenhet av fakturering och mina erfarenheter från byrån stämmer väl, och erfarenheten från lönearbetet hjälper också. Jag vill gärna använda min [[erfarenhet]] hos er, och jag är mycket intresserad av tjänsten.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nLinnea" },
    {
      note: 'doubled word',
      text: 'Hej Rut,\n\nTack för intervjun i måndags om tjänsten som biblioteksassistent. Det var roligt [[att att]] höra om det nya läsprojektet för barn.\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nJosef',
    },
    {
      note: 'a sentence repeated word for word',
      text: 'Hej Cecilia,\n\nTack för intervjun i måndags. Det var intressant att höra om den nya vårdcentralen i Lund. Jag är mycket intresserad av tjänsten som sjuksköterska. [[Det var intressant att höra om den nya vårdcentralen i Lund.]]\n\nJag ser fram emot att höra från dig.\n\nVänliga hälsningar\nAnna',
    },
    {
      note: 'three sentences in a row opening with "Jag är"',
      surface: 'message',
      platform: 'linkedin',
      text: 'Hej Marta,\nTack för intervjun i dag om tjänsten som caféchef. [[Jag är nyfiken på den nya menyn. Jag är säker på att min erfarenhet av schemaläggning passar er. Jag är ledig att börja nästa månad.]]\nJag ser fram emot att höra från dig.\nHälsningar\nEli',
    },
    {
      note: 'a content word used four times in a short draft',
      text: 'Hej Marco,\n\nTack för intervjun om tjänsten som dataingenjör. Det var intressant att höra om flödet som ert team bygger. Arbetet med flödet låter krävande, och jag har själv byggt om flödet hos min nuvarande arbetsgivare. Jag skulle gärna hjälpa till med nästa version av [[flödet]].\n\nJag ser fram emot att höra från dig.\n\nHälsningar\nLea',
    },
  ],
} satisfies RuleTable;
