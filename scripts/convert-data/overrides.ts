/** Hand-written conversions, keyed by the exact old entry (or "lang/owner/list|entry"). */
export type Override = string | { entry: string; unless?: string[] };

const HOUSING = 'wohnung|zimmer|mietobjekt|mietvertrag|immobilie|besichtigung|vermieter|kita|kindergarten|vorstand|vorsitz|kassenwart|ehrenamt';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const GUARD = new RegExp(`^${esc(`(?<!(${HOUSING})[^.!?\\n]{0,80})`)}(.*)${esc(`(?![^.!?\\n]{0,60}(${HOUSING}))`)}$`, 'u');

export const OVERRIDES: Record<string, Override> = {
  // en
  '(many |with )?thank(s| you)( again| so much| very much| kindly)?(?=[,.!]?$)': '(many |with )?thank(s| you)( again| so much| very much| kindly)?<line-end>',
  'yours(?=,?$)': 'yours<line-end>',
  'take care(?=[,.!]?$)': 'take care<line-end>',
  'as (we )?(discussed|mentioned)(?! in (my|the) (application|cover letter|cv|resume|letter))': {
    entry: 'as (we )?(discussed|mentioned)',
    unless: ['as (we )?(discussed|mentioned) in (my|the) (application|cover letter|cv|resume|letter)'],
  },
  // de
  '(sehr geehrte(s|r|n)?|liebe(s|r)?) (frau|herr|frau oder herr|herr oder frau|frau/herr|herr/frau)(?=[,.!]|\\s*$)':
    '(sehr geehrte(s|r|n)?|liebe(s|r)?) (frau|herr|frau oder herr|herr oder frau|frau/herr|herr/frau)<end>',
  'dank(?! (meiner|meines|meinem|seiner|seines|ihrer|ihres|eurer|eures|deiner|deines|unserer|unseres|der|des|einer|eines|guter|vieler|modernster|neuer))': {
    entry: 'dank',
    unless: ['dank (meiner|meines|meinem|seiner|seines|ihrer|ihres|eurer|eures|deiner|deines|unserer|unseres|der|des|einer|eines|guter|vieler|modernster|neuer)'],
  },
  // da
  'stilling(en|er|erne)(?! (i|på) (rækken|tabellen|ligaen|puljen|serien|turneringen|kampen|divisionen|stævnet)| (er|var|blev|står) [0-9]| ved pausen| efter [0-9\\p{L}]+ (runder|kampe|spillerunder))': {
    entry: 'stilling(en|er|erne)',
    unless: [
      'stilling(en|er|erne) (i|på) (rækken|tabellen|ligaen|puljen|serien|turneringen|kampen|divisionen|stævnet)',
      'stilling(en|er|erne) (er|var|blev|står) <number>',
      'stilling(en|er|erne) ved pausen',
      'stilling(en|er|erne) efter _ (runder|kampe|spillerunder)',
    ],
  },
  '(det|sagen) haster( meget| virkelig| lidt)?[.!]': '(det|sagen) haster( meget| virkelig| lidt)?(.|!)',
  // nb
  '(ønsker|ønskjer|ønske) (fortsatt |virkelig |veldig |sterkt |gjerne )*(å )?(jobbe|arbeide|bli|begynne|bidra|være|starte|få (stillingen|jobben|muligheten))':
    '(ønsker|ønskjer|ønske) (fortsatt |virkelig |veldig |sterkt |gjerne )?(fortsatt |virkelig |veldig |sterkt |gjerne )?(å )?(jobbe|arbeide|bli|begynne|bidra|være|starte|få (stillingen|jobben|muligheten))',
  'om (jobben|stillingen|stillinga|rollen) (som|hos|ved|(i|på) (?!dag|morgen|går|kveld|helgen|helga)\\p{L}+)': {
    entry: 'om (jobben|stillingen|stillinga|rollen) (som|hos|ved|(i|på) _)',
    unless: ['om (jobben|stillingen|stillinga|rollen) (i|på) (dag*|morgen*|går*|kveld*|helgen*|helga*)'],
  },
  'sykt(?!\\s+barn)': { entry: 'sykt', unless: ['sykt barn'] },
  '(?<!coop\\s)mega': { entry: 'mega', unless: ['coop mega'] },
  'altså(?=\\s*[!.,?…]|\\s*$)': 'altså<end>',
  'ass(?!\\.)': { entry: 'ass', unless: ['ass.'] },
  'ha det( bra)?(?=[ \\t]{0,20}[!.,]{0,5}[ \\t]{0,20}(\\n|\\r|$))': 'ha det( bra)?<line-end>',
  'hadet( bra)?(?=[ \\t]{0,20}[!.,]{0,5}[ \\t]{0,20}(\\n|\\r|$))': 'hadet( bra)?<line-end>',
  '(?<!(vi|dere|du|jeg|vi kan) )snakkes(?=[ \\t]*(!+[ \\t]*)?(,[ \\t]*)?(\\n|$))': { entry: 'snakkes<line-end>', unless: ['(vi|dere|du|jeg|vi kan) snakkes'] },
  "d(?![-.’'])": { entry: 'd', unless: ['d.', 'd-', "d'"] },
  "e(?![-.’']|\\s(post|mail|poster|mailen|posten))": { entry: 'e', unless: ['e.', 'e-', "e'", 'e (post|mail|poster|mailen|posten)'] },
  '(det )?haster(?!\\s+(ikke|ikkje))': { entry: '(det )?haster', unless: ['haster (ikke|ikkje)'] },
  // sv
  'rollen som [\\p{L}-]*(ör|are|ent|ist|log|ledare|ansvarig|assistent)(?! i (föreningen|klubben|styrelsen|laget))': {
    entry: 'rollen som *(ör|are|ent|ist|log|ledare|ansvarig|assistent)',
    unless: ['rollen som *(ör|are|ent|ist|log|ledare|ansvarig|assistent) i (föreningen|klubben|styrelsen|laget)'],
  },
  '(hade|haft|var på|varit på)( jag)? (en |min |ett )?(\\p{L}+ )?(intervju|jobbintervju|anställningsintervju) hos (?!(er|dig|ert|eran|ditt|din|oss)(?![\\p{L}]))\\p{L}+': {
    entry: '(hade|haft|var på|varit på)( jag)? (en |min |ett )?(_ )?(intervju|jobbintervju|anställningsintervju) hos _',
    unless: ['(intervju|jobbintervju|anställningsintervju) hos (er|dig|ert|eran|ditt|din|oss)'],
  },
  '(fått|fick|landat|landade|säkrat|säkrade) (en |ett |min )?(\\p{L}+ )?(intervju|jobbintervju|anställningsintervju) (hos|på|med|för) (?!(er|dig|ert|eran|ditt|din)(?![\\p{L}]))\\p{L}+': {
    entry: '(fått|fick|landat|landade|säkrat|säkrade) (en |ett |min )?(_ )?(intervju|jobbintervju|anställningsintervju) (hos|på|med|för) _',
    unless: ['(intervju|jobbintervju|anställningsintervju) (hos|på|med|för) (er|dig|ert|eran|ditt|din)'],
  },
  'ass(?=\\s*[,.!])': 'ass<end>',
  'typ(?! (av|som))': { entry: 'typ', unless: ['typ (av|som)'] },
  'e(?=\\s+(så|ju|det|inte|bra|kul))': 'e > (så|ju|det|inte|bra|kul)',
  '(?<!(inte|ej|inte alls|inte längre) )intresserad(e|t)? (av|utav|för)': {
    entry: 'intresserad(e|t)? (av|utav|för)',
    unless: ['(inte|ej|inte alls|inte längre) intresserad'],
  },
  '(mycket|väldigt|fortfarande|verkligen|ännu mer|mer|oerhört|starkt|otroligt|fortsatt|riktigt|genuint|extremt|minst lika|lika|högst|än mer|mer än någonsin|desto mer) (?!(inte|ej)(?![\\p{L}]))(\\p{L}+ )?intresserad(e)?': {
    entry: '(mycket|väldigt|fortfarande|verkligen|ännu mer|mer|oerhört|starkt|otroligt|fortsatt|riktigt|genuint|extremt|minst lika|lika|högst|än mer|mer än någonsin|desto mer) (_ )?intresserad(e)?',
    unless: ['(inte|ej) intresserad'],
  },
  '(?<!(inget|inte något|något|lite|mindre) )intresse (för|av) (tjänsten|jobbet|rollen|befattningen|positionen|att|er|ert|företaget|organisationen|möjligheten|denna|den|detta|det här|den här|uppdraget|arbetet|tjänst)': {
    entry: 'intresse (för|av) (tjänsten|jobbet|rollen|befattningen|positionen|att|er|ert|företaget|organisationen|möjligheten|denna|den|detta|det här|den här|uppdraget|arbetet|tjänst)',
    unless: ['(inget|inte något|något|lite|mindre) intresse'],
  },
  '(jag är|är jag|vi är) (?!(inte|ej|ointresserad)(?![\\p{L}]))(\\p{L}+ )?intresserad(e)?': {
    entry: '(jag är|är jag|vi är) (_ )?intresserad(e)?',
    unless: ['(inte|ej) intresserad'],
  },
  'tack(?! vare)': { entry: 'tack', unless: ['tack vare'] },
  'tackar(?=\\s*([!.,)]|\\n|$))': 'tackar<end>',
};

/** The German housing/club guard, once: a named set and one unless, instead of 80-character lookarounds on 14 entries. */
export function guardRewrite(entry: string, rewrite: (e: string) => string): Override | undefined {
  const m = GUARD.exec(entry);
  return m ? { entry: rewrite(m[1]), unless: ['{housing-or-club}'] } : undefined;
}

export const EXTRA_SETS: Record<string, Record<string, string[]>> = {
  'de/language': {
    'housing-or-club': [
      '*wohnung*',
      '(wg-)?zimmer',
      'miet*',
      'immobilie*',
      '*besichtigung*',
      'vermieter*',
      '(kita|kindergarten|krippen)platz*',
      'aufnahmegespräch*',
      '(unser|unsere|unseren|unserem|mein|meine|meinen|meinem) (sohn|tochter|kind|kinder)',
      '(im|in den|zum|für den|beim) vorstand',
      'vorstandsamt*',
      'vorsitz*',
      'kassenwart*',
      'schriftführer*',
      'ehrenamt*',
    ],
  },
};

export const EXAMPLES: Record<string, { match: string[]; ignore: string[] }> = {
  'de/language/jobTerms': {
    match: ['Ich habe mich als Assistentin des Vorstands beworben.', 'Ich habe mich auf die Stelle als Erzieherin in Ihrer Kita beworben.', 'Danke für das Vorstellungsgespräch.'],
    ignore: ['Ich habe mich um die Wohnung in der Gartenstraße beworben.', 'Hiermit bewerbe ich mich für das Amt der Kassenwartin im Vorstand.', 'Wir haben uns um einen Kitaplatz für unsere Tochter beworben.'],
  },
  'en/missing-interview-reference/reference': {
    match: ['As we discussed, I can start in May.'],
    ignore: ['As mentioned in my cover letter, I can start in May.'],
  },
  'en/missing-closing/signOffs': { match: ['Thanks,', 'Take care!', 'Yours'], ignore: ['Thanks for your time', 'take care of it'] },
  'de/missing-thanks/gratitude': { match: ['Vielen Dank für das Gespräch.'], ignore: ['Dank meiner Erfahrung kann ich sofort anfangen.'] },
  'de/generic-greeting/impersonal': { match: ['Sehr geehrte Frau,', 'Sehr geehrte Damen und Herren,'], ignore: ['Sehr geehrte Frau Müller,'] },
  'da/language/jobTerms': { match: ['Tak for samtalen om stillingen.'], ignore: ['Stillingen i ligaen er god.'] },
  'nb/informal-tone/slang': { match: ['Det var sykt bra', 'Snakkes!', 'Ha det bra'], ignore: ['Jeg har et sykt barn', 'Vi snakkes på mandag', 'coop mega'] },
  'nb/pushy-tone/pressure': { match: ['Det haster.'], ignore: ['Det haster ikke.'] },
  'sv/informal-tone/slang': { match: ['Det var kul ass.', 'Det var typ bra'], ignore: ['Det var en typ av roll'] },
  'sv/missing-thanks/gratitude': { match: ['Tack för intervjun!', 'Jag tackar.'], ignore: ['Tack vare er fick jag jobbet'] },
  'sv/missing-interest/interest': { match: ['Jag är mycket intresserad av tjänsten.'], ignore: ['Jag är inte intresserad av tjänsten.'] },
};
