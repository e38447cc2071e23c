export function PageShell({ page }: { page: string }) {
  return <main data-page={page}>Follow-up Lint</main>;
}
