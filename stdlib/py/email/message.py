"""Message objects: an ordered list of header fields plus a payload.

Message follows the compat32 policy (raw header values); EmailMessage and
MIMEPart use email.policy.default and add get_content/set_content.  The
payload is a str (transfer-encoded text), or a list of sub-messages for
multipart messages.
"""

import base64
import binascii
import random
import re
import time

from email import errors
from email import policy as _policies
from email import utils

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
# Characters that force a parameter value into quotes (RFC 2045 tspecials).
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


# ---------------------------------------------------------------------------
# header parameters

def _split_params(text):
    """'a/b; x="1;2"; y=3' -> ['a/b', 'x="1;2"', 'y=3'] (names lowered,
    whitespace around '=' dropped); semicolons inside quotes are kept."""
    text = str(text)
    pieces = []
    start = 0
    while True:
        end = start
        inside = False
        while end < len(text):
            ch = text[end]
            if ch == '\\' and inside:
                end += 2
                continue
            if ch == '"':
                inside = not inside
            elif ch == ';' and not inside:
                break
            end += 1
        piece = text[start:end]
        name, eq, value = piece.partition('=')
        if eq:
            piece = name.strip().lower() + '=' + value.strip()
        pieces.append(piece.strip())
        if end >= len(text):
            return pieces
        start = end + 1


def _render_param(name, value=None, quote=True):
    """'name="value"' for a header parameter; RFC 2231 form for a
    (charset, language, text) triple or a non-ASCII value; bare name when
    there is no value."""
    if value is None or len(value) == 0:
        return name
    if isinstance(value, tuple):
        charset, language, text = value
        return f'{name}*={utils.encode_rfc2231(text, charset, language)}'
    if not value.isascii():
        return f"{name}*={utils.encode_rfc2231(value, 'utf-8', '')}"
    if quote or tspecials.search(value):
        return f'{name}="{utils.quote(value)}"'
    return f'{name}={value}'


def _plain_value(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _first_field(value):
    """The part of a header value before its first ';', stripped."""
    return str(value).partition(';')[0].strip()


# ---------------------------------------------------------------------------
# transfer encodings

_B64_ALPHABET = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')


def _b64_decode(data):
    """Decode base64 leniently: stray characters are ignored and missing
    padding supplied."""
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:
        pass
    kept = bytes(b for b in data if b in _B64_ALPHABET)
    if len(kept) % 4 == 1:
        kept = kept[:-1]
    return binascii.a2b_base64(kept + b'=' * (-len(kept) % 4))


def _b64_body(data, width=76):
    """Base64 in lines of *width* characters, each ending in a newline."""
    chunk = width * 3 // 4
    return ''.join(binascii.b2a_base64(data[i:i + chunk]).decode('ascii')
                   for i in range(0, len(data), chunk))


def _qp_decode(data):
    out = bytearray()
    for line in data.splitlines(keepends=True):
        content = line.rstrip(b'\r\n')
        ending = line[len(content):]
        trimmed = content.rstrip(b' \t')
        if trimmed.endswith(b'='):          # soft line break
            content, ending = trimmed[:-1], b''
        pos = 0
        while pos < len(content):
            byte = content[pos]
            if byte == 0x3d:
                try:
                    out.append(int(content[pos + 1:pos + 3], 16))
                    pos += 3
                    continue
                except ValueError:
                    pass
            out.append(byte)
            pos += 1
        out += ending
    return bytes(out)


def _qp_encode(text, width=76):
    """Quoted-printable for a str of code points below 256, keeping its
    line structure and wrapping long lines with soft breaks."""
    out = []
    lines = text.split('\n')
    for number, line in enumerate(lines):
        cells = []
        for pos, ch in enumerate(line):
            code = ord(ch)
            at_end = pos == len(line) - 1
            if ch in ' \t' and not at_end:
                cells.append(ch)
            elif 33 <= code <= 126 and ch != '=':
                cells.append(ch)
            else:
                cells.append('=%02X' % code)
        row = ''
        for cell in cells:
            if len(row) + len(cell) > width - 1:
                out.append(row + '=\n')
                row = ''
            row += cell
        out.append(row)
        if number < len(lines) - 1:
            out.append('\n')
    return ''.join(out)


# charset name -> (canonical name, body encoding)
_ALIASES = {'latin-1': 'iso-8859-1', 'latin_1': 'iso-8859-1', 'latin1': 'iso-8859-1',
            'ascii': 'us-ascii', 'utf8': 'utf-8', 'utf_8': 'utf-8',
            'latin-2': 'iso-8859-2', 'latin_2': 'iso-8859-2', 'cp1252': 'windows-1252'}


def _charset_info(name):
    name = _ALIASES.get(str(name).lower(), str(name).lower())
    if name == 'us-ascii':
        return name, None
    if name.startswith('iso-8859-') or name.startswith('windows-125') or name == 'viscii':
        return name, 'quoted-printable'
    return name, 'base64'


# ---------------------------------------------------------------------------
# Message

class Message:
    """Header fields (ordered, names case-insensitive, duplicates kept)
    and a payload."""

    def __init__(self, policy=_policies.compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = None
        self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    # -- rendering
    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text (headers are not refolded)."""
        return _render(self, policy or self.policy, unixfrom)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        text = _render(self, policy or self.policy, unixfrom, keep_raw=True)
        return text.encode('utf-8', 'surrogateescape')

    # -- envelope
    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # -- payload
    def is_multipart(self):
        return isinstance(self._payload, list)

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
            return
        if not isinstance(self._payload, list):
            raise TypeError("Attach is not valid on a message with"
                            " a non-multipart payload")
        self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload; with *i*, one part of a multipart payload; with
        *decode*, the bytes after undoing the Content-Transfer-Encoding."""
        payload = self._payload
        if isinstance(payload, list):
            if decode:
                return None
            return payload if i is None else payload[i]
        if i is not None:
            raise TypeError(f'Expected list, got {type(payload)}')
        if not isinstance(payload, str):
            return payload
        escaped = any('\udc80' <= ch <= '\udcff' for ch in payload)
        if not decode:
            if escaped:
                raw = payload.encode('ascii', 'surrogateescape')
                try:
                    return raw.decode(self.get_param('charset', 'ascii'), 'replace')
                except LookupError:
                    return raw.decode('ascii', 'replace')
            return payload
        if escaped:
            raw = payload.encode('ascii', 'surrogateescape')
        else:
            try:
                raw = payload.encode('ascii')
            except UnicodeError:
                raw = payload.encode('latin-1', 'backslashreplace')
        encoding = str(self.get('content-transfer-encoding', '')).lower()
        if encoding == 'base64':
            return _b64_decode(b''.join(raw.splitlines()))
        if encoding == 'quoted-printable':
            return _qp_decode(raw)
        return raw

    def set_payload(self, payload, charset=None):
        """Set the payload; with *charset*, encode a str with it and set
        the MIME headers that go with it (see set_charset)."""
        if isinstance(payload, str) and charset is not None:
            payload = payload.encode(_charset_info(charset)[0])
        if isinstance(payload, (bytes, bytearray)):
            payload = bytes(payload).decode('ascii', 'surrogateescape')
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Record *charset* in MIME-Version/Content-Type and transfer-encode
        the payload for it (base64, quoted-printable or 7bit)."""
        if charset is None:
            self._charset = None
            self.del_param('charset')
            return
        name, body_encoding = _charset_info(charset)
        self._charset = name
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=name)
        else:
            self.set_param('charset', name)
        if 'Content-Transfer-Encoding' in self:
            return
        payload = self._payload or ''
        if body_encoding is None:
            cte = '7bit' if payload.isascii() else '8bit'
        else:
            cte = body_encoding
            raw = payload.encode('ascii', 'surrogateescape') if payload else b''
            if cte == 'base64':
                self._payload = _b64_body(raw)
            else:
                self._payload = _qp_encode(raw.decode('latin-1'))
        self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- header access (mapping style)
    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        wanted = name.lower()
        return any(key.lower() == wanted for key, _ in self._headers)

    def __iter__(self):
        return iter([key for key, _ in self._headers])

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        fetch = self.policy.header_fetch_parse
        return [fetch(key, value) for key, value in self._headers]

    def items(self):
        fetch = self.policy.header_fetch_parse
        return [(key, fetch(key, value)) for key, value in self._headers]

    def __getitem__(self, name):
        return self.get(name)

    def get(self, name, failobj=None):
        wanted = name.lower()
        for key, value in self._headers:
            if key.lower() == wanted:
                return self.policy.header_fetch_parse(key, value)
        return failobj

    def get_all(self, name, failobj=None):
        wanted = name.lower()
        found = [self.policy.header_fetch_parse(key, value)
                 for key, value in self._headers if key.lower() == wanted]
        return found or failobj

    def __setitem__(self, name, val):
        """Append a header (existing ones of that name stay)."""
        limit = self.policy.header_max_count(name)
        if limit:
            wanted = name.lower()
            present = sum(1 for key, _ in self._headers if key.lower() == wanted)
            if present >= limit:
                raise ValueError(f"There may be at most {limit} {name} "
                                 "headers in a message")
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header of that name (no error when absent)."""
        wanted = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != wanted]

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(list(self._headers))

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters; underscores in parameter names
        become dashes and a None value gives a bare parameter."""
        parts = [] if _value is None else [_value]
        for key, value in _params.items():
            key = key.replace('_', '-')
            parts.append(key if value is None else _render_param(key, value))
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Change the first header of that name in place (KeyError when
        there is none)."""
        wanted = _name.lower()
        for index, (key, _) in enumerate(self._headers):
            if key.lower() == wanted:
                self._headers[index] = self.policy.header_store_parse(key, _value)
                return
        raise KeyError(wanted)

    # -- content type
    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return self._default_type
        ctype = _first_field(value).lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().partition('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().partition('/')[2]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _raw_params(self, header):
        """(name, value) pairs of a header with values as decode_params
        leaves them (quoted, or RFC 2231 triples); None when absent."""
        value = self.get(header)
        if value is None:
            return None
        pairs = []
        for piece in _split_params(value):
            name, eq, val = piece.partition('=')
            pairs.append((name.strip(), val.strip()) if eq else (piece.strip(), ''))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        pairs = self._raw_params(header)
        if pairs is None:
            return failobj
        if unquote:
            return [(name, _plain_value(value)) for name, value in pairs]
        return pairs

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        pairs = self._raw_params(header)
        if pairs is None:
            return failobj
        wanted = param.lower()
        for name, value in pairs:
            if name.lower() == wanted:
                return _plain_value(value) if unquote else value
        return failobj

    def _store_rebuilt(self, header, value, replace):
        if value == self.get(header):
            return
        if replace:
            self.replace_header(header, value)
        else:
            del self[header]
            self[header] = value

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set one parameter of a header (Content-Type by default, created
        as text/plain when missing)."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if header.lower() == 'content-type' and header not in self:
            current = 'text/plain'
        else:
            current = self.get(header)
        if not self.get_param(param, header=header):
            fresh = _render_param(param, value, requote)
            current = f'{current}{SEMISPACE}{fresh}' if current else fresh
        else:
            wanted = param.lower()
            rendered = []
            for name, old in self.get_params(header=header, unquote=requote):
                if name.lower() == wanted:
                    rendered.append(_render_param(param, value, requote))
                else:
                    rendered.append(_render_param(name, old, requote))
            current = SEMISPACE.join(rendered)
        self._store_rebuilt(header, current, replace)

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter (the header is rewritten from its parsed
        parameters)."""
        if header not in self:
            return
        wanted = param.lower()
        kept = [_render_param(name, value, requote)
                for name, value in self.get_params(header=header, unquote=requote)
                if name.lower() != wanted]
        rebuilt = SEMISPACE.join(kept)
        if rebuilt != self.get(header):
            del self[header]
            self[header] = rebuilt

    def set_type(self, type, header='Content-Type', requote=True):
        """Change the main/sub type, keeping the parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        params = self.get_params([], header=header, unquote=requote)
        del self[header]
        self[header] = type
        for name, value in params[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition, else the name
        parameter of Content-Type."""
        missing = object()
        found = self.get_param('filename', missing, 'content-disposition')
        if found is missing:
            found = self.get_param('name', missing, 'content-type')
        if found is missing:
            return failobj
        return utils.collapse_rfc2231_value(found).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        found = self.get_param('boundary', missing)
        if found is missing:
            return failobj
        return utils.collapse_rfc2231_value(found).rstrip()

    def set_boundary(self, boundary):
        if self.get('content-type') is None:
            raise errors.HeaderParseError('No Content-Type header found')
        self.set_param('boundary', boundary, replace=True)

    def get_content_charset(self, failobj=None):
        """The charset parameter, lower-cased; *failobj* when missing or
        not ASCII."""
        missing = object()
        found = self.get_param('charset', missing)
        if found is missing:
            return failobj
        if isinstance(found, tuple):
            declared = found[0] or 'us-ascii'
            try:
                found = found[2].encode('latin-1', 'backslashreplace').decode(declared)
            except (LookupError, UnicodeError):
                found = found[2]
        if not found.isascii():
            return failobj
        return found.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        return None if value is None else _first_field(value).lower()

    def walk(self):
        """This message, then every sub-part depth first."""
        yield self
        if self.is_multipart():
            for part in self._payload:
                yield from part.walk()


# ---------------------------------------------------------------------------
# rendering

_EOL = re.compile(r'\r\n|\r|\n')


def _lines(text, linesep):
    """*text* with every line ending replaced by *linesep*."""
    return _EOL.sub(linesep, text)


def _fold(name, text, width, sep):
    """'Name: text' folded at white space into lines of at most *width*
    characters (longer words stay whole); a value that fits on a line of
    its own but not after the name starts on the next line."""
    head = name + ':'
    if not width or len(head) + 1 + len(text) <= width:
        return f'{head} {text}{sep}'
    if 1 + len(text) <= width:
        return f'{head}{sep} {text}{sep}'
    pieces = re.findall(r'[ \t]*[^ \t]+|[ \t]+$', ' ' + text)
    lines = [head]
    for piece in pieces:
        # a piece is its leading white space and a word; trailing white
        # space stays on the last line
        if len(lines[-1]) + len(piece) <= width or not piece.strip():
            lines[-1] += piece
        else:
            lines.append(piece)
    return sep.join(lines) + sep


def _header_text(policy, name, value):
    sep = policy.linesep
    if not policy._unfold:
        return f'{name}: {_lines(str(value), sep)}{sep}'
    width = policy.max_line_length
    if not isinstance(value, _policies._SetValue):
        # parsed source is kept as it is unless a line is too long
        rows = str(value).splitlines() or ['']
        too_long = width and (len(name) + 2 + len(rows[0]) > width
                              or any(len(row) > width for row in rows[1:]))
        if not too_long:
            return f'{name}: {sep.join(rows)}{sep}'
    return _fold(name, policy.header_fetch_parse(name, value), width, sep)


def _new_boundary():
    return '=' * 15 + '%019d' % random.randrange(10 ** 19) + '=='


def _render(msg, policy, unixfrom=False, keep_raw=False):
    sep = policy.linesep
    out = []
    if unixfrom:
        envelope = msg.get_unixfrom() or 'From nobody ' + time.ctime()
        out.append(envelope + sep)
    payload = msg._payload
    nested = isinstance(payload, list) and msg.get_content_maintype() != 'multipart'
    if nested:
        payload = ''.join(_render(part, policy, keep_raw=keep_raw) for part in payload)
    elif isinstance(payload, list) and msg.get_boundary() is None:
        msg.set_param('boundary', _new_boundary(), replace='content-type' in msg)
    for name, value in msg._headers:
        out.append(_header_text(policy, name, value))
    out.append(sep)
    if isinstance(payload, list):
        boundary = msg.get_boundary()
        if msg.preamble is not None:
            out.append(_lines(msg.preamble, sep) + sep)
        for index, part in enumerate(payload):
            if index:
                out.append(sep)
            out.append(f'--{boundary}{sep}')
            out.append(_render(part, policy, keep_raw=keep_raw))
        out.append(f'{sep}--{boundary}--{sep}')
        if msg.epilogue:
            out.append(_lines(msg.epilogue, sep))
    elif payload:
        if not keep_raw and not nested:
            payload = msg.get_payload()
        out.append(_lines(payload, sep))
    return ''.join(out)


# ---------------------------------------------------------------------------
# EmailMessage

def _decoded_text(part):
    raw = part.get_payload(decode=True)
    charset = part.get_param('charset', 'ASCII')
    try:
        return raw.decode(charset, errors='replace')
    except LookupError:
        return raw.decode('utf-8', errors='replace')


def _text_body(text, charset, cte, policy):
    data = text.encode(charset)
    rows = data.splitlines()
    joined = b'\n'.join(rows) + b'\n'
    if cte is None:
        limit = policy.max_line_length or 78
        if max((len(row) for row in rows), default=0) <= limit:
            cte = '7bit' if joined.isascii() else '8bit'
        else:
            as_qp = _qp_encode(joined.decode('latin-1'))
            as_b64 = _b64_body(joined)
            cte = 'base64' if len(as_qp) > len(as_b64) else 'quoted-printable'
    if cte == '7bit':
        return cte, joined.decode('ascii')
    if cte == '8bit':
        return cte, joined.decode('ascii', 'surrogateescape')
    if cte == 'quoted-printable':
        return cte, _qp_encode(joined.decode('latin-1'))
    if cte == 'base64':
        body = policy.linesep.encode('ascii').join(rows) + policy.linesep.encode('ascii')
        return cte, _b64_body(body)
    raise ValueError(f'Unknown content transfer encoding {cte}')


# The content manager for str and bytes (raw_data_manager's rules).

def _begin(msg, maintype, subtype, headers):
    msg['Content-Type'] = f'{maintype}/{subtype}'
    for line in headers or ():
        name, _, value = str(line).partition(':')
        msg[name.strip()] = value.strip()


def _finish(msg, disposition, filename, cid, params):
    if disposition is None and filename is not None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    for key, value in (params or {}).items():
        msg.set_param(key, value)


def set_text_content(msg, text, subtype='plain', charset='utf-8', cte=None,
                     disposition=None, filename=None, cid=None, params=None, headers=None):
    _begin(msg, 'text', subtype, headers)
    cte, body = _text_body(text, charset, cte, msg.policy)
    msg.set_payload(body)
    msg.set_param('charset', _charset_info(charset)[0], replace=True)
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte='base64', disposition=None,
                      filename=None, cid=None, params=None, headers=None):
    _begin(msg, maintype, subtype, headers)
    if cte == 'base64':
        body = _b64_body(data, msg.policy.max_line_length or 76)
    elif cte == 'quoted-printable':
        body = _qp_encode(data.decode('latin-1'))
    elif cte == '7bit':
        body = data.decode('ascii')
    else:
        body = data.decode('ascii', 'surrogateescape')
    msg.set_payload(body)
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


class MIMEPart(Message):
    """A message part under email.policy.default, with the content
    manager interface (get_content/set_content) for text and bytes."""

    def __init__(self, policy=None):
        super().__init__(_policies.default if policy is None else policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        return _render(self, policy or self.policy, unixfrom)

    def __str__(self):
        return self.as_string()

    def is_attachment(self):
        return self.get_content_disposition() == 'attachment'

    def iter_parts(self):
        if self.is_multipart():
            yield from self._payload

    _BODY_KINDS = ('text/plain', 'text/html', 'multipart/related',
                   'multipart/alternative')

    def iter_attachments(self):
        """The sub-parts that are not body candidates: the first
        text/plain, text/html, multipart/related and multipart/alternative
        parts (unless marked as attachments) are skipped.  For
        multipart/related, every part but the root."""
        if self.get_content_maintype() != 'multipart' or not self.is_multipart():
            return
        subtype = self.get_content_subtype()
        if subtype == 'alternative':
            return
        parts = list(self._payload)
        if subtype == 'related':
            start = self.get_param('start')
            root = next((p for p in parts if start and p['content-id'] == start), None)
            if root is None:
                root = parts[0] if parts else None
            yield from (p for p in parts if p is not root)
            return
        skipped = set()
        for part in parts:
            kind = part.get_content_type()
            if kind in self._BODY_KINDS and not part.is_attachment() and kind not in skipped:
                skipped.add(kind)
                continue
            yield part

    def _body_candidates(self, wanted):
        """(rank in *wanted*, part) for the parts that could be the body."""
        if self.is_attachment():
            return
        maintype, subtype = self.get_content_type().split('/')
        if maintype == 'text':
            if subtype in wanted:
                yield wanted.index(subtype), self
            return
        if maintype != 'multipart':
            return
        if subtype != 'related':
            for part in self.iter_parts():
                if isinstance(part, MIMEPart):
                    yield from part._body_candidates(wanted)
            return
        if 'related' in wanted:
            yield wanted.index('related'), self
        start = self.get_param('start')
        parts = list(self.iter_parts())
        root = next((p for p in parts if start and p['content-id'] == start), None)
        if root is None and parts:
            root = parts[0]
        if isinstance(root, MIMEPart):
            yield from root._body_candidates(wanted)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best candidate for the message body, by the order of
        *preferencelist*; None when there is none."""
        best, found = len(preferencelist), None
        for rank, part in self._body_candidates(list(preferencelist)):
            if rank < best:
                best, found = rank, part
                if rank == 0:
                    break
        return found

    def get_content(self, *args, content_manager=None, **kw):
        maintype = self.get_content_maintype()
        if maintype == 'text':
            return _decoded_text(self)
        if maintype == 'multipart':
            raise KeyError('multipart')
        if maintype == 'message' and self.is_multipart():
            return self._payload[0]
        return self.get_payload(decode=True)

    def set_content(self, content, *args, content_manager=None, **kw):
        if self.get_content_maintype() == 'multipart' and 'content-type' in self:
            raise TypeError('set_content not valid on multipart')
        self.clear_content()
        if isinstance(content, str):
            set_text_content(self, content, *args, **kw)
        elif isinstance(content, (bytes, bytearray, memoryview)):
            set_bytes_content(self, bytes(content), *args, **kw)
        else:
            kind = type(content)
            raise KeyError(f'{kind.__module__}.{kind.__qualname__}')

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(k, v) for k, v in self._headers
                         if not k.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A complete message: set_content also adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if self.get('MIME-Version') is None:
            self['MIME-Version'] = '1.0'
