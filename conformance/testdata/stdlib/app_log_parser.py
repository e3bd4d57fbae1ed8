"""An access-log analyser: parses lines with a verbose regex, aggregates
with collections, and prints a report."""
import re
from collections import Counter, defaultdict, deque, namedtuple

LOG = r'''
10.0.0.1 - alice [28/Nov/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
10.0.0.2 - - [28/Nov/2026:10:00:02 +0000] "GET /api/items?page=2 HTTP/1.1" 200 830 0.105
10.0.0.1 - alice [28/Nov/2026:10:00:05 +0000] "POST /api/items HTTP/1.1" 201 64 0.230
10.0.0.3 - bob [28/Nov/2026:10:01:10 +0000] "GET /missing HTTP/1.1" 404 0 0.003
garbage line that does not parse
10.0.0.2 - - [28/Nov/2026:10:01:11 +0000] "GET /api/items?page=3 HTTP/1.1" 500 12 1.502
10.0.0.4 - carol [28/Nov/2026:10:02:00 +0000] "DELETE /api/items/7 HTTP/2.0" 204 0 0.044
10.0.0.3 - bob [28/Nov/2026:10:02:30 +0000] "GET /index.html HTTP/1.1" 304 0 0.001
10.0.0.1 - alice [28/Nov/2026:10:03:00 +0000] "GET /api/items?page=1 HTTP/1.1" 200 910 0.098
10.0.0.5 - - [28/Nov/2026:11:15:42 +0000] "GET /admin HTTP/1.1" 403 9 0.002
10.0.0.2 - - [28/Nov/2026:11:16:00 +0000] "GET /api/items?page=4 HTTP/1.1" 503 12 2.001
'''

LINE = re.compile(r'''
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\S+)\s+
    \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<hour>\d\d):(?P<min>\d\d):(?P<sec>\d\d)\s[+-]\d{4}\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\s(?P<proto>HTTP/[\d.]+)"\s+
    (?P<status>\d{3})\s(?P<size>\d+)\s(?P<secs>[\d.]+)$
''', re.VERBOSE)
Hit = namedtuple('Hit', 'ip user hour method path status size secs')

hits, bad = [], []
for n, line in enumerate(LOG.strip().splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    hits.append(Hit(d['ip'], None if d['user'] == '-' else d['user'], int(d['hour']), d['method'],
                    d['path'], int(d['status']), int(d['size']), float(d['secs'])))

print('parsed', len(hits), 'bad lines', bad)
by_status = Counter(h.status // 100 * 100 for h in hits)
print('status classes', sorted(by_status.items()))
print('top paths', Counter(h.path for h in hits).most_common(2))
per_ip = defaultdict(list)
for h in hits:
    per_ip[h.ip].append(h.secs)
for ip, secs in sorted(per_ip.items()):
    print(f'{ip:<10} n={len(secs)} total={sum(secs):.3f} max={max(secs):.3f}')
users = Counter(h.user for h in hits if h.user)
print('users', dict(sorted(users.items())), 'anonymous', sum(1 for h in hits if h.user is None))
per_hour = defaultdict(Counter)
for h in hits:
    per_hour[h.hour][h.method] += 1
print({hour: dict(c) for hour, c in sorted(per_hour.items())})
window = deque(maxlen=6)
alerts = []
for h in hits:
    window.append(h.status >= 500)
    if sum(window) >= 2:
        alerts.append(h.path)
print('alerts', alerts)
pages = sorted(int(q) for q in re.findall(r'page=(\d+)', LOG))
print('pages', pages, 'bytes', sum(h.size for h in hits))
redacted = re.sub(r'\b(\d+)\.(\d+)\.\d+\.(\d+)\b', lambda m: f'{m[1]}.{m[2]}.x.{m[3]}', LOG.strip().splitlines()[0])
print(redacted)
slow = [h._replace(secs=round(h.secs)) for h in hits if h.secs > 1]
print(slow)
