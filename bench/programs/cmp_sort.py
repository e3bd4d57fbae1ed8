"""sorted() and list.sort() with functools.cmp_to_key: multi-field
comparisons of records, version strings and a reversed numeric order."""
from functools import cmp_to_key


def make_records(n):
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(('dept%d' % (x % 13), x % 1000, 'name%d' % (x % 7919), i))
    return out


def by_dept_then_score_desc(a, b):
    if a[0] != b[0]:
        return -1 if a[0] < b[0] else 1
    if a[1] != b[1]:
        return b[1] - a[1]
    return (a[2] > b[2]) - (a[2] < b[2])


def version_cmp(a, b):
    pa = [int(p) for p in a.split('.')]
    pb = [int(p) for p in b.split('.')]
    return (pa > pb) - (pa < pb)


def make_versions(n):
    x = 7
    out = []
    for _ in range(n):
        x = (x * 69069 + 1) % 4294967296
        out.append('%d.%d.%d' % (x % 5, (x >> 8) % 20, (x >> 16) % 100))
    return out


records = make_records(40000)
total = 0
for _ in range(3):
    s = sorted(records, key=cmp_to_key(by_dept_then_score_desc))
    total += s[0][3] + s[-1][3]
versions = make_versions(20000)
v = sorted(versions, key=cmp_to_key(version_cmp))
nums = list(range(60000))
nums.sort(key=cmp_to_key(lambda a, b: (b % 1000 - a % 1000) or (a - b)))
key = cmp_to_key(by_dept_then_score_desc)
print(total, s[:2], v[:3], v[-3:], nums[:5], key(records[0]) < key(records[1]))
