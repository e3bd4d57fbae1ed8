"""Miscellaneous email utilities (rebeam: dates and simple addresses;
no RFC 2231 or encoded-word helpers beyond quote/unquote)."""

import datetime
import re
import time

__all__ = ['formataddr', 'parseaddr', 'getaddresses', 'formatdate',
           'format_datetime', 'parsedate', 'parsedate_tz',
           'parsedate_to_datetime', 'mktime_tz', 'quote', 'unquote',
           'localtime', 'make_msgid']

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep',
           'oct', 'nov', 'dec']
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300,
          'EST': -500, 'EDT': -400, 'CST': -600, 'CDT': -500, 'MST': -700,
          'MDT': -600, 'PST': -800, 'PDT': -700}
_specials = re.compile(r'[][\\()<>@,:;".]')


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def formataddr(pair, charset='utf-8'):
    name, address = pair
    address.encode('ascii')
    if name:
        quotes = ''
        if _specials.search(name):
            quotes = '"'
        name = quote(name)
        return '%s%s%s <%s>' % (quotes, name, quotes, address)
    return address


def parseaddr(addr, *, strict=True):
    addr = addr.strip()
    m = re.match(r'^(.*?)\s*<([^<>]*)>\s*$', addr)
    if m:
        name = m.group(1).strip()
        name = unquote(name) if name.startswith('"') else name
        return (name, m.group(2).strip())
    m = re.match(r'^([^\s()]+)\s*\((.*)\)\s*$', addr)
    if m:
        return (m.group(2), m.group(1))
    if not addr:
        return ('', '')
    return ('', addr)


def getaddresses(fieldvalues, *, strict=True):
    out = []
    for v in fieldvalues:
        parts, cur, inq = [], '', False
        for ch in str(v):
            if ch == '"':
                inq = not inq
            if ch == ',' and not inq:
                parts.append(cur)
                cur = ''
            else:
                cur += ch
        parts.append(cur)
        out.extend(parseaddr(p) for p in parts if p.strip())
    return out


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2],
        _MONTHS[timetuple[1] - 1].capitalize(), timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        dt = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def parsedate_tz(data):
    res = _parsedate_tz(data)
    if not res:
        return None
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def _parsedate_tz(data):
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    if data[0].endswith(',') or data[0].lower() in ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'):
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:
        stuff = data[0].split('-')
        if len(stuff) == 3:
            data = stuff + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')
    if len(data) < 5:
        return None
    data = data[:5]
    dd, mm, yy, tm, tz = data
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    mm = _MONTHS.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        [thh, tmm] = tm
        tss = '0'
    elif len(tm) == 3:
        [thh, tmm, tss] = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            [thh, tmm] = tm
            tss = 0
        elif len(tm) == 3:
            [thh, tmm, tss] = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        if yy > 68:
            yy += 1900
        else:
            yy += 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _ZONES:
        tzoffset = _ZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate(data):
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    delta = datetime.datetime(*data[:6]) - datetime.datetime(1970, 1, 1)
    t = delta.days * 86400 + delta.seconds
    return t - data[9]


def parsedate_to_datetime(data):
    parsed_date_tz = _parsedate_tz(data)
    if parsed_date_tz is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed_date_tz
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6],
                             tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=None):
    if dt is None:
        dt = datetime.datetime.now(datetime.timezone.utc)
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    import random
    import socket
    timeval = int(time.time() * 100)
    pid = __import__('os').getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)
