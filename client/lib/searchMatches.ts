/**
 * Where a search of the editor stands in a text, to mark it: the words of the query in order,
 * whatever their case and the spaces between them (as the server's search finds them).
 */
const cache = new Map<string, RegExp | null>();

function expressionOf(query: string): RegExp | null {
  let expression = cache.get(query);
  if (expression === undefined) {
    const words = query.trim().split(/\s+/u).filter(Boolean);
    expression =
      words.length === 0
        ? null
        : new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, String.raw`\$&`)).join(String.raw`\s+`), 'giu');
    if (cache.size > 50) cache.clear();
    cache.set(query, expression);
  }
  return expression;
}

export function searchMatches(text: string, query: string): Array<{ start: number; end: number }> {
  const expression = expressionOf(query);
  if (!expression) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(expression)) out.push({ start: match.index, end: match.index + match[0].length });
  return out;
}
