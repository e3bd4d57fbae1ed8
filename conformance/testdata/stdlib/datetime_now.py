import time as _time
from datetime import datetime, date, timedelta, timezone

t0 = _time.time()
now, utcnow, today = datetime.now(), datetime.utcnow(), date.today()
aware = datetime.now(timezone.utc)
t1 = _time.time()
print(type(now).__name__, type(today).__name__, now.tzinfo, utcnow.tzinfo, aware.tzinfo)
print(abs(aware.timestamp() - t0) < 5, abs(now.timestamp() - t0) < 5, abs((aware.replace(tzinfo=None) - utcnow).total_seconds()) < 5)
print(now.date() == today or now.date() - today == timedelta(1), datetime.today().tzinfo is None)
local = now.astimezone()
print(type(local.tzinfo).__name__, abs((local - aware).total_seconds()) < 5, local.replace(tzinfo=None) == now)
print(local.utcoffset() == local.tzinfo.utcoffset(None), isinstance(local.tzname(), str))
for ts in [0, 86400 * 365.25 * 30, 1700000000.5, 1e9 + 0.25, -86400 * 3]:
    lt = datetime.fromtimestamp(ts)
    print(ts, lt.timestamp() == ts, datetime.fromtimestamp(ts, timezone.utc).timestamp() == ts, date.fromtimestamp(ts) == lt.date())
    print(lt.astimezone(timezone.utc) == datetime.fromtimestamp(ts, timezone.utc), lt.astimezone(timezone.utc).replace(tzinfo=None) == datetime.utcfromtimestamp(ts))
print(datetime(2024, 1, 1, 12).astimezone(timezone.utc).timestamp() == datetime(2024, 1, 1, 12).timestamp())
print(datetime.fromtimestamp(t1).timestamp() == t1 or abs(datetime.fromtimestamp(t1).timestamp() - t1) < 1e-6)
