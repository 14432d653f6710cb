/**
 * A bounded, seeded fuzz pass over every route of the API (the README's table is the list, and a
 * route missing from it fails the test): a few thousand requests with bodies, queries, ids and
 * uploads generated from the routes' own zod schemas and then bent, sent as an admin, a translator
 * and nobody. No answer may be a 5xx, nothing may be logged as a failure, and a refused request
 * (4xx) leaves every stored row as it was. FUZZ_SEED replays a run, FUZZ_REQUESTS sets its size,
 * FUZZ_STATS=1 prints what it reached.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../../shared/schemas';
import { buildDocument, createHarness, snapshotDatabase, TEST_PASSWORD, type Client, type Harness } from '../../helpers/api';
import { readmeRoutes, RequestGenerator, ROUTES, type IdKind, type Who } from '../../helpers/attack';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);

describe('fuzzing every route', () => {
  let h: Harness;
  let clients: Record<Who, Client | null>;
  const ids: Record<IdKind, number[]> = {
    document: [],
    segment: [],
    revision: [],
    annotation: [],
    term: [],
    proposal: [],
    user: [],
    token: [],
  };

  beforeAll(async () => {
    h = await createHarness({ loginLimits: { perAccount: 1_000_000, perAddress: 1_000_000, windowMs: 60_000 } });
    clients = { admin: h.api, translator: await h.as('translator'), anonymous: null };
    for (let k = 0; k < 2; k += 1) {
      const { document, segments } = await buildDocument(h.services);
      ids.document.push(document.id);
      for (const segment of segments) ids.segment.push(segment.id);
      const first = segments[0] as Segment;
      const saved = await h.api.post(`/api/segments/${first.id}/revisions`).send({ text: 'Pembatasan ekspor.', baseVersion: 0 });
      ids.revision.push(saved.body.revision.id);
      await h.api.post(`/api/revisions/${saved.body.revision.id}/submit`);
      const annotation = await h.api
        .post(`/api/segments/${first.id}/annotations`)
        .send({ revisionId: null, start: 0, end: 3, category: 'terminology', severity: 'minor' });
      ids.annotation.push(annotation.body.id);
    }
    const term = await h.api.post('/api/glossary/terms').send({ sourceLang: 'en', targetLang: 'id', source: 'curb', target: 'pembatasan' });
    ids.term.push(term.body.id);
    // learned-term proposals, as approvals leave them (two: accepting or declining one leaves the other)
    for (const [k, word] of ['sampah', 'limbah'].entries()) {
      const segmentId = ids.segment[k] as number;
      const revisionId = ids.revision[k] as number;
      ids.proposal.push(
        await h.store.transaction((tx) =>
          tx.proposals.record(
            { sourceLang: 'en', targetLang: 'id' },
            { source: `waste ${k}`, sourceKey: `waste ${k}`, target: word, targetKey: word, forbidden: 'buang' },
            {
              documentId: ids.document[0] as number,
              segmentId,
              revisionId,
              source: 'Waste.',
              mt: 'Buang.',
              approved: `${word}.`,
              approvedBy: h.users.admin.id,
              approvedAt: new Date().toISOString(),
            },
          ),
        ),
      );
    }
    for (const name of ['fuzz a', 'fuzz b']) ids.token.push((await h.api.post('/api/session/tokens').send({ name })).body.id);
    // signs in and out for the sign-out route; never changed by the run
    await h.api.post('/api/users').send({ username: 'leaver', role: 'reviewer', password: TEST_PASSWORD });
    // the admin fuzzing is left out: resetting their own password would end the run's session
    ids.user.push(h.users.translator.id, h.users.editor.id, h.users.reviewer.id);
  });
  afterAll(() => h.close());

  it('the list covers every route of the README', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const listed = readmeRoutes(readme);
    expect(listed.length).toBeGreaterThan(40);
    const known = new Set(ROUTES.map((route) => `${route.method.toUpperCase()} ${route.path}`));
    expect(listed.filter((route) => !known.has(route))).toEqual([]);
  });

  it(`answers ${REQUESTS} generated requests (seed ${SEED}) without a 5xx, and refused ones change nothing`, async () => {
    const generator = new RequestGenerator(SEED, ids);
    const failures: string[] = [];
    const tally = new Map<string, number>();
    let refused = 0;
    // the database as the last refused request left it (the same as before it, or the run fails):
    // the next request's "before", unless a request since may have changed it
    let unchanged: Awaited<ReturnType<typeof snapshotDatabase>> | undefined;
    for (let n = 0; n < REQUESTS; n += 1) {
      const next = generator.next();
      // (signing in writes rows of its own: the database is read again after it)
      if (next.route.throwaway && next.who !== 'anonymous') unchanged = undefined;
      const client = next.route.throwaway && next.who !== 'anonymous' ? await h.as('leaver') : clients[next.who];
      let sending = client ? client[next.method](next.url) : request(h.app)[next.method](next.url);
      for (const [name, value] of Object.entries(next.headers)) sending = sending.set(name, value);
      if (next.body) sending = sending.send(next.body);
      const before = unchanged ?? (await snapshotDatabase(h.store));
      unchanged = undefined;
      const response = await sending;
      const key = `${next.method.toUpperCase()} ${next.route.path} ${response.status}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      const what = `${next.method.toUpperCase()} ${next.url.slice(0, 200)} as ${next.who}`;
      if (response.status >= 500) failures.push(`${what}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      if (response.status >= 400) {
        refused += 1;
        const after = await snapshotDatabase(h.store);
        // a failed sign-in is counted (that is its purpose); nothing else may change
        delete before.sign_in_attempts;
        delete after.sign_in_attempts;
        if (JSON.stringify(after) !== JSON.stringify(before))
          failures.push(`${what}: refused with ${response.status} but changed the database`);
        else unchanged = after;
      }
      // a sign-in sent with a session's cookie ends that session, and the translator's password may
      // have been reset: sign in again, or go on without a session
      if (response.status === 401 && client && next.who !== 'anonymous' && next.route.path !== '/api/session') {
        clients[next.who] = await h.as(next.who).catch(() => null);
        unchanged = undefined;
      }
    }
    if (process.env.FUZZ_STATS)
      console.log(
        [...tally]
          .sort()
          .map(([key, count]) => `${key}: ${count}`)
          .join('\n'),
      );
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(h.logged, `seed ${SEED}`).toEqual([]);
    // the run reached the handlers: most requests were refused, but not all
    expect(refused).toBeGreaterThan(REQUESTS / 3);
    expect(refused).toBeLessThan(REQUESTS);
  }, 600_000);
});
