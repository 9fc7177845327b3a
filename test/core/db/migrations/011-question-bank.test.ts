import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { questionBank } from '../../../../electron/core/db/migrations/011-question-bank';
import { migrate } from '../../../../electron/core/db/open';
import { loadDemoContent } from '../../../../electron/core/demo/content';
import { insertOneSeat } from './seat-fixture';

const demo = loadDemoContent();

/** A database at version 10 holding the demo scheme's whole bank as the app wrote it before the bank existed, and one answer. */
function demoAt10(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 10));
  insertOneSeat(db);
  const kuks = new Map<string, string>();
  demo.scheme.units.forEach((u, ui) => {
    db.prepare("INSERT INTO unit (id, scheme_id, ordinal, code, title_id) VALUES (?, 's', ?, ?, ?)").run(`u${ui}`, ui + 1, u.code, u.title.id);
    u.elements.forEach((e) => {
      db.prepare('INSERT INTO element (id, unit_id, ordinal, title_id) VALUES (?, ?, ?, ?)').run(`e${ui}.${e.no}`, `u${ui}`, e.no, e.title.id);
      e.kuk.forEach((k, ki) => {
        const id = `k${ui}.${e.no}.${ki}`;
        kuks.set(`${u.code}#${k.no}`, id);
        db.prepare('INSERT INTO kuk (id, element_id, ordinal, number, text_id) VALUES (?, ?, ?, ?, ?)').run(id, `e${ui}.${e.no}`, ki + 1, k.no, k.text.id);
      });
    });
  });
  const item = db.prepare("INSERT INTO item (id, scheme_id, kind, ref, ordinal, kuk_id, prompt_id, prompt_en) VALUES (?, 's', ?, ?, ?, ?, ?, ?)");
  const { multipleChoice, essay, oral, supporting, observation } = demo.instruments;
  multipleChoice.forEach((q, i) => {
    item.run(q.ref, 'multiple_choice', q.ref, i + 1, kuks.get(q.kuk), q.prompt.id, q.prompt.en);
    q.options.forEach((o, oi) =>
      db.prepare('INSERT INTO item_option (item_id, ordinal, text_id, text_en, is_correct) VALUES (?, ?, ?, ?, ?)').run(q.ref, oi, o.id, o.en, oi === q.answer ? 1 : 0),
    );
  });
  for (const [kind, list] of [['essay', essay], ['oral', oral], ['supporting', supporting]] as const) {
    list.forEach((q, i) => item.run(q.ref, kind, q.ref, i + 1, kuks.get(q.kuk), q.prompt.id, q.prompt.en));
  }
  observation.forEach((o, i) =>
    db.prepare("INSERT INTO observation_item (id, scheme_id, kuk_id, benchmark_id, benchmark_en) VALUES (?, 's', ?, ?, ?)").run(`o${i}`, kuks.get(o.kuk), o.benchmark.id, o.benchmark.en),
  );
  db.exec(`
    INSERT INTO attempt (id, session_id, candidate_id, seed, item_order, agreed_at, started_at, duration_seconds)
      VALUES ('t', 'ses', 'c', '${'0'.repeat(64)}', '["PG-01"]', '08:00', '08:00', 3600);
    INSERT INTO answer (attempt_id, item_id, choice, seq, saved_at) VALUES ('t', 'PG-01', 2, 1, '08:01');
  `);
  return db;
}

const all = (db: Database.Database, sql: string) => db.prepare(sql).all();

describe('migration 011 (question bank)', () => {
  it('keeps every question, option, benchmark and answer of a demo bank, approved, each question on its KUK', () => {
    const db = demoAt10();
    const before = {
      items: all(db, 'SELECT id, kind, ref, ordinal, kuk_id, prompt_id, prompt_en FROM item ORDER BY id'),
      options: all(db, 'SELECT * FROM item_option ORDER BY item_id, ordinal'),
      observations: all(db, 'SELECT id, kuk_id, benchmark_id, benchmark_en FROM observation_item ORDER BY id'),
      answers: all(db, 'SELECT * FROM answer'),
    };
    migrate(db, migrations.slice(0, 11));
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(all(db, 'SELECT id, kind, ref, ordinal, kuk_id, prompt_id, prompt_en FROM item ORDER BY id')).toEqual(before.items);
    expect(all(db, 'SELECT * FROM item_option ORDER BY item_id, ordinal')).toEqual(before.options);
    expect(all(db, 'SELECT id, kuk_id, benchmark_id, benchmark_en FROM observation_item ORDER BY id')).toEqual(before.observations);
    expect(all(db, 'SELECT * FROM answer')).toEqual(before.answers);
    const counts = demo.instruments;
    expect(before.items).toHaveLength(counts.multipleChoice.length + counts.essay.length + counts.oral.length + counts.supporting.length);
    expect(db.prepare("SELECT DISTINCT status FROM item").pluck().all()).toEqual(['approved']);
    expect(db.prepare("SELECT DISTINCT status FROM observation_item").pluck().all()).toEqual(['approved']);
    // Each question's one KUK is now its first (and only) item_kuk row.
    expect(all(db, 'SELECT item_id AS id, kuk_id, ordinal FROM item_kuk ORDER BY item_id')).toEqual(
      (before.items as { id: string; kuk_id: string }[]).map((i) => ({ id: i.id, kuk_id: i.kuk_id, ordinal: 0 })),
    );
    expect(db.prepare('SELECT count(*) FROM item_image').pluck().get()).toBe(0);
  });

  it('lets a draft have no KUK, and only a draft; drops the unique ref and ordinal; keeps an import source unique per scheme', () => {
    const db = demoAt10();
    migrate(db, migrations.slice(0, 11));
    const insert = (id: string, status: string, kuk: string | null, source: string | null = null) =>
      db
        .prepare("INSERT INTO item (id, scheme_id, kind, ref, ordinal, kuk_id, prompt_id, status, source_sha256, source_position) VALUES (?, 's', 'essay', 'ES-01', 1, ?, 'P', ?, ?, ?)")
        .run(id, kuk, status, source, source ? '1' : null);
    expect(() => insert('d1', 'draft', null)).not.toThrow();
    expect(() => insert('a1', 'approved', null)).toThrow(/CHECK/);
    // Same ref and ordinal as the demo's ES-01: the core keeps refs apart, the table lets a replacement sit beside its original.
    const kuk = db.prepare("SELECT kuk_id FROM item WHERE id = 'PG-01'").pluck().get() as string;
    expect(() => insert('a2', 'approved', kuk)).not.toThrow();
    insert('s1', 'draft', null, 'a'.repeat(64));
    expect(() => insert('s2', 'draft', null, 'a'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => db.exec("INSERT INTO item_image (item_id, place, ordinal, sha256) VALUES ('d1', 'option:5', 0, '" + 'b'.repeat(64) + "')")).toThrow(/CHECK/);
    // A second benchmark for a KUK (a draft replacing the approved one) fits.
    expect(() => db.exec(`INSERT INTO observation_item (id, scheme_id, kuk_id, benchmark_id, replaces_id) SELECT 'o-new', 's', kuk_id, 'B', id FROM observation_item WHERE id = 'o0'`)).not.toThrow();
    // Questions still hang off their scheme and KUK: the rebuilt table is what answers and options point at.
    expect(() => db.exec("DELETE FROM item WHERE id = 'PG-01'")).toThrow(/FOREIGN KEY/);
    expect(() => db.exec("UPDATE item SET replaces_id = 'nowhere' WHERE id = 'd1'")).toThrow(/FOREIGN KEY/);
  });

  it('is the eleventh migration', () => {
    expect(migrations[10]).toBe(questionBank);
    expect(questionBank.version).toBe(11);
  });
});
