# strptime's ISO directives (%G, %V, %u) and their conflicts with %Y/%j, the
# day of the year of a %G date; date/datetime name a missing field.
import datetime as d, time
for f,s in (('%G','2024'),('%V','5'),('%G %V','2024 5'),('%G %u','2024 1'),('%Y %V %u','2024 5 1'),('%G %V %u','2024 5 1'),('%G %V %a','2024 5 Mon'),('%V %u','5 1'),('%Y %U','2024 5'),('%Y %W %a','2024 5 Mon'),('%V','5'),('%V %a','5 Mon'),('%Y %V','2024 5'),('%G %V %u %j','2024 5 1 3'),('%G %Y %V %u','2024 2023 5 1'),('%G %Y','2024 2023'),('%G %V %u %Y','2024 5 1 2020'),('%G %j','2024 5'), ('%G %V %w', '2024 5 0'), ('%G %V %A %m', '2024 5 Monday 7'), ('%y %V %u', '24 5 1'), ('%G %V %u', '2024 53 1'), ('%G %V %u', '2020 53 7'), ('%G-W%V-%u', '2015-W01-1')):
    try: print(f, d.datetime.strptime(s,f))
    except ValueError as e: print(f, 'ValueError', e)
    try: print(f, time.strptime(s,f))
    except ValueError as e: print(f, 'ValueError', e)

from datetime import date, datetime
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: date()); t(lambda: date(2024)); t(lambda: date(2024, 1)); t(lambda: date(2024, day=1)); t(lambda: date(month=1, day=1))
t(lambda: datetime()); t(lambda: datetime(2024)); t(lambda: datetime(2024, 1)); t(lambda: datetime(2024, 1, hour=3)); t(lambda: datetime(2024, 1, 2, 3))
class D(date): pass
t(lambda: D(2024)); t(lambda: D(2024, 5, 6))
t(lambda: date('a', 1, 1)); t(lambda: date(2024, 1, None))
