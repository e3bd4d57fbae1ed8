# calendar's functions (monthrange, isleap, leapdays, weekday, timegm, names),
# Calendar's iterators and matrices, HTMLCalendar, errors and constants.
import calendar, datetime, time
def t(f):
    try:
        r = f()
        print(r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: calendar.monthcalendar(2024, 2))
t(lambda: calendar.monthrange(2024, 2)); t(lambda: calendar.monthrange(1900, 2)); t(lambda: calendar.monthrange(2024, 13))
t(lambda: calendar.isleap(2000)); t(lambda: calendar.isleap(1900)); t(lambda: calendar.leapdays(1900, 2024)); t(lambda: calendar.leapdays(2024, 1900))
t(lambda: calendar.weekday(2024, 3, 10)); t(lambda: calendar.weekday(10000, 1, 1)); t(lambda: calendar.weekday(-5, 1, 1))
t(lambda: calendar.timegm((2024, 3, 10, 12, 30, 15))); t(lambda: calendar.timegm(time.gmtime(1.7e9))); t(lambda: calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
t(lambda: list(calendar.month_name)); t(lambda: list(calendar.month_abbr)); t(lambda: list(calendar.day_name)); t(lambda: list(calendar.day_abbr))
t(lambda: calendar.month_name[2]); t(lambda: calendar.day_abbr[-1]); t(lambda: calendar.month_name[1:4]); t(lambda: len(calendar.month_name)); t(lambda: calendar.day_name[7])
t(lambda: calendar.firstweekday()); t(lambda: calendar.weekheader(2)); t(lambda: calendar.weekheader(9)); t(lambda: calendar.weekheader(1))
t(lambda: calendar.setfirstweekday(7)); t(lambda: calendar.setfirstweekday(-1))
c = calendar.Calendar(6)
t(lambda: list(c.iterweekdays())); t(lambda: list(c.itermonthdates(2024, 3))[:9]); t(lambda: list(c.itermonthdays(2024, 3)))
t(lambda: list(c.itermonthdays2(2024, 3))); t(lambda: list(c.itermonthdays3(2024, 12))[-5:]); t(lambda: list(c.itermonthdays4(2024, 1))[:3])
t(lambda: c.monthdatescalendar(2024, 2)[0]); t(lambda: c.monthdays2calendar(2024, 2)); t(lambda: c.yeardayscalendar(2024, 4)[0][1]); t(lambda: len(c.yeardatescalendar(2024)))
t(lambda: len(c.yeardays2calendar(2024, 5)))
t(lambda: c.firstweekday); c.firstweekday = 9; t(lambda: c.getfirstweekday())
hc = calendar.HTMLCalendar()
t(lambda: hc.formatmonth(2024, 2)); t(lambda: hc.formatmonth(2024, 2, withyear=False)); t(lambda: hc.formatyear(2024, 5)); t(lambda: hc.formatyearpage(2024)[:400]); t(lambda: hc.formatyearpage(2024, 4, css=None, encoding='ascii')[-300:])
hc2 = calendar.HTMLCalendar(firstweekday=6); hc2.cssclasses = ['a']*7; hc2.cssclass_noday = 'nd'
t(lambda: hc2.formatmonth(2024, 9))
t(lambda: list(calendar.Calendar().itermonthdates(1, 1))[:2])
t(lambda: list(calendar.Calendar().itermonthdates(9999, 12))[-2:])
t(lambda: calendar.IllegalMonthError(13).month); t(lambda: str(calendar.IllegalWeekdayError(9))); t(lambda: calendar.error)
t(lambda: calendar.MONDAY); t(lambda: calendar.SUNDAY); t(lambda: calendar.January); t(lambda: calendar.February); t(lambda: calendar.mdays)
t(lambda: calendar.EPOCH)
t(lambda: calendar.monthcalendar(2024, 14))
t(lambda: sorted(calendar.__all__))
lh = calendar.LocaleHTMLCalendar(6, 'C.UTF-8')
t(lambda: lh.formatmonth(2024, 6)); t(lambda: lh.locale)
t(lambda: calendar.LocaleTextCalendar().locale)
import locale; t(lambda: locale.setlocale(locale.LC_TIME, None))

