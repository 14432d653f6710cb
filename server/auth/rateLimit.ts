/**
 * Failed-login counting per account and per address in a sliding window. After too many
 * failures the key is locked until the oldest failure leaves the window. Kept in memory: with
 * several server processes each counts on its own (documented in README).
 */
export interface Limit {
  failures: number;
  windowMs: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: Limit,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.limit.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until the key may try again, or 0 when it may now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit.failures) return 0;
    return (recent[recent.length - this.limit.failures] as number) + this.limit.windowMs - this.now();
  }

  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
    // bounded memory: an attacker spraying addresses cannot grow this without end
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value as string);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
