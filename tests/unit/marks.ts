/** Test tables mark expected spans with [[double brackets]]; this removes them and returns the spans. */
export function parseMarks(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i) && open === -1) {
      open = text.length;
      i++;
    } else if (marked.startsWith(']]', i) && open !== -1) {
      spans.push({ start: open, end: text.length });
      open = -1;
      i++;
    } else {
      text += marked[i];
    }
  }
  if (open !== -1) throw new Error(`unclosed [[ in: ${marked.slice(0, 60)}`);
  return { text, spans };
}
