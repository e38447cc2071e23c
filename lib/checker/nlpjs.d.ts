// nlp.js ships no types for its per-language stemmer modules (CommonJS, one class each, as module.exports).
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
declare module '@nlpjs/lang-de/src/stemmer-de.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
declare module '@nlpjs/lang-da/src/stemmer-da.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
declare module '@nlpjs/lang-no/src/stemmer-no.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
declare module '@nlpjs/lang-sv/src/stemmer-sv.js' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
