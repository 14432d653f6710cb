/**
 * Which sentences a document has more than once, counted as the document streams by without
 * keeping every sentence: each sentence's key is hashed to 53 bits and counted in an open-address
 * table of numbers (a million paragraphs' sentences take tens of megabytes, not hundreds); the
 * repeated ones are named by their hashes (sentenceRef). Two different sentences share a hash about once in a
 * thousand documents of a million paragraphs; the only effect is a sentence watched for
 * consistency that has one rendering, which is never flagged.
 */
import { hashKey } from '../text/hash';
import { sentenceKeysIn, sentenceRefOfHash } from './rules/consistency';

export { hashKey };

export class RepeatCounter {
  private hashes = new Float64Array(1 << 12);
  /** 0: empty slot; 1: seen once; 2: seen more than once. */
  private counts = new Uint8Array(1 << 12);
  private used = 0;

  /** Counts a key; true the first time it is seen again. */
  add(key: string): boolean {
    return this.addHash(hashKey(key));
  }

  /** Counts a key's hash; true the first time it is seen again. */
  addHash(hash: number): boolean {
    if (this.used * 2 >= this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    for (let slot = (hash % this.hashes.length) & mask; ; slot = (slot + 1) & mask) {
      const count = this.counts[slot] as number;
      if (count === 0) {
        this.hashes[slot] = hash;
        this.counts[slot] = 1;
        this.used += 1;
        return false;
      }
      if (this.hashes[slot] === hash) {
        if (count === 1) {
          this.counts[slot] = 2;
          return true;
        }
        return false;
      }
    }
  }

  /** Whether a hash was seen more than once. */
  isRepeated(hash: number): boolean {
    const mask = this.hashes.length - 1;
    for (let slot = (hash % this.hashes.length) & mask; ; slot = (slot + 1) & mask) {
      const count = this.counts[slot] as number;
      if (count === 0) return false;
      if (this.hashes[slot] === hash) return count === 2;
    }
  }

  /** The hashes seen more than once. */
  repeatedHashes(): Float64Array {
    const out: number[] = [];
    for (let slot = 0; slot < this.counts.length; slot += 1) if (this.counts[slot] === 2) out.push(this.hashes[slot] as number);
    return Float64Array.from(out);
  }

  /**
   * The sentences seen more than once as the names a document keeps for them (their hashes, not
   * their text: a million paragraphs repeat a hundred thousand sentences, 14 MB of text).
   */
  repeatedRefs(): string[] {
    return Array.from(this.repeatedHashes(), sentenceRefOfHash);
  }

  private grow(): void {
    const hashes = this.hashes;
    const counts = this.counts;
    this.hashes = new Float64Array(hashes.length * 2);
    this.counts = new Uint8Array(counts.length * 2);
    const mask = this.hashes.length - 1;
    for (let old = 0; old < counts.length; old += 1) {
      const count = counts[old] as number;
      if (count === 0) continue;
      const hash = hashes[old] as number;
      let slot = (hash % this.hashes.length) & mask;
      while (this.counts[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hash;
      this.counts[slot] = count;
    }
  }
}

/** Counts the sentences of a source text. */
export function countSentences(counter: RepeatCounter, source: string): void {
  for (const key of sentenceKeysIn(source)) counter.add(key);
}
