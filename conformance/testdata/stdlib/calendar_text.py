# calendar's text layouts: month(), calendar(), TextCalendar's format*/pr*
# with widths, spacing and first week days, LocaleTextCalendar in C.
import calendar, datetime, time
def t(f):
    try:
        r = f()
        print(r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: calendar.month(2024, 2))
t(lambda: calendar.month(2024, 2, 3, 2))
t(lambda: calendar.month(2023, 10, w=5))
t(lambda: calendar.calendar(2024))
t(lambda: calendar.calendar(2023, 3, 1, 4, 4))
t(lambda: calendar.calendar(1, m=2))
calendar.setfirstweekday(calendar.SUNDAY)
t(lambda: calendar.month(2024, 3)); t(lambda: calendar.monthcalendar(2024, 3)); t(lambda: calendar.firstweekday())
calendar.setfirstweekday(0)
tc = calendar.TextCalendar(calendar.TUESDAY)
t(lambda: tc.formatmonth(2024, 7)); t(lambda: tc.formatyear(2024, 3, 2, 3, 2)); t(lambda: tc.formatweekday(0, 12)); t(lambda: tc.formatmonthname(2024, 1, 30)); t(lambda: tc.formatday(5, 0, 4)); t(lambda: tc.formatweek([(1, 0), (0, 1)], 3))
tc.prmonth(2024, 5); tc.prweek([(3, 2), (4, 3)], 2); print('|'); tc.pryear(2025, 2, 1, 6, 6)
calendar.prmonth(2021, 1); calendar.prcal(2022, m=4)
calendar.format(['a', 'bb'], 5, 2); t(lambda: calendar.formatstring(['x', 'y', 'z']))
t(lambda: calendar.month(2024, 0))
lc = calendar.LocaleTextCalendar(locale='C')
t(lambda: lc.formatmonth(2024, 6)); t(lambda: lc.locale)
t(lambda: calendar.LocaleTextCalendar(locale='xx_YY').formatmonth(2024, 1))
