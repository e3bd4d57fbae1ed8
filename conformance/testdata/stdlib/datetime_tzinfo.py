# tzinfo subclasses: None offsets, fixed offsets, the default fromutc and
# its errors, and aware arithmetic across zones.
from datetime import *
def show(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
class NoneTZ(tzinfo):
    def utcoffset(self, dt): return None
    def dst(self, dt): return None
    def tzname(self, dt): return None
class Fixed(tzinfo):
    def __init__(self, h, name): self.off = timedelta(hours=h); self.name = name
    def utcoffset(self, dt): return self.off
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return self.name
    def __repr__(self): return 'Fixed(%r)' % self.name
class BadDst(Fixed):
    def dst(self, dt): return None
n = NoneTZ(); f1 = Fixed(2, 'F2'); f2 = Fixed(-3, 'F-3')
d = datetime(2024, 5, 6, 7, 8, 9, tzinfo=n)
print(d.utcoffset(), d.tzname(), d.dst(), d.isoformat(), str(d), d.timetuple().tm_isdst, d.tzinfo is n)
print(d == datetime(2024, 5, 6, 7, 8, 9), d == d.replace(tzinfo=None), hash(d) == hash(d.replace(tzinfo=None)))
show('cmp none naive', lambda: d < datetime(2024, 5, 6))
show('cmp none aware', lambda: d < datetime(2024, 5, 6, tzinfo=f1))
show('sub none naive', lambda: d - datetime(2024, 5, 6))
a = datetime(2024, 5, 6, 12, tzinfo=f1); b = datetime(2024, 5, 6, 7, tzinfo=f2)
print(a == b, a < b, b - a, a - b, hash(a) == hash(b), a.astimezone(f2), b.astimezone(f1), a.astimezone(timezone.utc))
print(a.strftime('%z %Z'), a.timetz(), a.timetz().utcoffset(), a.timetz().tzname(), a.utctimetuple()[:6])
show('fromutc none', lambda: n.fromutc(datetime(2024, 1, 1, tzinfo=n)))
show('fromutc baddst', lambda: BadDst(1, 'x').fromutc(datetime(2024, 1, 1, tzinfo=BadDst(1, 'x'))))
bd = BadDst(1, 'x')
show('fromutc baddst2', lambda: bd.fromutc(datetime(2024, 1, 1, tzinfo=bd)))
show('now custom', lambda: type(datetime.now(f1).tzinfo).__name__)
show('fromts custom', lambda: datetime.fromtimestamp(0, f1))
show('fromts none', lambda: datetime.fromtimestamp(0, n))
show('astz none', lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(n))
t1 = time(12, tzinfo=f1); t2 = time(7, tzinfo=f2)
print(t1 == t2, t1 < t2, hash(t1) == hash(t2), t1.isoformat(), t1.strftime('%H %z %Z'))
show('time none cmp', lambda: time(1, tzinfo=n) < time(2))
print(time(1, tzinfo=n) == time(1), time(1, tzinfo=n).isoformat())
print(repr(datetime.combine(date(2020,1,1), t1)), datetime.combine(date(2020,1,1), t1).astimezone(timezone.utc))
print(d.replace(tzinfo=None).tzinfo, repr(a.replace(tzinfo=None)), a.date(), a.time())
show('tzinfo base tzname', lambda: datetime(2020,1,1,tzinfo=tzinfo()).tzname())
import copy
print(copy.copy(a) == a, copy.copy(a).tzinfo is f1, copy.deepcopy(timezone(timedelta(hours=1), 'X')), copy.deepcopy(datetime(2020, 1, 1, tzinfo=timezone.utc)))
print(f1.__reduce__()[0].__name__, timezone(timedelta(hours=1), 'X').__reduce__())
