# time.get_clock_info names each clock's implementation and properties
# (it raised 'unknown clock' for every name).
import time
for n in ('time', 'monotonic', 'perf_counter'):
    i = time.get_clock_info(n)
    print(n, i.implementation, i.monotonic, i.adjustable, i.resolution, type(i).__name__, i)
for n in ('process_time', 'thread_time'):
    i = time.get_clock_info(n)
    print(n, i.monotonic, i.adjustable, i.resolution <= 1e-6, type(i).__name__)
for bad in ('x', 5, None):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
