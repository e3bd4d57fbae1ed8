"""calendar: the proleptic Gregorian calendar as weeks and months, as text
or HTML, and the date helpers (isleap, monthrange, weekday, timegm)."""

import datetime
import locale as _locale
import sys
from itertools import repeat as _repeat

# the public names, by kind
__all__ = [
    # classes and errors
    "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar", "LocaleHTMLCalendar",
    "IllegalMonthError", "IllegalWeekdayError",
    # the week days
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
    # names of days and months
    "day_name", "day_abbr", "month_name", "month_abbr",
    # functions
    "isleap", "leapdays", "weekday", "monthrange", "timegm", "firstweekday",
    "setfirstweekday", "monthcalendar", "weekheader", "month", "prmonth",
    "calendar", "prcal",
]

class IllegalMonthError(ValueError):
    """A month number outside 1..12."""

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)

    def __init__(self, month):
        super().__init__(month)
        self.month = month


class IllegalWeekdayError(ValueError):
    """A week day number outside 0..6."""

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)

    def __init__(self, weekday):
        super().__init__(weekday)
        self.weekday = weekday


error = ValueError


January = 1
February = 2

# days in each month of a common year, with a dummy month 0
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _Names:
    """A read-only sequence of names made by strftime from a date per
    index, so that they follow the locale at the time they are read."""

    def __init__(self, fmt, dates):
        self._fmt = fmt
        self._dates = dates

    def __getitem__(self, i):
        picked = self._dates[i]
        if isinstance(i, slice):
            return [d.strftime(self._fmt) if d is not None else "" for d in picked]
        return picked.strftime(self._fmt) if picked is not None else ""

    def __len__(self):
        return len(self._dates)


# month 0 has the empty name; 2001 started on a Monday
month_name = _Names("%B", [None] + [datetime.date(2001, m, 1) for m in range(1, 13)])
month_abbr = _Names("%b", [None] + [datetime.date(2001, m, 1) for m in range(1, 13)])
day_name = _Names("%A", [datetime.date(2001, 1, d) for d in range(1, 8)])
day_abbr = _Names("%a", [datetime.date(2001, 1, d) for d in range(1, 8)])


def isleap(year):
    """Whether year is a leap year in the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    def upto(y):
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    """The day of the week (0 is Monday) of year-month-day; years outside
    datetime's range are taken modulo the 400-year cycle."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def monthrange(year, month):
    """(weekday of the 1st, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items, width):
    items = list(items)
    return [items[i:i + width] for i in range(0, len(items), width)]


class Calendar(object):
    """Weeks of a month as lists of seven days, starting with the week day
    firstweekday (0 is Monday, 6 Sunday)."""

    def __init__(self, firstweekday=0):
        self._firstweekday = firstweekday

    @property
    def firstweekday(self):
        return self._firstweekday % 7

    @firstweekday.setter
    def firstweekday(self, value):
        self._firstweekday = value

    def getfirstweekday(self):
        return self.firstweekday

    def setfirstweekday(self, firstweekday):
        self.firstweekday = firstweekday

    def iterweekdays(self):
        """The seven week day numbers in the order of a week."""
        first = self.firstweekday
        for i in range(7):
            yield (first + i) % 7

    def _padding(self, year, month):
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        return before, ndays, after

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the whole weeks that hold
        the month, the neighbouring months' days included."""
        before, ndays, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdates(self, year, month):
        """datetime.date for every day of the month's whole weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """The day numbers of the month's whole weeks, 0 outside it."""
        before, ndays, after = self._padding(year, month)
        yield from _repeat(0, before)
        yield from range(1, ndays + 1)
        yield from _repeat(0, after)

    def itermonthdays2(self, year, month):
        """(day number or 0, week day) for the month's whole weeks."""
        first = self.firstweekday
        for i, d in enumerate(self.itermonthdays(year, month)):
            yield d, (first + i) % 7

    def itermonthdays4(self, year, month):
        """(year, month, day, week day) for the month's whole weeks."""
        first = self.firstweekday
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (first + i) % 7

    def monthdatescalendar(self, year, month):
        """The month's weeks as lists of seven datetime.date."""
        return _rows(self.itermonthdates(year, month), 7)

    def monthdays2calendar(self, year, month):
        """The month's weeks as lists of seven (day, week day)."""
        return _rows(self.itermonthdays2(year, month), 7)

    def monthdayscalendar(self, year, month):
        """The month's weeks as lists of seven day numbers (0 outside)."""
        return _rows(self.itermonthdays(year, month), 7)

    def yeardatescalendar(self, year, width=3):
        """The twelve monthdatescalendar()s in rows of width months."""
        return _rows((self.monthdatescalendar(year, m) for m in range(1, 13)), width)

    def yeardays2calendar(self, year, width=3):
        """The twelve monthdays2calendar()s in rows of width months."""
        return _rows((self.monthdays2calendar(year, m) for m in range(1, 13)), width)

    def yeardayscalendar(self, year, width=3):
        """The twelve monthdayscalendar()s in rows of width months."""
        return _rows((self.monthdayscalendar(year, m) for m in range(1, 13)), width)


class TextCalendar(Calendar):
    """A Calendar that lays months and years out as plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = '%s %r' % (name, theyear)
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """The month as text: its name, the week day header and the weeks,
        days w wide, lines separated by l newlines."""
        w, l = max(2, w), max(1, l)
        eol = '\n' * l
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(week, w).rstrip() for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line + eol for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The year as text: m months side by side, c spaces apart."""
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = (w + 1) * 7 - 1
        eol = '\n' * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), eol]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(eol)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out += [formatstring(names, colwidth, c).rstrip(), eol]
            out += [formatstring([header] * len(months), colwidth, c).rstrip(), eol]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out += [formatstring(weeks, colwidth, c).rstrip(), eol]
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """A Calendar that lays months and years out as HTML tables."""

    # the CSS classes of the cells: a day by its week day, an empty day,
    # and the headers and tables
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"
    cssclass_noday = "noday"
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>' + ''.join([self.formatday(d, wd) for d, wd in theweek]) + '</tr>'

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>' + ''.join([self.formatweekday(i) for i in self.iterweekdays()]) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = '%s %s' % (month_name[themonth], theyear) if withyear else month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(r + '\n' for r in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n' % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out += ['<td>', self.formatmonth(theyear, m, withyear=False), '</td>']
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A whole XHTML page with the year, as bytes in encoding."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        head += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                 self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(head).encode(encoding, "xmlcharrefreplace")


class different_locale:
    """A context in which LC_TIME is locale, as it was again after."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        self._saved = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *exc_info):
        _locale.setlocale(_locale.LC_TIME, self._saved)


def _get_default_locale():
    # the environment's LC_TIME when the program has not chosen one
    name = _locale.setlocale(_locale.LC_TIME, None)
    if name == "C":
        with different_locale(""):
            name = _locale.setlocale(_locale.LC_TIME, None)
    return name


class _LocaleNames:
    """Mixed into a calendar: the month and day names are those of the
    locale given (the environment's by default)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, *args):
        with different_locale(self.locale):
            return super().formatweekday(*args)

    def formatmonthname(self, *args, **kwargs):
        with different_locale(self.locale):
            return super().formatmonthname(*args, **kwargs)


class LocaleTextCalendar(_LocaleNames, TextCalendar):
    """A TextCalendar in the names of a locale."""


class LocaleHTMLCalendar(_LocaleNames, HTMLCalendar):
    """An HTMLCalendar in the names of a locale."""


# the module's functions are those of one shared TextCalendar
c = TextCalendar()
month, calendar, week = c.formatmonth, c.formatyear, c.formatweek
prmonth, prcal, prweek = c.prmonth, c.pryear, c.prweek
monthcalendar, weekheader = c.monthdayscalendar, c.formatweekheader
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Make the module's calendars start their weeks on firstweekday."""
    if firstweekday not in range(MONDAY, SUNDAY + 1):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the columns centred in colwidth, spacing apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The columns centred in colwidth, spacing spaces apart."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """The POSIX time of a UTC time tuple: time.mktime's inverse for
    time.gmtime."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
