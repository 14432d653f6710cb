/**
 * The saves benchmark's yardstick: the least an Express + zod + better-sqlite3 service can do per
 * request (parse JSON, validate, insert one row in its own transaction, answer JSON), on the same
 * WAL + synchronous=NORMAL settings as Tilik. Started as a child process by bench/saves.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import express from 'express';
import { z } from 'zod';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-baseline-'));
const db = new Database(path.join(dir, 'baseline.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, segment_id INTEGER NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO rows (segment_id, text, created_at) VALUES (?, ?, ?)');
const Body = z.object({ text: z.string().max(100_000), baseVersion: z.number().int().min(0) });

const app = express();
app.use(express.json({ limit: '1mb' }));
app.post('/rows/:id', (req, res) => {
  const body = Body.safeParse(req.body);
  if (!body.success) {
    res.status(400).json({ error: 'bad body' });
    return;
  }
  const { lastInsertRowid } = insert.run(Number(req.params.id), body.data.text, new Date().toISOString());
  res.status(201).json({ id: Number(lastInsertRowid), version: body.data.baseVersion + 1 });
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  server.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
