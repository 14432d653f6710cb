/**
 * Reads a multipart/form-data upload with hard limits: into memory (small uploads: files must be
 * UTF-8 text, or UTF-16 with a byte-order mark, as spreadsheets and Windows tools save it; anything
 * else is refused with a 400 naming the field instead of being stored as mojibake), or with its
 * files written to disk as they arrive (imports of any size).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from 'express';
import busboy from 'busboy';
import type { AppError } from '../errors';
import { badRequest, payloadTooLarge } from '../errors';

export interface MultipartLimits {
  fileSize: number;
  files: number;
  fields: number;
  fieldSize: number;
}

export interface MultipartUpload {
  fields: Record<string, string>;
  files: Record<string, { filename: string; text: string }>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A file's text: UTF-16 when a byte-order mark says so, else UTF-8 (its mark dropped); throws on invalid bytes. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  return utf8.decode(bytes);
}

/** Browsers send a file's name as raw UTF-8 bytes, which busboy hands over as latin1. */
function fileNameOf(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  try {
    return utf8.decode(Buffer.from(raw, 'latin1'));
  } catch {
    return raw;
  }
}

export function readMultipart(req: Request, limits: MultipartLimits): Promise<MultipartUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // fields arrive as latin1 (byte for byte) and are decoded below as strict UTF-8, so bytes
      // that are not UTF-8 are refused instead of becoming replacement characters
      parser = busboy({ headers: req.headers, defCharset: 'latin1', limits: { ...limits, parts: limits.files + limits.fields } });
    } catch (error) {
      reject(badRequest('body', error instanceof Error ? error.message : 'is not valid multipart/form-data'));
      return;
    }
    const upload: MultipartUpload = { fields: {}, files: {} };
    let failure: AppError | undefined;
    const fail = (error: AppError) => {
      failure ??= error;
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) {
        fail(payloadTooLarge(`${name}: longer than ${limits.fieldSize} bytes`));
        return;
      }
      // a part that declared its own charset was decoded by it already (its text goes past latin1)
      if ([...value].some((ch) => ch.charCodeAt(0) > 0xff)) {
        upload.fields[name] = value;
        return;
      }
      try {
        upload.fields[name] = utf8.decode(Buffer.from(value, 'latin1'));
      } catch {
        fail(badRequest(name, 'is not valid UTF-8 text'));
      }
    });
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(payloadTooLarge(`${name}: file larger than ${limits.fileSize} bytes`)));
      stream.on('close', () => {
        if (failure) return;
        try {
          upload.files[name] = { filename: fileNameOf(info.filename, name), text: decodeText(Buffer.concat(chunks)) };
        } catch {
          fail(badRequest(name, 'file is not valid UTF-8 text (nor UTF-16 with a byte-order mark)'));
        }
      });
    });
    parser.on('filesLimit', () => fail(payloadTooLarge(`body: more than ${limits.files} files`)));
    parser.on('fieldsLimit', () => fail(payloadTooLarge(`body: more than ${limits.fields} fields`)));
    parser.on('partsLimit', () => fail(payloadTooLarge('body: too many parts')));
    parser.on('error', (error: unknown) =>
      reject(badRequest('body', `is not valid multipart/form-data (${error instanceof Error ? error.message : 'unreadable'})`)),
    );
    parser.on('close', () => (failure ? reject(failure) : resolve(upload)));
    req.pipe(parser);
  });
}

export interface DiskUpload {
  fields: Record<string, string>;
  files: Record<string, { filename: string; path: string; size: number }>;
  /** Removes the files (call when done with them, whatever happened). */
  cleanup: () => Promise<void>;
}

/**
 * Reads a multipart/form-data upload with its files written to a temporary folder as they arrive
 * (a file of any size costs no memory); fields as readMultipart reads them. The files are bytes as
 * sent: whoever reads them decodes them.
 */
export async function readMultipartToDisk(req: Request, limits: MultipartLimits): Promise<DiskUpload> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'tilik-upload-'));
  const cleanup = () => fs.promises.rm(dir, { recursive: true, force: true });
  try {
    const upload = await new Promise<DiskUpload>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, defCharset: 'latin1', limits: { ...limits, parts: limits.files + limits.fields } });
      } catch (error) {
        reject(badRequest('body', error instanceof Error ? error.message : 'is not valid multipart/form-data'));
        return;
      }
      const result: DiskUpload = { fields: {}, files: {}, cleanup };
      let failure: AppError | undefined;
      const fail = (error: AppError) => {
        failure ??= error;
      };
      const writing: Array<Promise<void>> = [];
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) {
          fail(payloadTooLarge(`${name}: longer than ${limits.fieldSize} bytes`));
          return;
        }
        if ([...value].some((ch) => ch.charCodeAt(0) > 0xff)) {
          result.fields[name] = value;
          return;
        }
        try {
          result.fields[name] = utf8.decode(Buffer.from(value, 'latin1'));
        } catch {
          fail(badRequest(name, 'is not valid UTF-8 text'));
        }
      });
      parser.on('file', (name, stream, info) => {
        const file = path.join(dir, `${Object.keys(result.files).length}-${name.replace(/[^\w-]/g, '_')}`);
        const out = fs.createWriteStream(file);
        let size = 0;
        stream.on('data', (chunk: Buffer) => (size += chunk.length));
        stream.on('limit', () => fail(payloadTooLarge(`${name}: file larger than ${limits.fileSize} bytes`)));
        writing.push(
          new Promise<void>((done) => {
            out.on('close', () => {
              result.files[name] = { filename: fileNameOf(info.filename, name), path: file, size };
              done();
            });
            out.on('error', (error) => {
              fail(badRequest(name, `could not be stored: ${error.message}`));
              done();
            });
          }),
        );
        stream.pipe(out);
      });
      parser.on('filesLimit', () => fail(payloadTooLarge(`body: more than ${limits.files} files`)));
      parser.on('fieldsLimit', () => fail(payloadTooLarge(`body: more than ${limits.fields} fields`)));
      parser.on('partsLimit', () => fail(payloadTooLarge('body: too many parts')));
      parser.on('error', (error: unknown) =>
        reject(badRequest('body', `is not valid multipart/form-data (${error instanceof Error ? error.message : 'unreadable'})`)),
      );
      parser.on('close', () => {
        void Promise.all(writing).then(() => (failure ? reject(failure) : resolve(result)));
      });
      req.pipe(parser);
    });
    return upload;
  } catch (error) {
    await cleanup();
    throw error;
  }
}
