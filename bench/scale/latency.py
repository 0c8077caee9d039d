#!/usr/bin/env python3
"""One keep-alive connection, one request at a time: p50/p99 of /api/search over a query file.

Every request carries a unique extra parameter, so the site's output cache (which varies by every parameter) never
answers and each figure is a real search. One unmeasured pass warms the JIT and the index caches first.

    latency.py HOST:PORT QUERIES [PASSES]   → prints "p50_ms=… p99_ms=… n=…"
"""
import http.client, sys, time, urllib.parse

host, queries, passes = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3
qs = [l.strip() for l in open(queries, encoding='utf-8') if l.strip()]
conn = http.client.HTTPConnection(host, timeout=60)
n = 0
def get(q):
    global n
    n += 1
    conn.request('GET', '/api/search?q=' + urllib.parse.quote(q) + f'&u={n}')
    r = conn.getresponse(); r.read()
    if r.status != 200:
        raise SystemExit(f'{r.status} for {q}')
for q in qs:
    get(q)
times = []
for _ in range(passes):
    for q in qs:
        t = time.perf_counter(); get(q); times.append((time.perf_counter() - t) * 1000)
times.sort()
pct = lambda p: times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)]
print(f'p50_ms={pct(50):.2f} p99_ms={pct(99):.2f} n={len(times)}')
