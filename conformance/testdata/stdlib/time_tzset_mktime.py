# time.tzset re-reads TZ (zone names, POSIX "STDoffset" values, empty) and
# resets tzname/timezone/altzone/daylight; time.mktime follows tm_isdst 0
# and 1 across DST changes as the C library does.
import os
import time

cases = [(2024, 3, 10, 2, 30), (2024, 3, 10, 1, 30), (2024, 3, 10, 3, 30), (2024, 11, 3, 1, 30),
         (2024, 11, 3, 0, 30), (2024, 11, 3, 2, 30), (2024, 7, 1, 12, 0), (2024, 1, 1, 12, 0),
         (2024, 3, 31, 1, 30), (2024, 10, 27, 1, 30), (2024, 4, 7, 1, 45), (2024, 2, 30, 25, 61)]
for tz in ('America/New_York', 'UTC', 'Australia/Lord_Howe', 'Europe/Dublin', 'Europe/London',
           'Asia/Kolkata', 'EST+5', 'JST-9', '<+0330>-3:30', 'UTC0', ''):
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    for c in cases:
        print(c, [time.mktime(c + (0, 0, 0, d)) for d in (0, 1)])
    for t in (0, 1.7e9, 1.72e9):
        lt = time.localtime(t)
        print(lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime('%Z %z', lt))
# -1 lets mktime guess, which is certain away from a change
os.environ['TZ'] = 'America/New_York'
time.tzset()
print([time.mktime(c + (0, 0, 0, -1)) for c in cases if c[1] not in (3, 11)])
del os.environ['TZ']
time.tzset()
print(time.mktime(time.localtime(1.7e9)) == 1.7e9)
