#!/usr/bin/env python3
"""CPU cost of the ledger's FTS5 index per document under a few options, with Python's sqlite3
(WAL, synchronous=NORMAL, transactions of 200 inserts, as ingest writes). Not the JVM's SQLite build,
so read the ratios between rows. Usage: bench/fts5-options.py CORPUS.jsonl.gz [DOCS] [ROUNDS]"""
import gzip, json, os, sqlite3, sys, tempfile, time

path = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 2
docs = []
with gzip.open(path, "rt", encoding="utf-8") as f:
    for line in f:
        if len(docs) >= limit:
            break
        d = json.loads(line)
        docs.append((d.get("title") or "", d.get("text") or ""))
work = tempfile.mkdtemp()

def run(label, fts_opts="", setup=(), batch=200, fts=True):
    p = os.path.join(work, label + ".db")
    c = sqlite3.connect(p, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-65536"):
        c.execute("PRAGMA " + pragma)
    c.execute("CREATE TABLE documents(id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
    if fts:
        c.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents',"
                  " content_rowid='id', tokenize='unicode61 remove_diacritics 2'" + fts_opts + ")")
        c.execute("CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN INSERT INTO"
                  " documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
        for s in setup:
            c.execute(s)
    t0 = time.process_time()
    for i in range(0, len(docs), batch):
        c.execute("BEGIN IMMEDIATE")
        c.executemany("INSERT INTO documents(title, text) VALUES (?, ?)", docs[i:i + batch])
        c.execute("COMMIT")
    t = time.process_time() - t0
    c.close()
    size = sum(os.path.getsize(p + s) for s in ("", "-wal") if os.path.exists(p + s))
    print(f"{label:22s} cpu {t:6.2f} s  {1000 * t / len(docs):.2f} ms/doc  size {size // 1048576} MB", flush=True)
    for s in ("", "-wal", "-shm"):
        if os.path.exists(p + s):
            os.remove(p + s)

print(f"# {len(docs)} documents of {os.path.basename(path)}, sqlite {sqlite3.sqlite_version}, load {os.getloadavg()[0]:.2f}")
for _ in range(rounds):
    run("no-fts", fts=False)
    run("fts-default")
    run("fts-batch-1000", batch=1000)
    run("fts-automerge-8", setup=["INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 8)"])
    run("fts-detail-column", ", detail=column")
