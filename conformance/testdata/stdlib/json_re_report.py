# An application-style program: parse a log with re, summarise it, and
# emit a JSON report with checksums, as a small ops tool would.
import base64
import hashlib
import json
import math
import random
import re
import struct
from decimal import Decimal, ROUND_HALF_UP

random.seed(2024)
levels = ['INFO', 'WARN', 'ERROR']
paths = ['/api/users', '/api/orders', '/health', '/static/app.js']
lines = []
for i in range(200):
    lvl = random.choices(levels, weights=[70, 20, 10])[0]
    ms = round(random.expovariate(1 / 40), 1)
    lines.append('2024-03-%02d 10:%02d:%02d %-5s %s %s %sms' % (
        random.randint(1, 28), random.randrange(60), random.randrange(60), lvl,
        random.choice(['GET', 'POST']), random.choice(paths), ms))

LINE = re.compile(r'''
    (?P<date>\d{4}-\d\d-\d\d)\s(?P<time>[\d:]{8})\s+
    (?P<level>[A-Z]+)\s+(?P<method>GET|POST)\s(?P<path>/\S*)\s
    (?P<ms>\d+(?:\.\d+)?)ms$''', re.VERBOSE)

stats = {}
levels_seen = {}
for line in lines:
    m = LINE.match(line)
    if not m:
        raise SystemExit('bad line: ' + line)
    d = m.groupdict()
    levels_seen[d['level']] = levels_seen.get(d['level'], 0) + 1
    s = stats.setdefault(d['path'], {'count': 0, 'total_ms': 0.0, 'max_ms': 0.0, 'methods': {}})
    s['count'] += 1
    s['total_ms'] += float(d['ms'])
    s['max_ms'] = max(s['max_ms'], float(d['ms']))
    s['methods'][d['method']] = s['methods'].get(d['method'], 0) + 1

report = {'generated': 'static', 'levels': levels_seen, 'paths': {}}
for path, s in sorted(stats.items()):
    mean = s['total_ms'] / s['count']
    report['paths'][path] = {
        'count': s['count'],
        'mean_ms': float(Decimal(mean).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)),
        'max_ms': s['max_ms'],
        'log_mean': round(math.log(mean), 6),
        'methods': s['methods'],
    }
text = json.dumps(report, indent=2, sort_keys=True)
print(text)
digest = hashlib.sha256(text.encode()).hexdigest()
print('sha256', digest[:16], 'md5', hashlib.md5(text.encode()).hexdigest()[:8])
packed = struct.pack('<I%ds' % len(digest), len(digest), digest.encode())
print(base64.b64encode(packed[:24]).decode(), struct.unpack('<I', packed[:4])[0])
assert json.loads(text) == json.loads(json.dumps(report))
errors = [l for l in lines if re.search(r'\bERROR\b', l)]
print(len(errors), re.sub(r'(\d+)\.(\d)ms$', r'\1ms', errors[0]) if errors else None)
print(re.findall(r'/api/(\w+)', ' '.join(lines))[:5], sorted(set(re.findall(r'(GET|POST) (/\w+)', ' '.join(lines))))[:3])
