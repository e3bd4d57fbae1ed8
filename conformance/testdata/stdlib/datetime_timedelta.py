from datetime import timedelta

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

td = timedelta
for args, kw in [((), {}), ((1,), {}), ((0, 5, 3), {}), ((-1,), {}), ((), {'hours': -1}),
                 ((), {'weeks': 1, 'days': -8, 'milliseconds': 1500}), ((1.5, 0.25),  {}),
                 ((), {'microseconds': 2.5}), ((), {'microseconds': 3.5}), ((), {'seconds': -0.0000015}),
                 ((0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5), {}), ((), {'days': True, 'minutes': 90})]:
    d = td(*args, **kw)
    print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds(), bool(d))

a, b = td(days=2, hours=3), td(hours=5, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(-a), a * 3, 3 * b, a * 0.5, a * -1.25)
print(a / b, a // b, a % b, divmod(a, b), a / 4, a // 4, a / 0.3, td(seconds=1) / 3, td(seconds=-7) // 2)
print(a == td(hours=51), a != b, a < b, a > b, a <= a, max(a, b), sorted([b, a, td(0)]))
print(hash(td(1)) == hash(td(hours=24)), len({td(1), td(days=1), td(0)}), td(1) == 1, td(0) != None)
print(repr(td.min), repr(td.max), repr(td.resolution), str(td.min), str(td.max))
print(td.max.total_seconds(), td(microseconds=-1).total_seconds(), str(td(-1, 5, 1)), str(td(2)))
print(sum([td(hours=7)] * 5, td()), td(minutes=1) * 1.1, round(td(hours=1) / td(minutes=7), 6))
show('overflow', lambda: td(days=10 ** 9))
show('max+1', lambda: td.max + td.resolution)
show('badtype', lambda: td('1'))
show('div0', lambda: td(1) / 0)
show('floordiv0', lambda: td(1) // td(0))
show('truediv0', lambda: td(1) / td(0))
show('mod0', lambda: td(1) % td(0))
show('add int', lambda: td(1) + 1)
show('mul str', lambda: td(1) * 'x')
show('lt int', lambda: td(1) < 1)
show('mul float big', lambda: td(1) * 1e10)
class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600
s = Span(hours=36)
print(repr(s), s.hours(), type(s + s).__name__, type(-s).__name__, isinstance(s, timedelta))
import copy
print(copy.copy(a) == a, copy.deepcopy(s) == s, type(copy.copy(s)).__name__)
