/**
 * The translation memory's contract (scripts and other tools rely on it): a paragraph's matches,
 * concordance hits, and what a TMX import added.
 */
import { z } from 'zod';
import { LanguageTag } from './common';

export const MemoryMatch = z.object({
  /** 0–100: 100 the same source, 99 differing only in case, spacing or punctuation. */
  score: z.number().int().min(0).max(100),
  source: z.string(),
  target: z.string(),
  /** Where it came from: a document's title, or a TMX file's name. */
  origin: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string(),
  /** An exact match approved for a paragraph between the same paragraphs as this one (in context). */
  context: z.boolean().optional(),
  /**
   * The translation adapted to this paragraph's source where that is unambiguous (a number, a
   * placeholder, a code or a name that differs), with each change; absent when nothing was.
   */
  adapted: z
    .object({
      text: z.string(),
      changes: z.array(z.object({ start: z.number().int(), end: z.number().int(), from: z.string(), to: z.string() })),
    })
    .optional(),
  /**
   * A candidate the imported file carried for this paragraph (XLIFF alt-trans, mtc:match), not the
   * memory's: where the file says it came from, the file's own score (null: none given; `score`
   * is then this source against the candidate's), and its kind (tm, mt, ...) when given.
   */
  file: z
    .object({
      origin: z.string().nullable(),
      score: z.number().min(0).max(100).nullable(),
      type: z.string().nullable(),
    })
    .optional(),
});
export type MemoryMatch = z.infer<typeof MemoryMatch>;

export const MemoryMatchList = z.object({ items: z.array(MemoryMatch) });
export type MemoryMatchList = z.infer<typeof MemoryMatchList>;

export const MatchesQuery = z.object({
  /** The lowest score offered (default 70). */
  min: z.coerce.number({ error: 'must be a number from 0 to 100' }).int().min(0).max(100).optional(),
});

/** A project memory's name: what documents of the project share (absent or empty: the pair's shared memory). */
export const MemoryName = z
  .string({ error: 'must be a project memory name' })
  .trim()
  .max(100, { error: 'must be at most 100 characters' })
  .refine((value) => ![...value].some((char) => char.charCodeAt(0) < 0x20), { error: 'must not hold control characters' });

export const ConcordanceQuery = z.object({
  q: z.string().trim().min(1, { error: 'must name a word or phrase' }).max(200),
  sourceLang: LanguageTag,
  targetLang: LanguageTag,
  /** A project's memory, searched with the shared one (absent: the shared one only). */
  memory: MemoryName.optional(),
});

export const ConcordanceHit = z.object({ source: z.string(), target: z.string(), origin: z.string() });
export const ConcordanceList = z.object({ items: z.array(ConcordanceHit) });
export type ConcordanceList = z.infer<typeof ConcordanceList>;

export const MemoryPairQuery = z.object({ sourceLang: LanguageTag, targetLang: LanguageTag, memory: MemoryName.optional() });

/** The fields of a TMX upload besides the file. */
export const MemoryImportFields = z.object({ memory: MemoryName.optional() });

export const MemoryImportResult = z.object({
  sourceLang: z.string(),
  targetLang: z.string(),
  /** The project memory they went to (null: the shared memory of the pair). */
  memory: z.string().nullable(),
  /** Translation units read from the file and kept (the same translation twice is one unit). */
  units: z.number().int(),
});
export type MemoryImportResult = z.infer<typeof MemoryImportResult>;

/** The language pairs the memory holds, with how many units each. */
export const MemoryPairList = z.object({
  items: z.array(z.object({ sourceLang: z.string(), targetLang: z.string(), memory: z.string().nullable(), units: z.number().int() })),
});
export type MemoryPairList = z.infer<typeof MemoryPairList>;

/** Match bands of a memory analysis, best first; `repetition` is a source seen earlier in the document. */
export const ANALYSIS_BANDS = ['context', 'exact', '95-99', '85-94', '75-84', '70-74', 'repetition', 'new'] as const;
export type AnalysisBand = (typeof ANALYSIS_BANDS)[number];

/** A document's paragraphs and source words by their best translation memory match. */
export const MemoryAnalysis = z.object({
  segments: z.number().int(),
  words: z.number().int(),
  bands: z.array(z.object({ band: z.enum(ANALYSIS_BANDS), segments: z.number().int(), words: z.number().int() })),
});
export type MemoryAnalysis = z.infer<typeof MemoryAnalysis>;

/**
 * A document's memory analysis as it stands: never asked for (`none`), running (how far it has
 * come, 0 to 1), `done` (its answer, and when), or `failed`: `error` says why as a code (`lost`: the
 * server making it stopped before it was done; `failed`: the work went wrong, `detail` says how).
 * Either can be started again.
 */
export const MemoryAnalysisStatus = z.object({
  state: z.enum(['none', 'running', 'done', 'failed']),
  progress: z.number().min(0).max(1),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  analysis: MemoryAnalysis.nullable(),
  error: z.enum(['lost', 'failed']).nullable(),
  detail: z.string().nullable(),
});
export type MemoryAnalysisStatus = z.infer<typeof MemoryAnalysisStatus>;

/** Analyses of parts of one document added up (totals come from the part that counted them). */
export function mergeAnalyses(parts: readonly MemoryAnalysis[]): MemoryAnalysis {
  return {
    segments: parts.reduce((sum, part) => sum + part.segments, 0),
    words: parts.reduce((sum, part) => sum + part.words, 0),
    bands: ANALYSIS_BANDS.map((band) => {
      const of = parts.map((part) => part.bands.find((entry) => entry.band === band));
      return {
        band,
        segments: of.reduce((sum, entry) => sum + (entry?.segments ?? 0), 0),
        words: of.reduce((sum, entry) => sum + (entry?.words ?? 0), 0),
      };
    }),
  };
}
