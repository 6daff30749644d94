#!/usr/bin/env python3
"""Regenerates samples/bad/ (tiny malformed inputs for ingest tests). Deterministic."""
import json, os, random

BAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bad")
os.makedirs(BAD, exist_ok=True)
p = lambda n: os.path.join(BAD, n)

open(p("empty.txt"), "wb").close()

rnd = random.Random(20241018)
data = bytes(rnd.randrange(256) for _ in range(512))
data = data[:40] + b"\x00\x00\x00" + data[40:200] + b"\x00" + data[200:]
open(p("binary.txt"), "wb").write(data)

cp = ("Jakarta (ANTARA) – Pengelola kafe “Café René” di kawasan Menteng, Jakarta Pusat, mengatakan jumlah pengunjung naik "
      "hampir dua kali lipat sejak festival kuliner digelar pada akhir pekan. “Kami sampai menambah tiga orang barista,” kata "
      "pemiliknya, René Siahaan, Sabtu (9/11/2024). Menu crème brûlée dan kopi susu gula aren menjadi yang paling laris.\r\n")
open(p("cp1252.txt"), "wb").write(cp.encode("cp1252"))

lines = [
    json.dumps({"id": "bad-valid-1", "outlet": "Suara.com", "url": "https://www.suara.com/news/contoh-valid",
                "published": "2024-10-24T03:15:00Z", "title": "Contoh Rekaman Valid",
                "text": "Suara.com - Ini paragraf pertama contoh rekaman yang sah.\n\nIni paragraf kedua, Kamis (24/10/2024)."},
               ensure_ascii=False),
    '{"id": "bad-broken-2", "outlet": "Kompas.com", "text": "Rekaman ini terpotong di tengah jalan,',
    json.dumps({"id": "bad-extra-3", "outlet": "Tempo", "url": "https://www.tempo.co/contoh-ekstra",
                "published": "2024-10-23T08:00:00Z", "title": "Rekaman dengan Kolom Tambahan",
                "text": "TEMPO.CO, Jakarta - Rekaman ini sah, tetapi membawa kolom yang tidak dikenal.\n\nKolom tambahan harus diabaikan.",
                "category": "internasional", "author": {"name": "Redaksi"}, "tags": ["contoh", "uji"]}, ensure_ascii=False),
    json.dumps({"outlet": "Jepara Pos", "url": "https://jeparapos.example/tanpa-id", "published": "2024-10-18T10:30:00Z",
                "title": "Rekaman Tanpa ID",
                "text": "Jepara Pos – Rekaman ini sah tetapi tidak memiliki kolom id.\n\nPembaca harus membuat id sendiri atau melewatinya."},
               ensure_ascii=False),
]
open(p("mixed.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
open(p("not-article.txt"), "w").write("halaman tidak ditemukan\n")
print("wrote", sorted(os.listdir(BAD)))
