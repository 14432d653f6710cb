/** MurmurHash3's 32-bit mix over a string's UTF-16 code units, with a seed (signed 32-bit result). */
export function murmur32(text: string, seed = 0x9747b28c): number {
  let h = seed ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** A key's 53-bit hash (an exact integer in a double). */
export function hashKey(key: string): number {
  return (murmur32(key) >>> 0) * 2 ** 21 + (murmur32(key, 0x5bd1e995) >>> 11);
}
