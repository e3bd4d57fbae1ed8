"""json dumps/loads of a record list, and re search/findall/sub over a log."""
import json
import re


def records(n):
    return [{'id': i, 'name': 'user%d' % i, 'score': i * 1.25, 'tags': ['a', 'b', str(i % 7)],
             'active': i % 3 == 0, 'meta': {'x': [1, 2, 3], 'y': None, 'z': 'caf\u00e9'}} for i in range(n)]


def json_round_trips(data, rounds):
    size = 0
    for _ in range(rounds):
        text = json.dumps(data)
        back = json.loads(text)
        size += len(text) + len(back)
    pretty = json.dumps(data[:50], indent=2, sort_keys=True)
    return size, len(pretty), back == data


def log_lines(n):
    return ['2024-01-%02d 12:%02d:%02d [%s] user%d@example.com GET /page/%d status=%d' %
            (i % 28 + 1, i % 60, (i * 7) % 60, ('INFO', 'WARN', 'ERROR')[i % 3], i, i % 97, 200 + i % 5)
            for i in range(n)]


def regex_work(lines, rounds):
    line_re = re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d) \[(\w+)\] (\S+)@(\S+) GET (\S+) status=(\d+)$')
    text = '\n'.join(lines)
    errors = emails = subs = 0
    for _ in range(rounds):
        for line in lines:
            m = line_re.search(line)
            if m and m.group(5) == 'ERROR':
                errors += 1
        emails += len(re.findall(r'(\w+)@(\w+)\.com', text))
        out = re.sub(r'status=(\d+)', r'code:\1', text)
        subs += out.count('code:')
        subs += len(re.sub(r'user(\d+)', lambda m: 'u' + m.group(1)[::-1], text))
    return errors, emails, subs


data = records(3000)
print(json_round_trips(data, 6))
print(regex_work(log_lines(6000), 3))
