"""Helpers for email headers: RFC 5322 dates, address lists, quoting and
RFC 2231 parameter values."""

import datetime
import os
import random
import re
import socket
import time
import urllib.parse

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
           'encode_rfc2231', 'format_datetime', 'formataddr', 'formatdate',
           'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr',
           'parsedate', 'parsedate_to_datetime', 'parsedate_tz', 'unquote']

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"


# ---------------------------------------------------------------------------
# quoting

def quote(str):
    """Backslash-escape backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Strip one level of "..." (undoing backslash escapes) or <...>."""
    if len(str) < 2:
        return str
    first, last = str[0], str[-1]
    if first == last == '"':
        inner = str[1:-1]
        return inner.replace('\\\\', '\\').replace('\\"', '"')
    if first == '<' and last == '>':
        return str[1:-1]
    return str


# ---------------------------------------------------------------------------
# addresses

_NEEDS_QUOTES = re.compile(r'[][\\()<>@,:;".]')
_ESCAPE_IN_QUOTES = re.compile(r'[\\"]')


def _encoded_word(text, charset):
    """An RFC 2047 encoded word for a display name that is not ASCII."""
    name = str(charset).lower()
    if name in ('latin-1', 'latin_1', 'latin1', 'iso-8859-1', 'iso8859-1'):
        name = 'iso-8859-1'
    raw = text.encode(name)
    if name.startswith('iso-8859'):
        body = ''.join(
            '_' if b == 0x20 else
            chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in '!*+-/' else
            '=%02X' % b
            for b in raw)
        return f'=?{name}?q?{body}?='
    import base64
    return f'=?{name}?b?{base64.b64encode(raw).decode("ascii")}?='


def formataddr(pair, charset='utf-8'):
    """('Name', 'addr@host') -> 'Name <addr@host>', quoting or encoding
    the name when it needs it."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return f'{_encoded_word(name, charset)} <{address}>'
    if _NEEDS_QUOTES.search(name):
        name = '"' + _ESCAPE_IN_QUOTES.sub(lambda m: '\\' + m.group(), name) + '"'
    return f'{name} <{address}>'


class _AddressScanner:
    """Reads RFC 822 address lists: display names (phrases), angle
    addresses, bare addr-specs, groups and comments."""

    SPECIALS = '()<>@,:;."[]'
    BLANKS = ' \t'
    ATOM_END = SPECIALS + BLANKS + '\r\n'
    PHRASE_END = ATOM_END.replace('.', '')

    def __init__(self, text):
        self.text = text
        self.at = 0
        self.comments = []

    # -- low-level readers
    def more(self):
        return self.at < len(self.text)

    def peek(self):
        return self.text[self.at] if self.at < len(self.text) else ''

    def skip_blanks(self):
        """Skip white space and comments, keeping the comments; return the
        white space seen."""
        seen = []
        while self.more():
            ch = self.peek()
            if ch in self.BLANKS + '\r\n':
                seen.append(ch)
                self.at += 1
            elif ch == '(':
                self.comments.append(self.delimited(')', nested=True))
            else:
                break
        return ''.join(seen)

    def delimited(self, closer, nested=False):
        """Read from the opening character at the cursor up to *closer*,
        undoing backslash escapes; inner comments when *nested*."""
        self.at += 1
        out = []
        escaped = False
        while self.more():
            ch = self.peek()
            if escaped:
                out.append(ch)
                escaped = False
            elif ch == closer or ch == '\r':
                self.at += 1
                break
            elif nested and ch == '(':
                out.append(self.delimited(')', nested=True))
                continue
            elif ch == '\\':
                escaped = True
            else:
                out.append(ch)
            self.at += 1
        return ''.join(out)

    def atom(self, stops):
        start = self.at
        while self.more() and self.peek() not in stops:
            self.at += 1
        return self.text[start:self.at]

    # -- grammar
    def phrase(self):
        words = []
        while self.more():
            ch = self.peek()
            if ch in self.BLANKS + '\r\n':
                self.at += 1
            elif ch == '"':
                words.append(self.delimited('"'))
            elif ch == '(':
                self.comments.append(self.delimited(')', nested=True))
            elif ch in self.PHRASE_END:
                break
            else:
                words.append(self.atom(self.PHRASE_END))
        return words

    def domain(self):
        pieces = []
        while self.more():
            ch = self.peek()
            if ch in self.BLANKS:
                self.at += 1
            elif ch == '(':
                self.comments.append(self.delimited(')', nested=True))
            elif ch == '[':
                pieces.append('[' + self.delimited(']') + ']')
            elif ch == '.':
                self.at += 1
                pieces.append('.')
            elif ch == '@':
                return ''           # a second '@': not an address
            elif ch in self.ATOM_END:
                break
            else:
                pieces.append(self.atom(self.ATOM_END))
        return ''.join(pieces)

    def addr_spec(self):
        local = []
        self.skip_blanks()

        def drop_trailing_space():
            if local and not local[-1].strip():
                local.pop()

        while self.more():
            ch = self.peek()
            keep_space = True
            if ch == '.':
                drop_trailing_space()
                local.append('.')
                self.at += 1
                keep_space = False
            elif ch == '"':
                local.append('"' + quote(self.delimited('"')) + '"')
            elif ch in self.ATOM_END:
                drop_trailing_space()
                break
            else:
                local.append(self.atom(self.ATOM_END))
            space = self.skip_blanks()
            if keep_space and space:
                local.append(space)
        if self.peek() != '@':
            return ''.join(local)
        self.at += 1
        self.skip_blanks()
        host = self.domain()
        if not host:
            return ''
        return ''.join(local) + '@' + host

    def angle_addr(self):
        self.at += 1                # the '<'
        self.skip_blanks()
        found = ''
        in_route = False
        while self.more():
            ch = self.peek()
            if in_route:
                self.domain()
                in_route = False
            elif ch == '>':
                self.at += 1
                break
            elif ch == '@':
                self.at += 1
                in_route = True
            elif ch == ':':
                self.at += 1
            else:
                found = self.addr_spec()
                self.at += 1
                break
            self.skip_blanks()
        return found

    def address(self):
        """The next address (a list, several for a group)."""
        self.comments = []
        self.skip_blanks()
        mark, saved = self.at, self.comments
        words = self.phrase()
        found = []
        ch = self.peek()
        if not ch:
            if words:
                found = [(' '.join(self.comments), words[0])]
        elif ch in '.@':
            # it was an addr-spec after all: read it again as one
            self.at, self.comments = mark, saved
            spec = self.addr_spec()
            found = [(' '.join(self.comments), spec)]
        elif ch == ':':
            self.at += 1
            while self.more():
                self.skip_blanks()
                if self.peek() == ';':
                    self.at += 1
                    break
                found.extend(self.address())
        elif ch == '<':
            target = self.angle_addr()
            name = ' '.join(words)
            if self.comments:
                name = f"{name} ({' '.join(self.comments)})"
            found = [(name, target)]
        elif words:
            found = [(' '.join(self.comments), words[0])]
        elif ch in self.SPECIALS:
            self.at += 1
        self.skip_blanks()
        if self.peek() == ',':
            self.at += 1
        return found

    def all_addresses(self):
        result = []
        while self.more():
            got = self.address()
            result.extend(got if got else [('', '')])
        return result


def parseaddr(addr):
    """Split an address into (realname, email address); ('', '') when
    nothing can be found."""
    found = _AddressScanner(addr).all_addresses()
    return found[0] if found else ('', '')


def getaddresses(fieldvalues):
    """(realname, address) pairs for all addresses in the given header
    values."""
    joined = COMMASPACE.join(str(value) for value in fieldvalues)
    return _AddressScanner(joined).all_addresses()


# ---------------------------------------------------------------------------
# dates

_WEEKDAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
_MONTH_WORDS = {}
for _n, _full in enumerate('january february march april may june july august '
                           'september october november december'.split(), 1):
    _MONTH_WORDS[_full] = _MONTH_WORDS[_full[:3]] = _n
del _n, _full
_DAY_WORDS = {d.lower() for d in _WEEKDAYS}
# Named zones of RFC 822, as +-hhmm.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


def _format(dt, zone):
    return '{}, {:02d} {} {:04d} {:02d}:{:02d}:{:02d} {}'.format(
        _WEEKDAYS[dt.weekday()], dt.day, _MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, zone)


def format_datetime(dt, usegmt=False):
    """An RFC 5322 date for a datetime; naive ones get the zone -0000."""
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        return _format(dt, 'GMT')
    if dt.tzinfo is None:
        return _format(dt, '-0000')
    return _format(dt, dt.strftime('%z'))


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 5322 date for a POSIX timestamp (default: now), in UTC
    ('-0000' or 'GMT' with *usegmt*) or local time."""
    if timeval is None:
        timeval = time.time()
    moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        return format_datetime(moment.astimezone())
    if usegmt:
        return format_datetime(moment, usegmt=True)
    return format_datetime(moment.replace(tzinfo=None))


def _split_time(text):
    pieces = text.split(':')
    if len(pieces) == 1 and '.' in text:
        pieces = text.split('.')
    if len(pieces) == 2:
        pieces.append('0')
    if len(pieces) != 3:
        return None
    return pieces


def _zone_seconds(zone):
    zone = zone.upper()
    if zone in _ZONES:
        hhmm = _ZONES[zone]
    else:
        try:
            hhmm = int(zone)
        except ValueError:
            return None
        if hhmm == 0 and zone.startswith('-'):
            return None             # -0000: zone unknown
    sign = -1 if hhmm < 0 else 1
    hours, minutes = divmod(abs(hhmm), 100)
    return sign * (hours * 3600 + minutes * 60)


def _parse_date(data):
    """The ten fields of parsedate_tz, with None as offset when the date
    names no usable zone; None when *data* is not a date."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    head = words[0]
    if head.endswith(',') or head.lower() in _DAY_WORDS:
        words.pop(0)
    elif ',' in head:
        words[0] = head[head.rfind(',') + 1:]
    if len(words) == 3:
        dashed = words[0].split('-')            # RFC 850: 06-Nov-94
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        last = words[3]
        cut = last.find('+')
        if cut < 0:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if not (day and month and year):
        return None
    if month.lower() not in _MONTH_WORDS:
        day, month = month, day
        if month.lower() not in _MONTH_WORDS:
            return None
    month = _MONTH_WORDS[month.lower()]
    if day.endswith(','):
        day = day[:-1]
    if year.find(':') > 0:
        year, clock = clock, year
    if year.endswith(','):
        year = year[:-1]
    if not year[:1].isdigit():
        year, zone = zone, year
    if clock.endswith(','):
        clock = clock[:-1]
    hms = _split_time(clock)
    if hms is None:
        return None
    try:
        year, day = int(year), int(day)
        hour, minute, second = (int(x) for x in hms)
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    return [year, month, day, hour, minute, second, 0, 1, -1,
            _zone_seconds(zone)]


def parsedate_tz(data):
    """Parse an RFC 2822 date into a 10-tuple: the time.struct_time
    fields plus the zone offset in seconds (0 when not given)."""
    fields = _parse_date(data)
    if fields is None:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """Like parsedate_tz without the zone: a 9-tuple or None."""
    fields = parsedate_tz(data)
    return None if fields is None else fields[:9]


def parsedate_to_datetime(data):
    """An aware datetime for the date, naive when the zone is -0000 or
    missing; ValueError when it does not parse."""
    fields = _parse_date(data)
    if fields is None:
        raise ValueError(f'Invalid date value or format "{data!s}"')
    *stamp, offset = fields
    plain = datetime.datetime(*stamp[:6])
    if offset is None:
        return plain
    return plain.replace(tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def mktime_tz(data):
    """A POSIX timestamp from a parsedate_tz 10-tuple (local time when
    the offset is None)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    year, month, day, hour, minute, second = data[:6]
    days = datetime.date(year, month, 1).toordinal() + day - 1 - _EPOCH_DAY
    return ((days * 24 + hour) * 60 + minute) * 60 + second - data[9]


_EPOCH_DAY = datetime.date(1970, 1, 1).toordinal()


def localtime(dt=None, isdst=None):
    """An aware datetime in the local zone (now, or *dt* converted; a
    naive *dt* is taken as local time)."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A Message-ID value such as '<1700000000.4242.1234567890@host>'."""
    stamp = int(time.time() * 100)
    extra = '' if idstring is None else '.' + idstring
    host = domain if domain is not None else socket.getfqdn()
    return f'<{stamp}.{os.getpid()}.{random.getrandbits(64)}{extra}@{host}>'


# ---------------------------------------------------------------------------
# RFC 2231 parameter values

def decode_rfc2231(s):
    """"charset'language'text" -> [charset, language, text];
    (None, None, s) for a plain value."""
    pieces = s.split(TICK, 2)
    if len(pieces) < 3:
        return None, None, s
    return pieces


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode *s*; with a charset or language, add the
    "charset'language'" prefix."""
    encoded = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return encoded
    return f"{charset}'{language or ''}'{encoded}"


_EXTENDED_NAME = re.compile(r'^(\w+)\*(?:([0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1, ...) and decode
    extended values (name*); the first pair is kept as given."""
    out = [params[0]]
    pending = {}
    for name, value in params[1:]:
        value = unquote(value)
        found = _EXTENDED_NAME.match(name)
        if found is None:
            out.append((name, '"%s"' % quote(value)))
            continue
        base, number = found.group(1), found.group(2)
        section = int(number) if number is not None else None
        pending.setdefault(base, []).append((section, value, name.endswith('*')))
    for base, sections in pending.items():
        sections.sort(key=lambda item: item[0] or 0)
        texts = []
        encoded_any = False
        for _, text, encoded in sections:
            if encoded:
                text = urllib.parse.unquote(text, encoding='latin-1')
                encoded_any = True
            texts.append(text)
        joined = quote(''.join(texts))
        if encoded_any:
            charset, language, joined = decode_rfc2231(joined)
            out.append((base, (charset, language, f'"{joined}"')))
        else:
            out.append((base, f'"{joined}"'))
    return out


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A str for a parameter value: decode a (charset, language, text)
    triple, or unquote a plain value."""
    if not isinstance(value, tuple):
        return unquote(value)
    charset, _language, text = value
    raw = text.encode('latin-1', 'backslashreplace')
    try:
        return raw.decode(charset or fallback_charset, errors)
    except LookupError:
        return unquote(text)
