from datetime import time, timezone, timedelta, tzinfo

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for t in [time(), time(12), time(12, 30), time(12, 30, 5), time(12, 30, 5, 250), time(23, 59, 59, 999999),
          time(1, 2, tzinfo=timezone.utc), time(1, 2, 3, fold=1), time(4, 5, 6, 7, timezone(timedelta(hours=-3, minutes=-30)))]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.tzname(), t.dst())
t = time(13, 4, 5, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(13, 4).isoformat(timespec=spec))
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc), t.replace(fold=1).fold)
print(t.strftime('%H|%M|%S|%f|%p|%I|%Y|%j|%z|%Z'), format(t, '%H.%M'), format(t), f'{t:%I:%M %p}')
a, b = time(10, tzinfo=timezone(timedelta(hours=2))), time(8, tzinfo=timezone.utc)
print(a == b, hash(a) == hash(b), a < time(9, tzinfo=timezone.utc), time(1) == time(1, fold=1), hash(time(1)) == hash(time(1, fold=1)))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc), bool(time()), time(5) == 5)
print(sorted([time(5), time(1, 30), time(23)]), time.min, time.max, time.resolution)
show('naive<aware', lambda: time(1) < time(1, tzinfo=timezone.utc))
show('hour', lambda: time(24))
show('minute', lambda: time(1, 60))
show('second', lambda: time(1, 1, 60))
show('us', lambda: time(1, 1, 1, 10 ** 6))
show('fold', lambda: time(fold=2))
show('tz', lambda: time(tzinfo=1))
show('spec', lambda: t.isoformat('nanos'))
show('lt', lambda: time(1) < 1)
class Odd(tzinfo):
    def utcoffset(self, dt):
        return 5
show('bad offset', lambda: time(1, tzinfo=Odd()).utcoffset())
class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=24)
    def tzname(self, dt):
        return 7
show('big offset', lambda: time(1, tzinfo=Big()).isoformat())
show('bad name', lambda: time(1, tzinfo=Big()).tzname())
import copy
print(copy.copy(t) == t, copy.deepcopy(time(1, fold=1)).fold)
