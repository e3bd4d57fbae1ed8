from datetime import datetime, timedelta, timezone, tzinfo, time, UTC

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'Z0'), timezone(timedelta(hours=5, minutes=30)),
         timezone(-timedelta(hours=8), 'PST'), timezone(timedelta(seconds=3723, microseconds=5)), timezone.min, timezone.max]
for z in zones:
    print(repr(z), str(z), z.utcoffset(None), z.dst(None), z.tzname(None), z == timezone.utc, hash(z) == hash(z.utcoffset(None)))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc, timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'))
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
d = datetime(2024, 3, 10, 12, 0, tzinfo=ist)
print(repr(d), d, d.utcoffset(), d.tzname(), d.dst(), d.timestamp(), d.astimezone(timezone.utc), d.astimezone(timezone.utc).tzname())
print(d.astimezone(ist) is d, d.astimezone(timezone(-timedelta(hours=3))), d == d.astimezone(timezone.utc), hash(d) == hash(d.astimezone(timezone.utc)))
print(d - datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc), d < datetime(2024, 3, 10, 7, tzinfo=timezone.utc), datetime.fromtimestamp(0, ist))
print(ist.fromutc(datetime(2024, 1, 1, tzinfo=ist)), d.utctimetuple()[:6], d.timetuple().tm_isdst)
show('fromutc other', lambda: ist.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
show('fromutc type', lambda: ist.fromutc(5))
show('utcoffset arg', lambda: ist.utcoffset(5))
show('range', lambda: timezone(timedelta(hours=24)))
show('arg1', lambda: timezone(5))
show('arg2', lambda: timezone(timedelta(0), 5))
show('none name', lambda: timezone(timedelta(0), None))
show('abstract', lambda: tzinfo().utcoffset(None))
show('subclass', lambda: type('Z', (timezone,), {}))

class Eastern(tzinfo):
    """US Eastern with the 2007 rules, enough for one year of tests."""
    def _dst_range(self, year):
        start = datetime(year, 3, 8, 2) + timedelta(6 - datetime(year, 3, 8).weekday())
        end = datetime(year, 11, 1, 2) + timedelta(6 - datetime(year, 11, 1).weekday())
        return start, end
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_range(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1) or (start <= naive < start + timedelta(hours=1) and not dt.fold):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end and not dt.fold:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self):
        return 'Eastern()'

et = Eastern()
for h in range(3, 9):
    u = datetime(2024, 11, 3, h, 30, tzinfo=timezone.utc)
    loc = u.astimezone(et)
    print(u.time(), loc, loc.fold, loc.tzname(), loc.astimezone(timezone.utc) == u)
amb = datetime(2024, 11, 3, 1, 30, tzinfo=et)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb == amb.replace(fold=1), amb == amb.astimezone(timezone.utc))
print(repr(amb.replace(fold=1)), datetime(2024, 7, 1, 12, tzinfo=et).timetuple().tm_isdst, datetime(2024, 1, 1, tzinfo=et).timetuple().tm_isdst)
print(datetime.now(et).tzinfo is et, datetime.fromtimestamp(1720000000, et), datetime(2024, 7, 4, tzinfo=et).strftime('%H:%M %Z %z'))
