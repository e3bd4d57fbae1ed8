"""Parsers turning text into Message objects (rebeam: headers and a flat
body; a multipart body is kept as one string)."""

import re
from email import errors
from email.policy import compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

_header_re = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


def _parse(text, _class, policy, headersonly):
    if _class is None:
        _class = getattr(policy, 'message_factory', None)
        if _class is None:
            from email.message import Message
            _class = Message
    try:
        msg = _class(policy=policy)
    except TypeError:
        msg = _class()
    lines = text.splitlines(keepends=True)
    i = 0
    current = None

    def flush():
        if current:
            msg.set_raw(*policy.header_source_parse(current))

    body_start = len(lines)
    while i < len(lines):
        line = lines[i]
        if line in ('\n', '\r\n', '\r'):
            body_start = i + 1
            break
        if i == 0 and line.startswith('From '):
            msg.set_unixfrom(line.rstrip('\r\n'))
            i += 1
            continue
        if line[0] in ' \t':
            if current is None:
                msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                body_start = i
                break
            current.append(line)
            i += 1
            continue
        if not _header_re.match(line) or ':' not in line:
            msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
            body_start = i
            break
        flush()
        current = [line]
        i += 1
    flush()
    body = ''.join(lines[body_start:])
    msg.set_payload(body)
    return msg


class Parser:
    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse(text, self._class, self.policy, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
