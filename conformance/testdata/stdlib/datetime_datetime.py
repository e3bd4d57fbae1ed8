from datetime import datetime, date, time, timedelta, timezone

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

dt = datetime(2024, 2, 29, 13, 45, 30, 123456)
print(repr(dt), str(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, fold=1)))
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal())
print(dt.timetuple())
print(dt.utctimetuple())
print(dt.replace(year=2023, day=28), dt.replace(microsecond=0, tzinfo=timezone.utc), dt.replace(fold=1).fold)
print(dt + timedelta(days=1, hours=11), dt - timedelta(weeks=9), timedelta(microseconds=543211) + dt)
print(dt - datetime(2000, 1, 1), datetime(2000, 1, 1) - dt, dt - dt)
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.combine(dt, time(1), timezone.utc))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc, fold=1))))
print(datetime.fromordinal(738000), datetime.fromisocalendar(2020, 1, 1), datetime.utcfromtimestamp(0))
for t in [0, 1.5, -1.5, 1700000000.123456, 1e9 + 0.0000005, -0.0000015, 86399.9999996, 2 ** 33]:
    print(t, datetime.utcfromtimestamp(t), datetime.fromtimestamp(t, timezone.utc))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, timezone.utc).timestamp())
print(dt == datetime(2024, 2, 29, 13, 45, 30, 123456), dt > datetime(2024, 2, 29), dt == dt.date(), dt != dt.date())
print(hash(dt) == hash(dt.replace()), sorted([dt, datetime.min, datetime(2000, 1, 1)]), isinstance(dt, date))
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
show('overflow', lambda: datetime.max + timedelta(microseconds=1))
show('underflow', lambda: datetime.min - timedelta(1))
show('lt date', lambda: dt < date(2024, 1, 1))
show('date lt', lambda: date(2024, 1, 1) < dt)
show('sub date', lambda: dt - date(2024, 1, 1))
show('date sub', lambda: date(2024, 1, 1) - dt)
show('add int', lambda: dt + 1)
show('day', lambda: datetime(2023, 2, 29))
show('hour', lambda: datetime(2023, 2, 28, 24))
show('combine', lambda: datetime.combine(1, time()))
show('sep', lambda: dt.isoformat(sep='ab'))
show('utcfromts', lambda: datetime.utcfromtimestamp(1e20))
show('year', lambda: datetime.utcfromtimestamp(-1e12))
show('aware-naive', lambda: dt - dt.replace(tzinfo=timezone.utc))
show('naive<aware', lambda: dt < dt.replace(tzinfo=timezone.utc))
print(dt == dt.replace(tzinfo=timezone.utc))
class Stamp(datetime):
    def label(self):
        return self.strftime('%Y%m%d')
s = Stamp(2021, 7, 4, 12)
print(repr(s), s.label(), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__)
print(type(Stamp.utcfromtimestamp(0)).__name__, type(Stamp.fromisoformat('2020-01-01')).__name__, type(s.replace(hour=1)).__name__)
import copy
print(copy.copy(dt) == dt, copy.deepcopy(s), copy.copy(dt.replace(fold=1)).fold)
