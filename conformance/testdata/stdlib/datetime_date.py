from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))
print(d.timetuple())
print(d.replace(day=1), d.replace(2023, 3), d + timedelta(days=1), d - timedelta(366), timedelta(1) + d)
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, d + timedelta(hours=23))
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d > date(2024, 3, 1), d == '2024-02-29', d != 5)
print(hash(d) == hash(date(2024, 2, 29)), sorted([date(2020, 5, 1), date(2019, 1, 1), d]))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
for y in (1900, 2000, 2004, 2021, 2026, 2027, 1, 9999):
    jan1, dec31 = date(y, 1, 1), date(y, 12, 31)
    print(y, jan1.isocalendar(), dec31.isocalendar(), jan1.weekday(), dec31.toordinal())
print(date.fromisocalendar(2020, 53, 5), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(1, 1, 1))
for args in [(2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2020, 13, 1), (2020, 0, 1), (2020, 4, 31)]:
    show(args, lambda: date(*args))
show('float', lambda: date(2020.0, 1, 1))
show('ord0', lambda: date.fromordinal(0))
show('ordmax', lambda: date.fromordinal(3652060))
show('overflow', lambda: date.max + timedelta(1))
show('underflow', lambda: date.min - timedelta(1))
show('isocal week', lambda: date.fromisocalendar(2021, 53, 1))
show('isocal day', lambda: date.fromisocalendar(2021, 5, 0))
show('isocal year', lambda: date.fromisocalendar(10000, 1, 1))
show('lt str', lambda: d < 'x')
show('sub int', lambda: d - 1)
try:
    d.year = 1
except AttributeError as e:
    print('setattr', type(e).__name__)
class Day(date):
    def next(self):
        return self + timedelta(1)
x = Day(2020, 12, 31)
print(repr(x), repr(x.next()), type(x.replace(month=1)).__name__, Day.fromordinal(5), type(Day.fromordinal(5)).__name__)
print(type(date.today()).__name__, date.today() >= date(2024, 1, 1), date.fromtimestamp(0) <= date(1970, 1, 2))
import copy
print(copy.copy(d) == d, copy.deepcopy(x), type(copy.deepcopy(x)).__name__)
print([n for n in datetime.__all__])
