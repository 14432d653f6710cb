/**
 * Two apps in one process (each its own store) share the process's checking threads, and number
 * their documents and glossary versions alike: what each thread keeps of one must never serve the
 * other (the names of document 1 of one store checked the document 1 of the other).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentFindings } from '../../shared/schemas';
import { SYSTEM_USER_ID } from '../../server/store/types';
import { createHarness, type Harness } from '../helpers/api';

describe('two stores in one process', () => {
  let first: Harness;
  let second: Harness;
  beforeAll(async () => {
    first = await createHarness({ database: 'sqlite' });
    second = await createHarness({ database: 'sqlite' });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  const summary = async (h: Harness, id: number) =>
    DocumentFindings.parse((await h.api.get(`/api/documents/${id}/findings`).expect(200)).body).summary;

  it("checks each store's document with its own names, though both are document 1", async () => {
    // the first store's document names nobody; the second's renders one name two ways
    const plain = await first.services.documents.create(
      {
        title: 'Plain',
        sourceLang: 'en',
        targetLang: 'id',
        segments: [
          { source: 'The crowd waited in the rain.', mt: 'Orang banyak menunggu di tengah hujan.' },
          { source: 'Later the hall was empty.', mt: 'Kemudian aula itu kosong.' },
          { source: 'In the evening it rained again.', mt: 'Pada malam hari hujan turun lagi.' },
        ],
      },
      SYSTEM_USER_ID,
    );
    expect((await summary(first, plain.id)).byRule).toEqual({});
    const named = await second.services.documents.create(
      {
        title: 'Nama',
        sourceLang: 'en',
        targetLang: 'id',
        segments: [
          { source: 'Nelson Mandela spoke to the crowd.', mt: 'Nelson Mandela berbicara kepada orang banyak.' },
          { source: 'Later Mandela left the hall.', mt: 'Kemudian Mandela meninggalkan aula.' },
          { source: 'In the evening Mandela returned.', mt: 'Pada malam hari Mandella kembali.' },
        ],
      },
      SYSTEM_USER_ID,
    );
    expect(named.id).toBe(plain.id);
    expect((await summary(second, named.id)).byRule.consistency).toEqual({ minor: 1, major: 0, critical: 0 });
  });
});
