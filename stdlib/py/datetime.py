"""Dates and times, as CPython 3.11's datetime module documents them.

date, time, datetime, timedelta, tzinfo and timezone, with the proleptic
Gregorian calendar of years 1 to 9999. A date is kept as year, month and
day; arithmetic goes through the ordinal (day 1 is 0001-01-01). A
timedelta is kept normalized as days, seconds in [0, 86400) and
microseconds in [0, 10**6). The Go module _datetime_native
(stdlib/native_datetime.go) does the calendar arithmetic, the ISO 8601
parsing and the field checks, and reads the local time zone's offset and
name at an instant; strftime goes through time.strftime."""

import sys
import time as _time
import math as _math
from operator import index as _index
import _datetime_native as _native

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400000000
_INF = float("inf")
_MAX_DELTA_DAYS = 999999999

# Days in each month of a common year (index 1..12), and the days before
# each month in a common year.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = [0, 0]
for _m in range(1, 12):
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _MONTH_DAYS[_m])
_DAYS_BEFORE = tuple(_DAYS_BEFORE)
del _m

_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _MONTH_DAYS[m]


def _year_start(y):
    """Days before January 1st of year y."""
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _day_of_year(y, m, d):
    n = _DAYS_BEFORE[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


# The calendar arithmetic is done in Go: _to_ordinal(y, m, d) is the
# ordinal of a date (day 1 is 0001-01-01) and _from_ordinal(n) the
# (year, month, day) of any ordinal; _shift moves the 7 fields of a
# datetime by some microseconds (None when out of range).
_to_ordinal = _native.ymd_to_ord
_from_ordinal = _native.ord_to_ymd
_shift = _native.shift
# _fast_date_check(y, m, d) and _fast_time_check(h, mi, s, us, fold) raise
# the ValueError of a field out of range, and return False without
# checking when some field is not an int.
_fast_date_check = _native.check_date
_fast_time_check = _native.check_time


def _week1_monday(y):
    """Ordinal of the Monday starting ISO week 1 of year y."""
    jan1 = _year_start(y) + 1
    wd = (jan1 + 6) % 7              # Monday = 0
    monday = jan1 - wd
    if wd > 3:                       # Jan 1 falls on Friday..Sunday
        monday += 7
    return monday


def _iso_to_ordinal(year, week, day):
    """Ordinal of ISO (year, week, day), or a short error string."""
    if not 0 < week < 53:
        if week != 53 or _week1_monday(year + 1) - _week1_monday(year) != 371:
            return "week"
    if not 0 < day < 8:
        return "day"
    return _week1_monday(year) + (week - 1) * 7 + day - 1


def _check_int(v):
    if type(v) is int:
        return v
    return _index(v)


# the default of the date fields, which CPython's constructors require
_NO_FIELD = object()


def _check_date_fields(y, m, d):
    for pos, (name, v) in enumerate((("year", y), ("month", m), ("day", d)), 1):
        if v is _NO_FIELD:
            raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    y = _check_int(y)
    m = _check_int(m)
    d = _check_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_len(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time_fields(h, mi, s, us, fold):
    h = _check_int(h)
    mi = _check_int(mi)
    s = _check_int(s)
    us = _check_int(us)
    fold = _check_int(fold)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _check_offset(what, off):
    """Validate the result of tzinfo.utcoffset() or dst()."""
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(off).__name__))
    if not -_ONE_DAY < off < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _tpname(obj):
    t = type(obj)
    return _TYPE_NAMES.get(t) or t.__name__


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_tpname(a), _tpname(b)))


def _format_clock(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] for a timedelta offset, '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off._days < 0:
        sign = "-"
        off = -off
    secs = off._days * 86400 + off._seconds
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    out = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        out += "%s%02d" % (sep, ss)
        if off._microseconds:
            out += ".%06d" % off._microseconds
    return out


def _wrap_strftime(fmt, tt, us, obj):
    """strftime with %f, %z and %Z done here and the rest by time.strftime;
    obj gives utcoffset() and tzname(), or is None for a date."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    if "%f" in fmt or "%z" in fmt or "%Z" in fmt:
        parts = []
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            i += 1
            if c != "%":
                parts.append(c)
                continue
            if i >= n:
                parts.append("%")
                break
            c = fmt[i]
            i += 1
            if c == "f":
                parts.append("%06d" % us)
            elif c == "z":
                if obj is not None:
                    parts.append(_format_offset(obj.utcoffset(), ""))
            elif c == "Z":
                if obj is not None:
                    name = obj.tzname()
                    if name:
                        parts.append(name.replace("%", "%%"))
            else:
                parts.append("%")
                parts.append(c)
        fmt = "".join(parts)
    return _time.strftime(fmt, tt)


def _check_format_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s"
                        % type(fmt).__name__)


# ---------------------------------------------------------------- parsing

# _parse_iso(s, kind) parses the ISO 8601 forms CPython 3.11's
# fromisoformat accepts, kind being "date", "time" or "datetime", to
# (year, month, day, hour, minute, second, microsecond, offset seconds or
# None, offset microseconds), or None; calendar fields are not checked.
_parse_iso = _native.parse_iso


def _iso_tz(r):
    if r[7] is None:
        return None
    return timezone(timedelta(0, r[7], r[8]))


def _bad_iso(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


# ---------------------------------------------------------------- timedelta

def _c_round(x):
    """C's round(): halves away from zero."""
    if x < 0:
        return -_c_round(-x)
    r = _math.floor(x)
    if x - r >= 0.5:
        r += 1
    return float(r)


def _div_nearest(a, b):
    """a / b rounded to the nearest int, halves to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        up = r2 > b or (r2 == b and q & 1)
    else:
        up = r2 < b or (r2 == b and q & 1)
    return q + 1 if up else q


def _td_from_us(us, cls=None):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (d, _MAX_DELTA_DAYS))
    self = object.__new__(timedelta if cls is None else cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _td(d, s, us):
    """A timedelta from fields already normalized."""
    self = object.__new__(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


_TD_FACTORS = (("microseconds", 1), ("milliseconds", 1000),
               ("seconds", 1000000), ("minutes", 60000000),
               ("hours", 3600000000), ("days", 86400000000),
               ("weeks", 604800000000))


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                     + seconds) * 1000000 + milliseconds * 1000 + microseconds
            return _td_from_us(total, cls)
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        total = 0
        leftover = 0.0
        for i in range(7):
            v = values[i]
            name, factor = _TD_FACTORS[i]
            if isinstance(v, int):
                total += v * factor
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(factor * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _td_from_us(total, cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tpname(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        out = "%d:%02d:%02d" % (hh, mm, ss)
        if self._microseconds:
            out += ".%06d" % self._microseconds
        d = self._days
        if d:
            out = "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", out)
        return out

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return _td(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return -self
        return _td(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_div_nearest(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td_from_us(_div_nearest(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_div_nearest(self._us() * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _td(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _td(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _td(0, 0, 1)
_ONE_DAY = _td(1, 0, 0)
_ZERO = _td(0, 0, 0)


# ---------------------------------------------------------------- date

def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        return self
    return cls(y, m, d)


class date:
    """A date in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=_NO_FIELD, month=_NO_FIELD, day=_NO_FIELD):
        if not _fast_date_check(year, month, day):
            year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    # constructors

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        y, m, d = _from_ordinal(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso(s, "date")
        if r is None:
            raise _bad_iso(s)
        return cls(r[0], r[1], r[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year = _check_int(year)
        week = _check_int(week)
        day = _check_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        o = _iso_to_ordinal(year, week, day)
        if o == "week":
            raise ValueError("Invalid week: %d" % week)
        if o == "day":
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return cls(*_from_ordinal(o))

    # fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # text

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day, self._year)

    def strftime(self, format):
        y, m, d = self._year, self._month, self._day
        tt = (y, m, d, 0, 0, 0, self.weekday(), _day_of_year(y, m, d), -1)
        return _wrap_strftime(format, tt, 0, None)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # calendar

    def timetuple(self):
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, 0, 0, 0, self.weekday(),
                                  _day_of_year(y, m, d), -1))

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        year = self._year
        o = _to_ordinal(year, self._month, self._day)
        start = _week1_monday(year)
        if o < start:
            year -= 1
            start = _week1_monday(year)
        elif self._month == 12 and self._day > 28:
            nxt = _week1_monday(year + 1)
            if o >= nxt:
                year += 1
                start = nxt
        week, day = divmod(o - start, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # comparisons

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if type(other) is date or (isinstance(other, date) and not isinstance(other, datetime)):
            return (self._year, self._month, self._day) == (other._year, other._month, other._day)
        return NotImplemented

    def __ne__(self, other):
        if type(other) is date or (isinstance(other, date) and not isinstance(other, datetime)):
            return (self._year, self._month, self._day) != (other._year, other._month, other._day)
        return NotImplemented

    def __lt__(self, other):
        if type(other) is date or (isinstance(other, date) and not isinstance(other, datetime)):
            return (self._year, self._month, self._day) < (other._year, other._month, other._day)
        return NotImplemented

    def __le__(self, other):
        if type(other) is date or (isinstance(other, date) and not isinstance(other, datetime)):
            return (self._year, self._month, self._day) <= (other._year, other._month, other._day)
        return NotImplemented

    def __gt__(self, other):
        if type(other) is date or (isinstance(other, date) and not isinstance(other, datetime)):
            return (self._year, self._month, self._day) > (other._year, other._month, other._day)
        return NotImplemented

    def __ge__(self, other):
        if type(other) is date or (isinstance(other, date) and not isinstance(other, datetime)):
            return (self._year, self._month, self._day) >= (other._year, other._month, other._day)
        return NotImplemented

    def __hash__(self):
        return hash(self._cmpkey())

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _to_ordinal(self._year, self._month, self._day) + other._days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _from_ordinal(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o = _to_ordinal(self._year, self._month, self._day) - other._days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _from_ordinal(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _td(1, 0, 0)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _tpname(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        std = off - dst
        if std:
            dt = dt + std
            dst = _check_offset("dst", self.dst(dt))
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


# ---------------------------------------------------------------- time

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if not _fast_time_check(hour, minute, second, microsecond, fold):
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso(s, "time")
        if r is None:
            raise _bad_iso(s)
        return cls(r[3], r[4], r[5], r[6], _iso_tz(r))

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            s = "%s(%d, %d, %d, %d)" % (_tpname(self), self._hour, self._minute,
                                        self._second, self._microsecond)
        elif self._second:
            s = "%s(%d, %d, %d)" % (_tpname(self), self._hour, self._minute, self._second)
        else:
            s = "%s(%d, %d)" % (_tpname(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        return (_format_clock(self._hour, self._minute, self._second,
                              self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ":"))

    __str__ = isoformat

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(format, tt, self._microsecond, self)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, eq):
        """-1, 0 or 1; 2 for naive against aware when eq."""
        if self._tzinfo is other._tzinfo:
            a, b = self._us(), other._us()
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 == off2:
                a, b = self._us(), other._us()
            elif off1 is None or off2 is None:
                if eq:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                a = self._us() - off1._us()
                b = other._us() - off2._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        if off is None:
            return hash((t._hour, t._minute, t._second, t._microsecond))
        return hash(t._us() - off._us())

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return (_time_with_fold, (type(self), args))
        return (type(self), args)


def _time_with_fold(cls, args):
    return cls(*args, fold=1)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = _td(0, 0, 1)


# ---------------------------------------------------------------- datetime

def _local_offset(u):
    """UTC offset in seconds of the local zone at POSIX time u."""
    return _native.local_zone(u)[0]


def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self
    if fold:
        return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mi, ss, us, tz)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_NO_FIELD, month=_NO_FIELD, day=_NO_FIELD, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if not _fast_date_check(year, month, day):
            year, month, day = _check_date_fields(year, month, day)
        if not _fast_time_check(hour, minute, second, microsecond, fold):
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    # fields

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # constructors

    @classmethod
    def _from_posix(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (_INF, -_INF):
                raise OverflowError("timestamp out of range for platform time_t")
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                whole += 1.0
                us -= 1000000
            elif us < 0:
                whole -= 1.0
                us += 1000000
            secs = int(whole)
        else:
            secs = _check_int(t)
            us = 0
        if not -2 ** 63 <= secs < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        fold = 0
        if utc:
            days, rest = divmod(secs, 86400)
            hh, rest = divmod(rest, 3600)
            mi, ss = divmod(rest, 60)
            o = _EPOCH_ORDINAL + days
            if not 1 <= o <= _MAXORDINAL:
                y = _from_ordinal(o)[0]
                if not -2147483648 <= y - 1900 <= 2147483647:
                    raise OSError(75, "Value too large for defined data type")
                raise ValueError("year %d is out of range" % y)
            y, m, d = _from_ordinal(o)
        else:
            tm = _time.localtime(secs)
            y, m, d, hh, mi, ss = tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]
            off = tm.tm_gmtoff
            before = _local_offset(secs - 86400)
            if before > off:
                # the clocks went back during the last day: the same wall
                # time came earlier when secs - (before - off) had the
                # earlier offset
                if _local_offset(secs - (before - off)) == before:
                    fold = 1
        if ss > 59:
            ss = 59
        _check_date_fields(y, m, d)
        return _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_posix(t, False, None)
        return tz.fromutc(cls._from_posix(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute,
                   time._second, time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso(s, "datetime")
        if r is None:
            raise _bad_iso(s)
        return cls(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _iso_tz(r))

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # parts

    def date(self):
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    # time zones

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def _wall_seconds(self):
        return ((_to_ordinal(self._year, self._month, self._day) - _EPOCH_ORDINAL) * 86400
                + self._hour * 3600 + self._minute * 60 + self._second)

    def _local_posix(self):
        """POSIX seconds of this naive datetime read as local time."""
        w = self._wall_seconds()
        before = _local_offset(w - 86400)
        after = _local_offset(w + 86400)
        if before == after and _local_offset(w - before) == before:
            return w - before
        ua = w - before
        ub = w - after
        ok_a = _local_offset(ua) == before
        ok_b = _local_offset(ub) == after
        if ok_a and ok_b:
            if self._fold:
                return max(ua, ub)
            return min(ua, ub)
        if ok_a:
            return ua
        if ok_b:
            return ub
        o = _local_offset(w)
        if _local_offset(w - o) == o:
            return w - o
        # in a gap: fold 0 reads the time with the offset from before it
        return ub if self._fold else ua

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_posix() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
            if tz is self._tzinfo and tz is not None:
                return self
        off = None
        if self._tzinfo is not None:
            off = self.utcoffset()
        if off is None:
            # the local zone's offset at the instant timestamp() finds (in a
            # gap, that instant's wall time differs from self's)
            off = _local_offset(self._local_posix())
            utc = self._plus_us(-off * 1000000)
        else:
            utc = self - off
        if tz is None:
            secs = (utc.replace(tzinfo=None) - _EPOCH_NAIVE) // _ONE_SECOND
            off, name = _native.local_zone(secs)
            tz = timezone(_td_from_us(off * 1000000), name)
        utc = _new_datetime(type(self), utc._year, utc._month, utc._day, utc._hour,
                            utc._minute, utc._second, utc._microsecond, tz)
        return tz.fromutc(utc)

    # text

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, self._hour, self._minute, self._second,
                                  self.weekday(), _day_of_year(y, m, d), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        y, m, d = t._year, t._month, t._day
        return _time.struct_time((y, m, d, t._hour, t._minute, t._second,
                                  t.weekday(), _day_of_year(y, m, d), 0))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        s = "%s(%s)" % (_tpname(self), ", ".join(["%d" % f for f in fields]))
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return s

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_clock(self._hour, self._minute, self._second,
                                self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        y, m, d = self._year, self._month, self._day
        tt = (y, m, d, self._hour, self._minute, self._second, self.weekday(),
              _day_of_year(y, m, d), -1)
        return _wrap_strftime(format, tt, self._microsecond, self)

    # comparisons

    def _naive_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other, eq):
        """-1, 0 or 1; 2 when eq and the two cannot be equal."""
        if self._tzinfo is other._tzinfo:
            a = (self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
            return (a > b) - (a < b)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if eq and not (_fixed_zone(self._tzinfo) and _fixed_zone(other._tzinfo)):
            # a time repeated or skipped by its zone is equal to nothing in
            # another zone
            if off1 != self.replace(fold=1 - self._fold).utcoffset():
                return 2
            if off2 != other.replace(fold=1 - other._fold).utcoffset():
                return 2
        if off1 == off2:
            a, b = self._naive_key(), other._naive_key()
            return (a > b) - (a < b)
        if off1 is None or off2 is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff._days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond) ==
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond) !=
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond) <
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
            return self._compare(other, False) < 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond) <=
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
            return self._compare(other, False) <= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond) >
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
            return self._compare(other, False) > 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return ((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond) >=
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
            return self._compare(other, False) >= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        if off is None:
            return hash(t._naive_key())
        return hash(t._us_since_min() - off._us())

    # arithmetic

    def _us_since_min(self):
        return (((_to_ordinal(self._year, self._month, self._day) * 24 + self._hour) * 60
                 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _plus_us(self, delta_us):
        r = _shift(self._year, self._month, self._day, self._hour, self._minute,
                   self._second, self._microsecond, delta_us)
        if r is None:
            raise OverflowError("date value out of range")
        if type(self) is datetime:
            new = object.__new__(datetime)
            (new._year, new._month, new._day, new._hour, new._minute, new._second,
             new._microsecond) = r
            new._tzinfo = self._tzinfo
            new._fold = 0
            return new
        return _new_datetime(type(self), r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                             self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us((other._days * 86400 + other._seconds) * 1000000
                                 + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(-other._us())
        if isinstance(other, datetime):
            diff = self._us_since_min() - other._us_since_min()
            if self._tzinfo is not other._tzinfo:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if off1 is not None and off1 != off2:
                    diff += off2._us() - off1._us()
            return _td_from_us(diff)
        return NotImplemented

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return (_datetime_with_fold, (type(self), args))
        return (type(self), args)


def _fixed_zone(tz):
    return tz is None or type(tz) is timezone


def _datetime_with_fold(cls, args):
    return cls(*args, fold=1)


_date_class = date
_time_class = time

datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = _td(0, 0, 1)
_ONE_SECOND = _td(0, 1, 0)


# ---------------------------------------------------------------- timezone

_OMITTED = object()


def _utc_name(off):
    if not off:
        return "UTC"
    return "UTC" + _format_offset(off, ":")


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _OMITTED:
            if not offset:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ("None" if name is None else type(name).__name__))
        if not -_MAX_OFFSET <= offset <= _MAX_OFFSET:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        self._check_dt("tzname", dt)
        if self._name is None:
            return _utc_name(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt("dst", dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_MAX_OFFSET = _td(0, 86399, 999999)
_UTC = timezone._create(_ZERO)
timezone.utc = _UTC
timezone.min = timezone._create(_td(-1, 60, 0))
timezone.max = timezone._create(_td(0, 86340, 0))
UTC = _UTC

_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC)
_EPOCH_NAIVE = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, None)

_TYPE_NAMES = {
    timedelta: "datetime.timedelta",
    date: "datetime.date",
    time: "datetime.time",
    datetime: "datetime.datetime",
    tzinfo: "datetime.tzinfo",
    timezone: "datetime.timezone",
    _IsoCalendarDate: "datetime.IsoCalendarDate",
}
for _cls, _name in _TYPE_NAMES.items():
    _native.set_display(_cls, _name)
del _cls, _name
