// write-good ships no types; the benchmark only calls it with a string.
declare module 'write-good' {
  export default function writeGood(text: string): Array<{ index: number; offset: number; reason: string }>;
}
