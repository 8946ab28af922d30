#!/usr/bin/env python3
"""Issue 11, a schema experiment (not a product figure): which replica schema could apply a pulled page within 2.5x of
a plain LWW upsert? Every variant runs the same statements a replica's apply runs today (`SQLiteChangeLog.apply`:
the change row, its replaced edge, the head insert and delete, the field's guarded upsert), on the same rows, in the
same harness (Python's sqlite3 over the system libsqlite3, WAL, synchronous=NORMAL, one transaction per page of
1,000), beside the ceiling measured in the same run. The harness's own cost per statement is the same for every
variant, so only the ratios mean something; the product's figures are `bench/run.sh`'s.

Variants:
  product now    the replica's schema at changeLog.v4 and replica.v7: no head rows for a field's single head, the value
                 copied into field_value, text stamps, foreign keys on
  before v4      text stamps, a head row for every head, the value in field_value, foreign keys on
  integer keys   the same tables keyed by integers (an HLC as a 64-bit integer plus a small replica number)
  value once     field_value names the winning change by its rowid instead of copying its value, and a field's single
                 head is the one field_value names (a head table only for fields with several: not written here)
  value once, replaced.by a stamp   the same with the product's edges (the replacing change named by its stamp)
  value once, no FK probes          the same without foreign-key enforcement
  value once, no FK, no history idx the same without change(entity, field)

Usage: python3 bench/prototypes/apply-schemas.py [CHANGES] [RUNS]   (defaults 200000, 2; files in a temp folder)
"""
import os, random, sqlite3, sys, tempfile, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 2
PAGE = 1000
FOLDER = tempfile.mkdtemp(prefix="apply-schemas.")
random.seed(7)
ENTITIES = [f"e{i:06d}-{random.randrange(16 ** 8):08x}" for i in range(N // 10)]
FIELDS = ["heading", "body", "value", "owner", "due"]
TEXT = "到2025年，全县学前三年毛入园率达到97%以上，普惠性幼儿园覆盖率达到90%以上，"


def stamp(i):
    return f"{1700000000000 + i:013d}-{i % 65536:04x}-r{(i * 7919) % 20:02d}abcdef"


# Each field is written ten times in all, each change replacing the field's previous one.
ROWS = [(stamp(i), ENTITIES[i % len(ENTITIES)], FIELDS[(i // len(ENTITIES)) % len(FIELDS)], TEXT + str(i)) for i in range(N)]


def connect(name, foreign_keys=True):
    path = os.path.join(FOLDER, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    return db


def timed_pages(db, page_statements):
    start = time.perf_counter()
    for first in range(0, N, PAGE):
        statements = page_statements(ROWS[first:first + PAGE])
        db.execute("BEGIN")
        for sql, args in statements:
            db.executemany(sql, args)
        db.execute("COMMIT")
    return N / (time.perf_counter() - start)


def ceiling():
    db = connect("ceiling.db")
    db.execute("CREATE TABLE fv (entity TEXT NOT NULL, field TEXT NOT NULL, value TEXT, stamp TEXT NOT NULL, UNIQUE (entity, field))")
    return timed_pages(db, lambda page: [(
        "INSERT INTO fv VALUES (?, ?, ?, ?) ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, "
        "stamp = excluded.stamp WHERE excluded.stamp > fv.stamp", [(e, f, v, s) for (s, e, f, v) in page])])


def today(head_rows=True):
    """`head_rows=False`: the product since changeLog.v4, where a field's single head is the one field_value names and
    the head table (written only for fields with several heads, none in these rows) is not touched."""
    db = connect("today.db")
    db.executescript("""
        CREATE TABLE entity (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, plan TEXT NOT NULL, office TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE change (seq INTEGER PRIMARY KEY AUTOINCREMENT, stamp TEXT NOT NULL UNIQUE, replica TEXT NOT NULL,
            entity TEXT NOT NULL REFERENCES entity(id), field TEXT NOT NULL, value TEXT, replaces TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL);
        CREATE INDEX change_field ON change(entity, field);
        CREATE TABLE replaced (stamp TEXT NOT NULL, by TEXT NOT NULL REFERENCES change(stamp), PRIMARY KEY (stamp, by)) WITHOUT ROWID;
        CREATE TABLE head (entity TEXT NOT NULL REFERENCES entity(id), field TEXT NOT NULL,
            stamp TEXT NOT NULL REFERENCES change(stamp), PRIMARY KEY (entity, field, stamp)) WITHOUT ROWID;
        CREATE TABLE field_value (entity TEXT NOT NULL REFERENCES entity(id), field TEXT NOT NULL, value TEXT,
            stamp TEXT NOT NULL REFERENCES change(stamp), UNIQUE (entity, field));
        """)
    db.executemany("INSERT INTO entity VALUES (?, 'section', 'p1', 'o1')", [(e,) for e in ENTITIES])
    last = {}

    def page_statements(page):
        changes, edges, heads, gone = [], [], [], []
        for (s, e, f, v) in page:
            previous = last.get((e, f))
            last[(e, f)] = s
            changes.append((s, s[-8:], e, f, v, previous or "", "u1"))
            heads.append((e, f, s))
            if previous:
                edges.append((previous, s))
                gone.append((e, f, previous))
        head_statements = [
            ("INSERT OR IGNORE INTO head SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM replaced WHERE stamp = ?3)", heads),
            ("DELETE FROM head WHERE entity = ? AND field = ? AND stamp = ?", gone),
        ] if head_rows else []
        return [
            ("INSERT INTO change (stamp, replica, entity, field, value, replaces, author) VALUES (?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (stamp) DO NOTHING", changes),
            ("INSERT OR IGNORE INTO replaced VALUES (?, ?)", edges),
        ] + head_statements + [
            ("INSERT INTO field_value VALUES (?, ?, ?, ?) ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, "
             "stamp = excluded.stamp WHERE excluded.stamp > field_value.stamp", [(e, f, v, s) for (s, e, f, v) in page]),
        ]
    return timed_pages(db, page_statements)


def integer_keys():
    db = connect("integer.db")
    db.executescript("""
        CREATE TABLE entity (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, plan TEXT NOT NULL, office TEXT NOT NULL);
        CREATE TABLE change (seq INTEGER PRIMARY KEY, hlc INTEGER NOT NULL, rep INTEGER NOT NULL,
            entity INTEGER NOT NULL REFERENCES entity(n), field INTEGER NOT NULL, value TEXT, replaces TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL, UNIQUE (hlc, rep));
        CREATE INDEX change_field ON change(entity, field);
        CREATE TABLE replaced (hlc INTEGER NOT NULL, rep INTEGER NOT NULL, by INTEGER NOT NULL REFERENCES change(seq),
            PRIMARY KEY (hlc, rep, by)) WITHOUT ROWID;
        CREATE TABLE head (entity INTEGER NOT NULL, field INTEGER NOT NULL, seq INTEGER NOT NULL REFERENCES change(seq),
            PRIMARY KEY (entity, field, seq)) WITHOUT ROWID;
        CREATE TABLE field_value (entity INTEGER NOT NULL REFERENCES entity(n), field INTEGER NOT NULL, value TEXT,
            hlc INTEGER NOT NULL, rep INTEGER NOT NULL, seq INTEGER NOT NULL REFERENCES change(seq), PRIMARY KEY (entity, field));
        """)
    numbers = {e: i + 1 for i, e in enumerate(ENTITIES)}
    fields = {f: i + 1 for i, f in enumerate(FIELDS)}
    db.executemany("INSERT INTO entity VALUES (?, ?, 'section', 'p1', 'o1')", [(n, e) for e, n in numbers.items()])
    last = {}
    seq = [0]

    def page_statements(page):
        changes, edges, heads, gone, values = [], [], [], [], []
        for (s, e, f, v) in page:
            seq[0] += 1
            hlc, rep = int(s[:13]) << 16 | int(s[14:18], 16), int(s[20:22]) + 1
            entity, field = numbers[e], fields[f]
            previous = last.get((entity, field))
            last[(entity, field)] = (hlc, rep, seq[0])
            changes.append((seq[0], hlc, rep, entity, field, v, "", "u1"))
            heads.append((entity, field, seq[0], hlc, rep))
            values.append((entity, field, v, hlc, rep, seq[0]))
            if previous:
                edges.append((previous[0], previous[1], seq[0]))
                gone.append((entity, field, previous[2]))
        return [
            ("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", changes),
            ("INSERT OR IGNORE INTO replaced VALUES (?, ?, ?)", edges),
            ("INSERT OR IGNORE INTO head SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM replaced WHERE hlc = ?4 AND rep = ?5)", heads),
            ("DELETE FROM head WHERE entity = ? AND field = ? AND seq = ?", gone),
            ("INSERT INTO field_value VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, field) DO UPDATE SET value = excluded.value, "
             "hlc = excluded.hlc, rep = excluded.rep, seq = excluded.seq WHERE excluded.hlc > field_value.hlc "
             "OR (excluded.hlc = field_value.hlc AND excluded.rep > field_value.rep)", values),
        ]
    return timed_pages(db, page_statements)


def value_once(foreign_keys=True, history_index=True, edge_by_stamp=False):
    """`edge_by_stamp`: `replaced.by` names the replacing change by its stamp, as the product does, not by its rowid."""
    db = connect("once.db", foreign_keys)
    by = "by TEXT NOT NULL REFERENCES change(stamp)" if edge_by_stamp else "by INTEGER NOT NULL REFERENCES change(seq)"
    db.executescript("""
        CREATE TABLE entity (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, plan TEXT NOT NULL, office TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE change (seq INTEGER PRIMARY KEY, stamp TEXT NOT NULL UNIQUE, replica TEXT NOT NULL,
            entity TEXT NOT NULL REFERENCES entity(id), field TEXT NOT NULL, value TEXT, replaces TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL);
        CREATE TABLE replaced (stamp TEXT NOT NULL, """ + by + """, PRIMARY KEY (stamp, by)) WITHOUT ROWID;
        CREATE TABLE field_value (entity TEXT NOT NULL REFERENCES entity(id), field TEXT NOT NULL, stamp TEXT NOT NULL,
            seq INTEGER NOT NULL REFERENCES change(seq), PRIMARY KEY (entity, field)) WITHOUT ROWID;
        """ + ("CREATE INDEX change_field ON change(entity, field);" if history_index else ""))
    db.executemany("INSERT INTO entity VALUES (?, 'section', 'p1', 'o1')", [(e,) for e in ENTITIES])
    last = {}
    seq = [0]

    def page_statements(page):
        changes, edges, values = [], [], []
        for (s, e, f, v) in page:
            seq[0] += 1
            previous = last.get((e, f))
            last[(e, f)] = s
            changes.append((seq[0], s, s[-8:], e, f, v, previous or "", "u1"))
            values.append((e, f, s, seq[0]))
            if previous:
                edges.append((previous, s if edge_by_stamp else seq[0]))
        return [
            ("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stamp) DO NOTHING", changes),
            ("INSERT OR IGNORE INTO replaced VALUES (?, ?)", edges),
            ("INSERT INTO field_value VALUES (?, ?, ?, ?) ON CONFLICT (entity, field) DO UPDATE SET stamp = excluded.stamp, "
             "seq = excluded.seq WHERE excluded.stamp > field_value.stamp", values),
        ]
    return timed_pages(db, page_statements)




print(f"SQLite {sqlite3.sqlite_version}, {N:,} changes in pages of {PAGE:,}, {RUNS} runs, in {FOLDER}")
variants = [("product now (v4, v7)", lambda: today(head_rows=False)), ("value once, replaced.by a stamp", lambda: value_once(edge_by_stamp=True)), ("before v4 (head rows)", today), ("integer keys", integer_keys), ("value once", value_once),
            ("value once, no FK probes", lambda: value_once(False)),
            ("value once, no FK, no history idx", lambda: value_once(False, False))]
for run in range(RUNS):
    top = ceiling()
    print(f"run {run + 1}: ceiling {top:,.0f}/s")
    for name, variant in variants:
        rate = variant()
        print(f"  {name:36} {rate:9,.0f}/s  {top / rate:5.2f}x from the ceiling")
for name in os.listdir(FOLDER):
    os.remove(os.path.join(FOLDER, name))
os.rmdir(FOLDER)
