"""Rosetta-style calendar tasks: print a month and a year, find the last
Fridays, count Friday-the-13ths and long months."""
import calendar
import datetime

print(calendar.month(2024, 2))
calendar.prmonth(1969, 7, w=3)
print(calendar.calendar(2025))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2023, 12, w=4, l=1))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.monthcalendar(2024, 9)[0], calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr)[-1], calendar.weekheader(3))

def last_fridays(year):
    for month in range(1, 13):
        last = max(week[calendar.FRIDAY] for week in calendar.monthcalendar(year, month))
        yield datetime.date(year, month, last)

print([d.isoformat() for d in last_fridays(2024)][:4])
f13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print(len(f13), f13[:5])
five_weekends = [calendar.month_name[m] + f" {y}" for y in range(2010, 2031) for m in range(1, 13)
                 if calendar.monthrange(y, m) == (calendar.FRIDAY, 31)]
print(len(five_weekends), five_weekends[:3])
print(calendar.timegm((2024, 1, 1, 12, 0, 0)), [d.day for d in calendar.Calendar().itermonthdates(2024, 3)][:8])
print(list(calendar.Calendar(6).iterweekdays()), list(calendar.Calendar().itermonthdays2(2024, 4))[:3])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
