"""Parse text or bytes into message objects.

Parser and BytesParser read a header block, a blank line and a body;
multipart bodies are split at their boundary into sub-messages.  The
Header* variants leave the body as one string.
"""

import re

from email import errors
from email.policy import compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

# A header line starts with a field name (printable ASCII but ':' and
# space) and a colon.
_FIELD = re.compile(r'[\041-\071\073-\176]*:')
_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')


def _is_blank(line):
    return line in ('\n', '\r\n', '\r', '')


class _Reader:
    def __init__(self, factory, policy):
        self.factory = factory
        self.policy = policy

    def new_message(self):
        if self.factory is None:
            maker = getattr(self.policy, 'message_factory', None)
            if maker is None:
                from email.message import Message
                maker = Message
        else:
            maker = self.factory
        try:
            return maker(policy=self.policy)
        except TypeError:
            return maker()

    def read(self, text, headers_only=False):
        msg = self.new_message()
        lines = _LINE.findall(text)
        at = 0
        if lines and lines[0].startswith('From '):
            msg.set_unixfrom(lines[0].rstrip('\r\n'))
            at = 1
        field = None            # lines of the header being collected

        def store():
            if field:
                name, value = self.policy.header_source_parse(field)
                msg.set_raw(name, value)

        while at < len(lines):
            line = lines[at]
            if _is_blank(line):
                at += 1
                break
            if line[0] in ' \t':
                if field is None:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    field.append(line)
                at += 1
                continue
            if line.startswith('From '):
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                at += 1
                continue
            if _FIELD.match(line) is None:
                msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                break
            store()
            field = [line]
            at += 1
        store()
        body = ''.join(lines[at:])
        if headers_only:
            msg.set_payload(body)
        else:
            self.fill_body(msg, body)
        return msg

    def fill_body(self, msg, body):
        maintype = msg.get_content_maintype()
        if maintype == 'multipart':
            if self.split_parts(msg, body):
                return
        elif msg.get_content_type() == 'message/rfc822':
            msg.set_payload([self.read(body)])
            return
        msg.set_payload(body)

    def split_parts(self, msg, body):
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg.defects.append(errors.MultipartInvariantViolationDefect())
            return False
        opener = '--' + boundary
        closer = opener + '--'
        lines = _LINE.findall(body)
        marks = []              # (line index, is the closing boundary)
        for index, line in enumerate(lines):
            bare = line.rstrip('\r\n').rstrip(' \t')
            if bare == closer:
                marks.append((index, True))
                break
            if bare == opener:
                marks.append((index, False))
        if not marks:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg.defects.append(errors.MultipartInvariantViolationDefect())
            return False

        def chunk(start, stop):
            text = ''.join(lines[start:stop])
            # the line break before a boundary belongs to the boundary
            for end in ('\r\n', '\n', '\r'):
                if text.endswith(end):
                    return text[:-len(end)]
            return text

        preamble = chunk(0, marks[0][0])
        msg.preamble = preamble or None
        parts = []
        for (start, closing), following in zip(marks, marks[1:] + [(len(lines), True)]):
            if closing:
                break
            parts.append(self.read(chunk(start + 1, following[0])))
        msg.set_payload(parts)
        last, closing = marks[-1]
        if closing:
            msg.epilogue = ''.join(lines[last + 1:])
        else:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
        return True


class Parser:
    """Parse str messages; *_class* (default: the policy's message
    factory, else email.message.Message) builds the result."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _Reader(self._class, self.policy).read(text, headersonly)


class HeaderParser(Parser):
    """A Parser that leaves the body unparsed."""

    def parsestr(self, text, headersonly=True):
        return _Reader(self._class, self.policy).read(text, headers_only=True)

    def parse(self, fp, headersonly=True):
        return self.parsestr(fp.read())


class BytesParser:
    """Parse bytes messages (decoded as ASCII, other bytes kept as
    surrogate escapes)."""
    _text_parser = Parser

    def __init__(self, *args, **kw):
        self.parser = self._text_parser(*args, **kw)

    def parsebytes(self, text, headersonly=False):
        decoded = bytes(text).decode('ascii', errors='surrogateescape')
        return self.parser.parsestr(decoded, headersonly)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that leaves the body unparsed."""
    _text_parser = HeaderParser
