import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], len(t), tuple(t), t.tm_zone, t.tm_gmtoff)
print(isinstance(t, tuple), type(t).__name__)
print(time.gmtime(0))
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%', t))
print(time.strftime('%e %D %F %T %R %r %u %C %G %V %g', (2021, 1, 3, 7, 8, 9, 6, 3, 0)))
print(time.asctime(t), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(time.mktime(time.localtime(1700000000)))
print(time.localtime(1700000000)[:6] == time.localtime(1700000000.9)[:6])
st = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(st, st.tm_mday)
a, b = time.time(), time.time_ns()
print(type(a).__name__, type(b).__name__, abs(a - b / 1e9) < 5)
m1, p1, c1 = time.monotonic(), time.perf_counter(), time.process_time()
time.sleep(0.02)
print(time.monotonic() - m1 >= 0.015, time.perf_counter() - p1 >= 0.015, time.process_time() >= c1)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time_ns()).__name__)
time.sleep(0)
for bad in [lambda: time.sleep(-1), lambda: time.strftime('%Y', (1, 2)),
            lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
