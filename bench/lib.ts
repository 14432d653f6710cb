/** Small helpers shared by the benchmarks: timing, statistics, deterministic text. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Times `fn` repeatedly (after warming up) and returns per-call durations in milliseconds. */
export function sample(fn: () => void, { warmup = 50, runs = 500 } = {}): number[] {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** A seeded pseudo-random generator (mulberry32) so every run benchmarks the same text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds a paragraph of `count` words drawn from `vocabulary`, with punctuation now and then. */
export function paragraph(vocabulary: string[], count: number, next: () => number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let word = vocabulary[Math.floor(next() * vocabulary.length)] as string;
    if (i > 0 && next() < 0.08) word += ',';
    words.push(word);
  }
  return `${words.join(' ')}.`;
}

/** A post-edit: replaces, deletes and inserts about `rate` of the words, like a translator would. */
export function postEdit(text: string, vocabulary: string[], rate: number, next: () => number): string {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const roll = next();
    if (roll < rate / 3) continue;
    if (roll < (2 * rate) / 3) out.push(vocabulary[Math.floor(next() * vocabulary.length)] as string);
    else if (roll < rate) out.push(word, vocabulary[Math.floor(next() * vocabulary.length)] as string);
    else out.push(word);
  }
  return out.join(' ');
}

export const fmt = (ms: number, digits = 3) => `${ms.toFixed(digits)} ms`;
