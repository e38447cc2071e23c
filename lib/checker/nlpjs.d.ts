// nlp.js ships no types for its per-language stemmer modules (CommonJS, one class each, as
// module.exports): lib/checker/stem.ts imports five of them.
declare module '@nlpjs/*' {
  const Stemmer: new () => { stemWord(word: string): string };
  export default Stemmer;
}
