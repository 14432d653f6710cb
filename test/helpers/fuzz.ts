/**
 * Values for fuzzing the API, generated from the zod schemas the routes validate with (through
 * their JSON Schema): mostly plausible values, bent in the ways attackers and broken clients bend
 * them (wrong types, lone surrogates and NUL, huge numbers and strings, prototype keys, missing and
 * extra fields). Seeded, so a failing run can be replayed exactly.
 */
import { z } from 'zod';

export class Fuzzer {
  constructor(
    readonly random: () => number,
    /** Plausible values for fields by name (ids that exist, language tags...). */
    private readonly hints: Record<string, () => unknown> = {},
  ) {}

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** Strings that have broken things elsewhere. */
  hostileString(): string {
    return this.pick([
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udc00y',
      '😀'.repeat(this.int(1, 50)),
      'x'.repeat(this.pick([255, 256, 1025, 100_001, 200_000])),
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'; DROP TABLE segments; --",
      '%s%d%c%o%j',
      '${7*7}{{7*7}}',
      '__proto__',
      'constructor',
      '../../../../etc/passwd',
      '\u202e\u2066rtl',
      '=cmd|calc!A0',
      'null',
      'NaN',
      '0x10',
      '-0',
      '1e309',
      '\r\n\r\nX-Injected: 1',
      'ünïcødé 中文 עברית',
    ]);
  }

  hostileValue(): unknown {
    return this.pick<() => unknown>([
      () => this.hostileString(),
      () => null,
      () => true,
      () => this.pick([0, -1, 1.5, -0.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1e308, -1e308]),
      () => [],
      () => [this.hostileString()],
      () => ({}),
      () => JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}') as unknown,
      () => this.deep(this.int(50, 500)),
    ])();
  }

  /** Arrays nested `depth` deep: parsers and walkers that recurse fall over on these. */
  deep(depth: number): unknown {
    let value: unknown = 'x';
    for (let i = 0; i < depth; i += 1) value = [value];
    return value;
  }

  /** A value for a JSON Schema (as z.toJSONSchema writes it), plausible unless bent. */
  value(schema: JsonSchema, name = ''): unknown {
    const hint = this.hints[name];
    if (hint && this.chance(0.8)) return hint();
    if (schema.anyOf) return this.value(this.pick(schema.anyOf), name);
    if (schema.enum) return this.pick(schema.enum);
    switch (schema.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const required = new Set(schema.required ?? []);
        for (const [key, child] of Object.entries(schema.properties ?? {})) {
          if (required.has(key) || this.chance(0.6)) out[key] = this.value(child, key);
        }
        return out;
      }
      case 'array': {
        const count = this.int(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4));
        return Array.from({ length: count }, () => this.value(schema.items ?? {}, name));
      }
      case 'integer':
        return this.int(Math.max(schema.minimum ?? 0, (schema.exclusiveMinimum ?? -1) + 1), Math.min(schema.maximum ?? 1000, 1000));
      case 'number':
        return this.random() * 100;
      case 'boolean':
        return this.chance(0.5);
      case 'string': {
        if (schema.pattern === '^(0|[1-9][0-9]{0,15})$') return String(this.int(0, 600));
        const length = this.int(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 40));
        return 'Teks uji '.repeat(10).slice(0, Math.max(length, schema.minLength ?? 0));
      }
      default:
        return this.hostileValue();
    }
  }

  /** The value bent: a field dropped, made hostile, or an unknown one added; or the whole replaced. */
  mutate(value: unknown): unknown {
    if (this.chance(0.1)) return this.hostileValue();
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.chance(0.5) ? this.hostileValue() : value;
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(out);
    for (let n = this.int(1, 3); n > 0; n -= 1) {
      const action = this.int(0, 3);
      const key = keys.length > 0 ? this.pick(keys) : 'x';
      if (action === 0) delete out[key];
      else if (action === 1) out[key] = this.hostileValue();
      else if (action === 2) out[this.pick(['__proto__', 'constructor', 'extra', 'id', 'role', 'isAdmin'])] = this.hostileValue();
      else if (Array.isArray(out[key])) out[key] = [...(out[key] as unknown[]), this.hostileValue()];
      else out[key] = this.hostileValue();
    }
    return out;
  }

  /** A query string for a query schema: values as strings, sometimes bent. */
  query(schema: JsonSchema | undefined): string {
    const params = new URLSearchParams();
    const value = (schema ? this.value(schema) : {}) as Record<string, unknown>;
    const bent = this.chance(0.5) ? (this.mutate(value) as Record<string, unknown>) : value;
    if (typeof bent === 'object' && bent !== null && !Array.isArray(bent)) {
      for (const [key, item] of Object.entries(bent)) {
        const text = typeof item === 'string' ? item : (JSON.stringify(item) ?? '');
        if (/[\ud800-\udfff]/.test(text) && !/[\ud800-\udbff][\udc00-\udfff]/.test(text)) continue; // not encodable
        params.append(key, text.slice(0, 4000));
      }
    }
    if (this.chance(0.05)) return `${params.toString()}&${this.pick(['%', '%zz', '%C0%AE', 'a=%FF', 'x[]=1&x[]=2', 'a=1&a=2'])}`;
    return params.toString();
  }
}

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}
