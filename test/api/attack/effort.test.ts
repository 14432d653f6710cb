/**
 * Editing time cannot be inflated: a report claims no more time than has passed since the person's
 * previous report for that segment (or since they signed in), with a few seconds of allowance;
 * reports sent at once see each other; the rest is a 400 that says the limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EFFORT_ALLOWANCE_MS } from '../../../shared/effort';
import type { Segment } from '../../../shared/schemas';
import { buildDocument, createHarness, type Client, type Harness } from '../../helpers/api';

let h: Harness;
let translator: Client;
let segments: Segment[];
let documentId: number;
let ahead = 0;

beforeAll(async () => {
  h = await createHarness({ now: () => new Date(Date.now() + ahead) });
  translator = await h.as('translator');
  const built = await buildDocument(h.services);
  segments = built.segments;
  documentId = built.document.id;
});
afterAll(() => h.close());

const HOUR = 3_600_000;

async function effortOf(segmentId: number): Promise<number> {
  const report = await h.api.get(`/api/documents/${documentId}/effort`);
  return (report.body.segments as Array<{ segmentId: number; ms: number }>).find((s) => s.segmentId === segmentId)?.ms ?? 0;
}

describe('reports of editing time', () => {
  it('30 reports of an hour each, sent at once right after signing in, are refused', async () => {
    const segment = segments[0] as Segment;
    const statuses = await Promise.all(
      Array.from({ length: 30 }, async () => (await translator.post(`/api/segments/${segment.id}/effort`).send({ ms: HOUR })).status),
    );
    expect(statuses.every((status) => status === 400)).toBe(true);
    expect(await effortOf(segment.id)).toBe(0);
  });

  it('says why, and how much it would take', async () => {
    const response = await translator.post(`/api/segments/${(segments[0] as Segment).id}/effort`).send({ ms: HOUR });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('ms');
    expect(response.body.error.message).toMatch(/more editing time than has passed.*at most \d+(\.\d)? s/);
  });

  it('accepts what has really passed, once: reports sent together share the time', async () => {
    const segment = segments[1] as Segment;
    ahead += 60_000;
    // a minute has passed: each of 10 reports of 50 s would fit alone, together only one does
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async () => (await translator.post(`/api/segments/${segment.id}/effort`).send({ ms: 50_000 })).status),
    );
    expect(statuses.filter((status) => status === 204)).toHaveLength(1);
    expect(statuses.filter((status) => status === 400)).toHaveLength(9);
    expect(await effortOf(segment.id)).toBe(50_000);
  });

  it('allows a few seconds over the time passed, and no more', async () => {
    const segment = segments[2] as Segment;
    ahead += 30_000;
    const first = await translator.post(`/api/segments/${segment.id}/effort`).send({ ms: 20_000 });
    expect(first.status).toBe(204);
    ahead += 10_000;
    // ten seconds passed since that report: ten plus the allowance is the most, a bit more is refused
    const tooMuch = await translator.post(`/api/segments/${segment.id}/effort`).send({ ms: 10_000 + EFFORT_ALLOWANCE_MS + 1_500 });
    expect(tooMuch.status).toBe(400);
    const justRight = await translator.post(`/api/segments/${segment.id}/effort`).send({ ms: 10_000 + EFFORT_ALLOWANCE_MS - 1_500 });
    expect(justRight.status).toBe(204);
  });

  it('counts per segment: time on one does not make room on another', async () => {
    const fresh = await buildDocument(h.services);
    const [a, b] = fresh.segments as [Segment, Segment];
    ahead += 40_000;
    expect((await translator.post(`/api/segments/${a.id}/effort`).send({ ms: 30_000 })).status).toBe(204);
    // b has had no report: the bound is the time since the session began
    const onB = await translator.post(`/api/segments/${b.id}/effort`).send({ ms: 10 * HOUR - 1 });
    expect(onB.status).toBe(400);
  });
});
