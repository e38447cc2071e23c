// The virtual modules ./plugins.ts builds from the YAML phrase data.
declare module 'virtual:followup-lint/phrases' {
  import type { ListFile } from '@/lib/checker/data/compile';
  /** By language, then by owner: a rule id, or "language" for the lists every rule and the model share. */
  export const phrases: Readonly<Record<string, Readonly<Record<string, ListFile>>>>;
  export const markers: Readonly<Record<string, readonly string[]>>;
  export const abbreviations: Readonly<Record<string, readonly string[]>>;
}
declare module 'virtual:followup-lint/messages' {
  import type { RuleMessages } from '@/lib/checker/data/compile';
  export const messages: Readonly<Record<string, { surfaces: Record<string, string>; rules: Record<string, RuleMessages> }>>;
}
declare module 'virtual:followup-lint/examples' {
  import type { ExampleSet } from '@/lib/checker/data/plugins';
  export const examples: readonly ExampleSet[];
}
