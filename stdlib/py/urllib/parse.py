"""Split URLs into their components, put them back together, resolve
relative references, and percent-encode or decode URL text and queries.

Every function accepts str or bytes (not both mixed in one call); bytes
input must be ASCII and gives bytes results.
"""

from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag',
           'urlsplit', 'urlunsplit', 'urlencode', 'parse_qs',
           'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes',
           'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Schemes whose URLs may be resolved against a base, that carry a
# network location, that allow ;params, and so on (as the docs list them).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais',
                 'file', 'https', 'shttp', 'mms', 'prospero', 'rtsp',
                 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap',
               'wais', 'file', 'mms', 'https', 'shttp', 'snews', 'prospero',
               'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp',
               'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https',
               'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms',
               'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
scheme_chars = _LETTERS + '0123456789+-.'

# WHATWG: leading C0 controls and spaces are dropped, tab/CR/LF removed.
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
_REMOVED = ('\t', '\r', '\n')


# ---------------------------------------------------------------------------
# str/bytes handling

def _identity(value):
    return value


def _to_bytes(value):
    return value.encode('ascii', 'strict')


def _text_args(*args):
    """Return the arguments as str plus a function that converts a result
    back to the caller's type."""
    want_text = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != want_text:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_text:
        return args + (_identity,)
    decoded = tuple(arg.decode('ascii', 'strict') if arg else '' for arg in args)
    return decoded + (_to_bytes,)


# ---------------------------------------------------------------------------
# result types

class _TextResult:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_type(*(part.encode(encoding, errors) for part in self))


class _BytesResult:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._text_type(*(part.decode(encoding, errors) for part in self))


class _AuthorityParts:
    """username/password/hostname/port read from the netloc field."""
    __slots__ = ()

    def _netloc_text(self):
        netloc = self.netloc
        if isinstance(netloc, bytes):
            return netloc.decode('latin-1')
        return netloc

    def _back(self, text):
        if text is None or isinstance(self.netloc, str):
            return text
        return text.encode('latin-1')

    def _credentials(self):
        userinfo, at, _ = self._netloc_text().rpartition('@')
        if not at:
            return None, None
        user, colon, secret = userinfo.partition(':')
        return user, (secret if colon else None)

    def _host_and_port(self):
        hostport = self._netloc_text().rpartition('@')[2]
        before, bracket, rest = hostport.partition('[')
        if bracket:
            host, _, after = rest.partition(']')
            port = after.partition(':')[2]
        else:
            host, _, port = hostport.partition(':')
        return host, (port or None)

    @property
    def username(self):
        return self._back(self._credentials()[0])

    @property
    def password(self):
        return self._back(self._credentials()[1])

    @property
    def hostname(self):
        host = self._host_and_port()[0]
        if not host:
            return None
        # The zone of a scoped IPv6 address keeps its case.
        address, pct, zone = host.partition('%')
        if isinstance(self.netloc, bytes):
            return address.encode('latin-1').lower() + (pct + zone).encode('latin-1')
        return address.lower() + pct + zone

    @property
    def port(self):
        text = self._host_and_port()[1]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            shown = self._back(text)
            raise ValueError(f"Port could not be cast to integer value as {shown!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


def _make_pair(name, fields, mixins, geturl):
    text_cls = type(name, (namedtuple(name, fields), _TextResult) + mixins,
                    {'__slots__': (), 'geturl': geturl})
    bytes_cls = type(name + 'Bytes',
                     (namedtuple(name + 'Bytes', fields), _BytesResult) + mixins,
                     {'__slots__': (), 'geturl': geturl})
    text_cls._bytes_type = bytes_cls
    bytes_cls._text_type = text_cls
    text_cls.__module__ = bytes_cls.__module__ = __name__
    return text_cls, bytes_cls


def _defrag_url(self):
    if self.fragment:
        sep = '#' if isinstance(self.url, str) else b'#'
        return self.url + sep + self.fragment
    return self.url


DefragResult, DefragResultBytes = _make_pair(
    'DefragResult', 'url fragment', (), _defrag_url)
SplitResult, SplitResultBytes = _make_pair(
    'SplitResult', 'scheme netloc path query fragment', (_AuthorityParts,),
    lambda self: urlunsplit(self))
ParseResult, ParseResultBytes = _make_pair(
    'ParseResult', 'scheme netloc path params query fragment',
    (_AuthorityParts,), lambda self: urlunparse(self))


# ---------------------------------------------------------------------------
# splitting and joining

def _is_ipv4(text):
    pieces = text.split('.')
    return len(pieces) == 4 and all(
        p.isascii() and p.isdigit() and len(p) <= 3 and int(p) <= 255
        and (p == '0' or not p.startswith('0')) for p in pieces)


def _is_ipv6(text):
    address = text.partition('%')[0]
    if address.count('::') > 1:
        return False
    groups = address.split(':')
    if groups and '.' in groups[-1]:
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if '::' in address:
        if len(groups) > 9:
            return False
        # an empty group comes from the '::' (and from its ends)
        groups = [g for g in groups if g]
        if len(groups) > 7:
            return False
    elif len(groups) != 8:
        return False
    hexdigits = '0123456789abcdefABCDEF'
    return all(0 < len(g) <= 4 and all(c in hexdigits for c in g) for g in groups)


def _check_brackets(netloc):
    if ('[' in netloc) != (']' in netloc):
        raise ValueError("Invalid IPv6 URL")
    if '[' not in netloc:
        return
    inside = netloc.partition('[')[2].partition(']')[0]
    if inside[:1] in ('v', 'V'):
        return                      # IPvFuture: accepted as written
    if _is_ipv6(inside):
        return
    if _is_ipv4(inside):
        raise ValueError("An IPv4 address cannot be in brackets")
    raise ValueError(f"{inside!r} does not appear to be an IPv4 or IPv6 address")


def _take_scheme(url):
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        if all(c in scheme_chars for c in candidate):
            return candidate.lower(), url[colon + 1:]
    return None, url


def urlsplit(url, scheme='', allow_fragments=True):
    """Split *url* into (scheme, netloc, path, query, fragment)."""
    url, scheme, back = _text_args(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for ch in _REMOVED:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    found, url = _take_scheme(url)
    if found is not None:
        scheme = found
    netloc = query = fragment = ''
    if url.startswith('//'):
        end = len(url)
        for delim in '/?#':
            pos = url.find(delim, 2)
            if pos >= 0:
                end = min(end, pos)
        netloc, url = url[2:end], url[end:]
        _check_brackets(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if back is _identity else result.encode('ascii')


def urlparse(url, scheme='', allow_fragments=True):
    """Split *url* into the six parts of a ParseResult; the params are the
    text after ';' in the last path segment."""
    url, scheme, back = _text_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        last_slash = path.rfind('/')
        semi = path.find(';', last_slash + 1 if last_slash >= 0 else 0)
        if semi >= 0:
            path, params = path[:semi], path[semi + 1:]
    result = ParseResult(parts.scheme, parts.netloc, path, params,
                         parts.query, parts.fragment)
    return result if back is _identity else result.encode('ascii')


def urlunsplit(components):
    """Put the five parts of urlsplit() back into a URL string."""
    scheme, netloc, path, query, fragment, back = _text_args(*components)
    needs_slashes = bool(netloc) or (
        scheme and scheme in uses_netloc and not path.startswith('//'))
    if needs_slashes:
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + netloc + path
    text = path
    if scheme:
        text = f'{scheme}:{text}'
    if query:
        text = f'{text}?{query}'
    if fragment:
        text = f'{text}#{fragment}'
    return back(text)


def urlunparse(components):
    """Put the six parts of urlparse() back into a URL string."""
    scheme, netloc, path, params, query, fragment, back = _text_args(*components)
    if params:
        path = f'{path};{params}'
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _resolve_dots(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments and segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve *url* against *base* (RFC 3986 section 5)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _text_args(base, url)
    b = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b.scheme, allow_fragments)
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = b.netloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, b.path, b.params,
                                query or b.query, fragment)))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        directory = b.path.split('/')
        if directory[-1]:
            directory.pop()
        segments = directory + path.split('/')
        # empty segments inside the merged path are dropped
        if len(segments) > 2:
            inner = [s for s in segments[1:-1] if s]
            segments = [segments[0]] + inner + [segments[-1]]
    joined = '/'.join(_resolve_dots(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: DefragResult(url without it, fragment)."""
    url, back = _text_args(url)
    if '#' in url:
        parts = urlparse(url)
        result = DefragResult(urlunparse(parts[:5] + ('',)), parts.fragment)
    else:
        result = DefragResult(url, '')
    return result if back is _identity else result.encode('ascii')


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# ---------------------------------------------------------------------------
# percent-encoding

_UNRESERVED = frozenset((_LETTERS + '0123456789_.-~').encode('ascii'))


def quote_from_bytes(bs, safe='/'):
    """Percent-encode the bytes *bs*, leaving letters, digits, '_.-~' and
    the characters of *safe* as they are; returns str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    extra = safe.encode('ascii', 'ignore') if isinstance(safe, str) else safe
    if not bs:
        return ''
    keep = _UNRESERVED.union(b for b in extra if b < 128)
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode *string* (str encoded with *encoding*, default
    UTF-8, or bytes) for use in a URL path."""
    if not isinstance(string, str):
        for name, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError(f"quote() doesn't support {name!r} for bytes")
    elif string:
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        return string
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+' (HTML form encoding) and '/'
    is not safe by default."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


_HEX = '0123456789abcdefABCDEF'


def unquote_to_bytes(string):
    """Decode %xx escapes into bytes; str input is UTF-8 encoded first."""
    if not string:
        string.split          # None and other non-strings fail here
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    elif not isinstance(string, (bytes, bytearray)):
        string.split          # the same failure as for None
    out = bytearray()
    pos, size = 0, len(string)
    while pos < size:
        pct = string.find(b'%', pos)
        if pct < 0:
            out += string[pos:]
            break
        out += string[pos:pct]
        pair = string[pct + 1:pct + 3]
        if len(pair) == 2 and all(chr(c) in _HEX for c in pair):
            out.append(int(pair, 16))
            pos = pct + 3
        else:
            out.append(0x25)
            pos = pct + 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Decode %xx escapes; runs of escaped bytes are decoded together with
    *encoding*/*errors*, other characters are kept."""
    if isinstance(string, bytes):
        raw = unquote_to_bytes(string)
        return raw.decode(encoding, errors)
    if '%' not in string:
        string.split          # non-strings fail like the other functions
        return string
    pieces = []
    pending = bytearray()
    pos, size = 0, len(string)
    while pos < size:
        ch = string[pos]
        if ch == '%':
            pair = string[pos + 1:pos + 3]
            if len(pair) == 2 and pair[0] in _HEX and pair[1] in _HEX:
                pending.append(int(pair, 16))
                pos += 3
                continue
        if pending:
            pieces.append(pending.decode(encoding, errors))
            pending = bytearray()
        pieces.append(ch)
        pos += 1
    if pending:
        pieces.append(pending.decode(encoding, errors))
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() after turning '+' into spaces."""
    return unquote(string.replace('+', ' '), encoding, errors)


# ---------------------------------------------------------------------------
# query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, back = _text_args(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError(f"bad query field: {field!r}")
            if not keep_blank_values:
                continue
        if not value and not keep_blank_values:
            continue
        name = unquote(name.replace('+', ' '), encoding, errors)
        value = unquote(value.replace('+', ' '), encoding, errors)
        pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding, errors, max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'k=v&k2=v2'.  With
    *doseq*, sequence values produce one pair per element."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from exc

    def encode(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    out = []
    for key, value in query:
        key = encode(key)
        if not doseq or isinstance(value, (str, bytes)):
            out.append(key + '=' + encode(value))
            continue
        try:
            len(value)
        except TypeError:
            out.append(key + '=' + encode(value))
        else:
            out.extend(key + '=' + encode(item) for item in value)
    return '&'.join(out)
