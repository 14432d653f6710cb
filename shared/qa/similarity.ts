// three reusable rows: the distance runs for many word pairs and must not allocate each time
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau-Levenshtein (optimal string alignment) distance, bounded: stops early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [prevPrev, prev, current] = rows;
  for (let j = 0; j < cols; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (current[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[cols - 1] as number;
}

/**
 * Whether `candidate` looks like another spelling of the name `name` ("Cina" for "China"):
 * same first letter, and at most one edit for short names, two for longer ones.
 */
export function isSpellingVariant(name: string, candidate: string): boolean {
  // cheap rejections first: this runs for every word against every name
  if (Math.abs(name.length - candidate.length) > 2 || name.length < 4 || candidate.length < 3) return false;
  const first = name[0] ?? '';
  const other = candidate[0] ?? '';
  if (first !== other && first.toLowerCase() !== other.toLowerCase()) return false;
  // a name keeps its capital in any language that has capitals: "yang" is no spelling of "Yann"
  if (first !== first.toLowerCase() && other === other.toLowerCase()) return false;
  const a = name.toLowerCase();
  const b = candidate.toLowerCase();
  if (a === b || a.length < 4 || b.length < 3 || a[0] !== b[0]) return false;
  const allowed = a.length <= 6 ? 1 : 2;
  return editDistance(a, b, allowed) <= allowed;
}
