"""HTTP/1.1 client connections (RFC 7230/7231).

An HTTPConnection goes through three states: idle, request started
(putrequest called; headers may be added), and request sent (endheaders
called; the response may be read with getresponse).  request() runs the
whole sequence.  HTTPResponse is a readable binary stream over the body,
undoing chunked transfer coding.
"""

import email.message
import email.parser
import io
import re
import socket
from http import HTTPStatus
from urllib.parse import urlsplit

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding', 'UnimplementedFileMode',
           'IncompleteRead', 'InvalidURL', 'ImproperConnectionState',
           'CannotSendRequest', 'CannotSendHeader', 'ResponseNotReady',
           'BadStatusLine', 'LineTooLong', 'RemoteDisconnected', 'error',
           'responses', 'HTTPSConnection']

HTTP_PORT = 80
HTTPS_PORT = 443

# The status names are module constants too (http.client.OK == 200).
globals().update(HTTPStatus.__members__)
responses = {status.value: status.phrase for status in HTTPStatus}

_MAX_LINE = 65536
_MAX_HEADERS = 100
_UNKNOWN = 'UNKNOWN'

# connection states
_IDLE = 'Idle'
_STARTED = 'Request-started'
_SENT = 'Request-sent'

_BODY_METHODS = frozenset(['PATCH', 'POST', 'PUT'])

_HEADER_NAME_OK = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
_HEADER_VALUE_BAD = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search
_URL_BAD_CHAR = re.compile('[\x00-\x20\x7f]').search
_METHOD_BAD_CHAR = re.compile('[\x00-\x1f]').search


# ---------------------------------------------------------------------------
# exceptions

class HTTPException(Exception):
    """Root of this module's exceptions."""


error = HTTPException


def _plain_error(name, base=HTTPException):
    cls = type(name, (base,), {'__module__': __name__})
    globals()[name] = cls
    return cls


for _name in ('NotConnected', 'InvalidURL', 'UnknownTransferEncoding',
              'UnimplementedFileMode', 'ImproperConnectionState'):
    _plain_error(_name)
for _name in ('CannotSendRequest', 'CannotSendHeader', 'ResponseNotReady'):
    _plain_error(_name, ImproperConnectionState)
del _name


class UnknownProtocol(HTTPException):
    """The status line names a protocol version other than HTTP/1.x."""

    def __init__(self, version):
        self.version = version
        self.args = (version,)


class IncompleteRead(HTTPException):
    """The body ended early: *partial* holds what arrived."""

    def __init__(self, partial, expected=None):
        self.partial, self.expected = partial, expected
        self.args = (partial,)

    def __repr__(self):
        more = '' if self.expected is None else f', {self.expected} more expected'
        return f'{type(self).__name__}({len(self.partial)} bytes read{more})'

    __str__ = __repr__


class BadStatusLine(HTTPException):
    """The status line could not be parsed (an empty one shows as "''")."""

    def __init__(self, line):
        self.line = line or repr(line)
        self.args = (self.line,)


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        super().__init__(f'got more than {_MAX_LINE} bytes when reading {line_type}')


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before sending a response."""

    def __init__(self, *args, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *args, **kw)


# ---------------------------------------------------------------------------
# headers

class HTTPMessage(email.message.Message):
    """The header block of a request or response."""

    def getallmatchingheaders(self, name):
        """Header lines starting with 'name:' (kept for compatibility: the
        stored fields are names only, so this finds what it always did)."""
        prefix = name.lower() + ':'
        found = []
        matching = False
        for line in self.keys():
            if line[:len(prefix)].lower() == prefix:
                matching = True
            elif not line[:1].isspace():
                matching = False
            if matching:
                found.append(line)
        return found


def _read_header_lines(fp):
    lines = []
    while True:
        line = fp.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise LineTooLong('header line')
        lines.append(line)
        if len(lines) > _MAX_HEADERS:
            raise HTTPException(f'got more than {_MAX_HEADERS} headers')
        if line in (b'\r\n', b'\n', b''):
            return lines


def parse_headers(fp, _class=HTTPMessage):
    """Read header lines from a binary file up to the blank line and parse
    them into an HTTPMessage (or *_class*)."""
    text = b''.join(_read_header_lines(fp)).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


# ---------------------------------------------------------------------------
# responses

class HTTPResponse(io.BufferedIOBase):
    """A response read from a socket; the body is read with read(),
    read1(), readinto() or readline()."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.url = url
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    # -- the status line and headers
    def _status_line(self):
        raw = self.fp.readline(_MAX_LINE + 1)
        if len(raw) > _MAX_LINE:
            raise LineTooLong('status line')
        line = raw.decode('iso-8859-1')
        if self.debuglevel > 0:
            print('reply:', repr(line))
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        fields = line.split(None, 2)
        version = fields[0] if len(fields) >= 2 else ''
        code = fields[1] if len(fields) >= 2 else ''
        reason = fields[2] if len(fields) == 3 else ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(code)
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= status <= 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        """Read the status line and headers (interim 100 responses are
        skipped) and work out how the body is delimited."""
        if self.headers is not None:
            return                      # already done
        version, status, reason = self._status_line()
        while status == HTTPStatus.CONTINUE:
            for line in _read_header_lines(self.fp):
                if self.debuglevel > 0 and line.strip():
                    print('header:', line.decode('iso-8859-1').strip())
            version, status, reason = self._status_line()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print('header:', name + ':', value)

        coding = self.headers.get('transfer-encoding')
        self.chunked = bool(coding) and coding.lower() == 'chunked'
        self.chunk_left = None
        self.will_close = self._closes_after()

        self.length = None
        declared = self.headers.get('content-length')
        if declared and not self.chunked:
            try:
                self.length = int(declared)
            except ValueError:
                pass
            else:
                if self.length < 0:
                    self.length = None
        if (status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED)
                or 100 <= status < 200 or self._method == 'HEAD'):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _closes_after(self):
        connection = (self.headers.get('connection') or '').lower()
        if self.version == 11:
            return 'close' in connection
        # HTTP/1.0 closes unless keep-alive was negotiated
        if self.headers.get('keep-alive') or 'keep-alive' in connection:
            return False
        proxy = (self.headers.get('proxy-connection') or '').lower()
        return 'keep-alive' not in proxy

    # -- stream state
    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def isclosed(self):
        """True once the body has been read completely (or closed)."""
        return self.fp is None

    def readable(self):
        return True

    def close(self):
        try:
            super().close()
        finally:
            if self.fp is not None:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp is not None:
            self.fp.flush()

    def fileno(self):
        return self.fp.fileno()

    # -- body
    def _exactly(self, size):
        data = self.fp.read(size)
        if len(data) < size:
            raise IncompleteRead(data, size - len(data))
        return data

    def _next_chunk_size(self):
        line = self.fp.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise LineTooLong('chunk size')
        size = line.split(b';', 1)[0]
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _skip_trailer(self):
        while True:
            line = self.fp.readline(_MAX_LINE + 1)
            if len(line) > _MAX_LINE:
                raise LineTooLong('trailer line')
            if line in (b'', b'\r\n', b'\n'):
                return

    def _chunk_remaining(self):
        """Bytes left in the current chunk, reading the next chunk header
        when needed; None at the end of the body."""
        left = self.chunk_left
        if left:
            return left
        if left is not None:
            self._exactly(2)            # CRLF after the previous chunk
        try:
            left = self._next_chunk_size()
        except ValueError:
            raise IncompleteRead(b'') from None
        if left == 0:
            self._skip_trailer()
            self._close_conn()
            left = None
        self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        pieces = []
        try:
            while True:
                left = self._chunk_remaining()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    pieces.append(self._exactly(amt))
                    self.chunk_left = left - amt
                    break
                pieces.append(self._exactly(left))
                self.chunk_left = 0
                if amt is not None:
                    amt -= left
            return b''.join(pieces)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(pieces)) from exc

    def _body_done(self):
        return self.fp is None or self._method == 'HEAD'

    def read(self, amt=None):
        """Read up to *amt* bytes of the body (all of it by default)."""
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if amt is not None and amt >= 0:
            buffer = bytearray(amt)
            count = self.readinto(buffer)
            return bytes(buffer[:count])
        if self.chunked:
            return self._read_chunked()
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._exactly(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        """Read body bytes into the buffer *b*; returns the count."""
        if self.fp is None:
            return 0
        if self._method == 'HEAD':
            self._close_conn()
            return 0
        view = memoryview(b).cast('B')
        if self.chunked:
            data = self._read_chunked(len(view))
            view[:len(data)] = data
            return len(data)
        want = len(view)
        if self.length is not None and want > self.length:
            want = self.length
        data = self.fp.read(want)
        view[:len(data)] = data
        if not data and want:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return len(data)

    def read1(self, n=-1):
        """Read what is at hand, at most *n* bytes (one chunk at most)."""
        if self._body_done():
            return b''
        if self.chunked:
            left = self._chunk_remaining()
            if left is None or n == 0:
                return b''
            take = left if n < 0 else min(n, left)
            data = self.fp.read1(take) if hasattr(self.fp, 'read1') else self.fp.read(take)
            self.chunk_left = left - len(data)
            if not data:
                raise IncompleteRead(b'')
            return data
        if self.length is not None and (n < 0 or n > self.length):
            n = self.length
        data = self.fp.read1(n) if hasattr(self.fp, 'read1') else self.fp.read(n)
        if not data and n:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
        return data

    def peek(self, n=-1):
        if self._body_done():
            return b''
        if self.chunked:
            left = self._chunk_remaining()
            if left is None:
                return b''
            return self.fp.peek(left)[:left] if hasattr(self.fp, 'peek') else b''
        return self.fp.peek(n) if hasattr(self.fp, 'peek') else b''

    def readline(self, limit=-1):
        """One line of the body (up to *limit* bytes)."""
        if self._body_done():
            return b''
        if self.chunked:
            return self._chunked_line(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)     # the stream stays open at 0
        return line

    def _chunked_line(self, limit):
        # As io's generic readline: take what peek() offers up to a
        # newline (or *limit* bytes of that look-ahead), until a newline.
        line = bytearray()
        while limit < 0 or len(line) < limit:
            ahead = self.peek(1)
            if ahead:
                stop = ahead.find(b'\n') + 1 or len(ahead)
                if limit >= 0:
                    stop = min(stop, limit)
                want = stop
            else:
                want = 1
            data = self.read(want)
            if not data:
                break
            line += data
            if line.endswith(b'\n'):
                break
        return bytes(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    # -- headers and compatibility accessors
    def getheader(self, name, default=None):
        """The value of header *name* (several joined by ', ')."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def getcode(self):
        return self.status

    def info(self):
        return self.headers

    def geturl(self):
        return self.url


# ---------------------------------------------------------------------------
# connections

def _latin1(text, what):
    try:
        return text.encode('latin-1')
    except UnicodeEncodeError:
        pass
    # Report the first run of characters beyond Latin-1, with a hint.
    start = next(i for i, ch in enumerate(text) if ord(ch) > 255)
    end = start
    while end < len(text) and ord(text[end]) > 255:
        end += 1
    note = (f"{what.title()} ({text[start:end]!r:.20}) is not valid Latin-1. "
            f"Use {what}.encode('utf-8') if you want to send it encoded in UTF-8.")
    raise UnicodeEncodeError('latin-1', text, start, end, note)


class HTTPConnection:
    """One HTTP/1.1 connection to *host* (an optional ':port' in it, or
    *port*; the default is 80)."""

    default_port = HTTP_PORT
    response_class = HTTPResponse
    debuglevel = 0
    auto_open = 1                   # connect on the first send
    _http_vsn, _http_vsn_str = 11, 'HTTP/1.1'

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.host, self.port = self._get_hostport(host, port)
        self._check_host(self.host)
        self.timeout, self.source_address = timeout, source_address
        self.blocksize = blocksize
        self.sock = None
        self.__state = _IDLE
        self.__response = None
        self._buffer = []
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')
            if colon > bracket:
                text = host[colon + 1:]
                host = host[:colon]
                if text:
                    try:
                        port = int(text)
                    except ValueError:
                        raise InvalidURL(f"nonnumeric port: '{text}'") from None
                else:
                    port = self.default_port
            else:
                port = self.default_port
        if host.startswith('[') and host.endswith(']'):
            host = host[1:-1]
        return host, port

    @staticmethod
    def _check_host(host):
        bad = _URL_BAD_CHAR(host)
        if bad:
            raise InvalidURL(f"URL can't contain control characters. {host!r} "
                             f"(found at least {bad.group()!r})")

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        """Send requests through an HTTP CONNECT tunnel to host:port
        (this connection's host is then the proxy)."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers) if headers else {}

    def _tunnel(self):
        target = f'{self._tunnel_host}:{self._tunnel_port}'
        lines = [f'CONNECT {target} HTTP/1.0\r\n'.encode('ascii')]
        for name, value in self._tunnel_headers.items():
            lines.append(f'{name}: {value}\r\n'.encode('latin-1'))
        lines.append(b'\r\n')
        self.send(b''.join(lines))
        reply = self.response_class(self.sock, method=self._method)
        version, code, message = reply._status_line()
        if code != HTTPStatus.OK:
            self.close()
            raise OSError(f'Tunnel connection failed: {code} {message.strip()}')
        _read_header_lines(reply.fp)

    def connect(self):
        """Open the socket (done by the first send when auto_open)."""
        self.sock = self._create_connection((self.host, self.port), self.timeout,
                                            self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        self.__state = _IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    # -- sending
    def send(self, data):
        """Send bytes, a readable binary/text file, or an iterable of bytes."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if self.debuglevel > 0:
            print('send:', repr(data))
        if hasattr(data, 'read'):
            if self.debuglevel > 0:
                print('sending a readable')
            while True:
                block = data.read(self.blocksize)
                if not block:
                    return
                if isinstance(block, str):
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
        try:
            self.sock.sendall(data)
        except TypeError:
            if not hasattr(data, '__iter__'):
                raise TypeError('data should be a bytes-like object or an '
                                f'iterable, got {type(data)!r}') from None
            for piece in data:
                self.sock.sendall(piece)

    def _output(self, line):
        self._buffer.append(line)

    def _body_chunks(self, body):
        if hasattr(body, 'read'):
            if self.debuglevel > 0:
                print('reading a readable')
            while True:
                block = body.read(self.blocksize)
                if not block:
                    return
                yield block.encode('iso-8859-1') if isinstance(block, str) else block
        try:
            memoryview(body)
        except TypeError:
            try:
                parts = iter(body)
            except TypeError:
                raise TypeError('message_body should be a bytes-like object or '
                                f'an iterable, got {type(body)!r}') from None
            yield from parts
        else:
            yield body

    def _send_output(self, message_body=None, encode_chunked=False):
        head = b'\r\n'.join(self._buffer + [b'', b''])
        self._buffer.clear()
        self.send(head)
        if message_body is None:
            return
        chunked = encode_chunked and self._http_vsn == 11
        for piece in self._body_chunks(message_body):
            if not piece:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if chunked:
                piece = b'%X\r\n' % len(piece) + bytes(piece) + b'\r\n'
            self.send(piece)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: the request line, then (HTTP/1.1) Host and
        Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _STARTED
        bad = _METHOD_BAD_CHAR(method)
        if bad:
            raise ValueError(f"method can't contain control characters. {method!r} "
                             f"(found at least {bad.group()!r})")
        self._method = method
        url = url or '/'
        bad = _URL_BAD_CHAR(url)
        if bad:
            raise InvalidURL(f"URL can't contain control characters. {url!r} "
                             f"(found at least {bad.group()!r})")
        self._output(f'{method} {url} {self._http_vsn_str}'.encode('ascii'))
        if self._http_vsn != 11:
            return
        if not skip_host:
            self.putheader('Host', self._host_header(url))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _host_header(self, url):
        if url.startswith('http'):
            netloc = urlsplit(url).netloc
            if netloc:
                return _ascii_or_idna(netloc)
        host = self._tunnel_host or self.host
        port = self._tunnel_port if self._tunnel_host else self.port
        encoded = _ascii_or_idna(host)
        if ':' in host:
            encoded = b'[' + encoded + b']'
        if port == self.default_port:
            return encoded
        return f"{encoded.decode('ascii')}:{port}"

    def putheader(self, header, *values):
        """Add a header line; several values are joined by folding."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _HEADER_NAME_OK(header):
            raise ValueError(f'Invalid header name {header!r}')
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _HEADER_VALUE_BAD(value):
                raise ValueError(f'Invalid header value {value!r}')
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Finish the headers and send them, then the body if given."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        self.__state = _SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a complete request; Content-Length or chunked coding is
        added when the headers do not say how the body is delimited."""
        names = {name.lower() for name in headers}
        self.putrequest(method, url,
                        skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        if 'content-length' in names:
            encode_chunked = False
        elif 'transfer-encoding' not in names:
            encode_chunked = False
            length = _body_length(body, method)
            if length is not None:
                self.putheader('Content-Length', str(length))
            elif body is not None:
                encode_chunked = True
                self.putheader('Transfer-Encoding', 'chunked')
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _latin1(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Read the response to the request sent; the connection can take
        the next request once this response's body has been read."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _SENT or self.__response:
            raise ResponseNotReady(self.__state)
        extra = (self.debuglevel,) if self.debuglevel > 0 else ()
        response = self.response_class(self.sock, *extra, method=self._method)
        try:
            response.begin()
        except ConnectionError:
            response.close()
            self.close()
            raise
        except BaseException:
            response.close()
            raise
        self.__state = _IDLE
        if response.will_close:
            self.close()
        else:
            self.__response = response
        return response


def _ascii_or_idna(text):
    try:
        return text.encode('ascii')
    except UnicodeEncodeError:
        return text.encode('idna')


def _body_length(body, method):
    """Content-Length for a body, or None when it must be chunked."""
    if body is None:
        return 0 if method.upper() in _BODY_METHODS else None
    if hasattr(body, 'read'):
        return None
    try:
        return memoryview(body).nbytes
    except TypeError:
        pass
    if isinstance(body, str):
        return len(body)
    return None


import ssl


class HTTPSConnection(HTTPConnection):
    """HTTPConnection over TLS (default port 443)."""

    default_port = HTTPS_PORT

    def __init__(self, host, port=None, key_file=None, cert_file=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 *, context=None, check_hostname=None, blocksize=8192):
        super().__init__(host, port, timeout, source_address, blocksize=blocksize)
        self.key_file = key_file
        self.cert_file = cert_file
        if context is None:
            context = ssl._create_default_https_context()
            if key_file or cert_file:
                context.load_cert_chain(cert_file, key_file)
        if check_hostname is not None:
            context.check_hostname = check_hostname
        self._context = context

    def connect(self):
        super().connect()
        self.sock = self._context.wrap_socket(
            self.sock, server_hostname=self._tunnel_host or self.host)
