"""HTTP/1.1 client (rebeam: written for rebeam; headers are an HTTPMessage,
an email.message.Message)."""

import email.message
import email.parser
import socket
from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected",
           "UnknownProtocol", "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses", "HTTPMessage", "parse_headers"]

HTTP_PORT = 80
HTTPS_PORT = 443
_UNKNOWN = 'UNKNOWN'
_MAXLINE = 65536
_MAXHEADERS = 100

responses = {v: v.phrase for v in HTTPStatus.__members__.values()}
globals().update(HTTPStatus.__members__)


class HTTPMessage(email.message.Message):
    """Header fields of a request or response (an email.message.Message)."""

    def getallmatchingheaders(self, name):
        name = name.lower() + ':'
        n = len(name)
        lst = []
        hit = 0
        for line in self.keys():
            if line[:n].lower() == name:
                hit = 1
            elif not line[:1].isspace():
                hit = 0
            if hit:
                lst.append(line)
        return lst


def _read_headers(fp):
    headers = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        headers.append(line)
        if len(headers) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    return headers


def _parse_header_lines(header_lines, _class=HTTPMessage):
    hstring = b''.join(header_lines).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(hstring)


def parse_headers(fp, _class=HTTPMessage):
    return _parse_header_lines(_read_headers(fp), _class)


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPResponse:
    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.closed = False

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            _read_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        tr_enc = self.headers.get("transfer-encoding")
        self.chunked = bool(tr_enc and tr_enc.lower() == "chunked")
        self.chunk_left = None
        conn = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            self.will_close = "close" in conn
        else:
            self.will_close = "keep-alive" not in conn
        length = self.headers.get("content-length")
        self.length = None
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == 204 or status == 304 or 100 <= status < 200 or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp:
            fp.close()

    def close(self):
        self.closed = True
        self._close_conn()

    def isclosed(self):
        return self.fp is None

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            s = self.fp.read(amt)
            if not s and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(s)
                if not self.length:
                    self._close_conn()
            return s
        if self.length is None:
            s = self.fp.read()
        else:
            s = self.fp.read(self.length)
            if len(s) < self.length:
                raise IncompleteRead(s, self.length - len(s))
            self.length = 0
        self._close_conn()
        return s

    def _read_chunked(self, amt=None):
        value = []
        while True:
            if not self.chunk_left:
                line = self.fp.readline(_MAXLINE + 1)
                i = line.find(b";")
                if i >= 0:
                    line = line[:i]
                try:
                    self.chunk_left = int(line, 16)
                except ValueError:
                    self._close_conn()
                    raise IncompleteRead(b''.join(value))
                if self.chunk_left == 0:
                    _read_headers(self.fp)
                    self._close_conn()
                    break
            n = self.chunk_left if amt is None else min(amt, self.chunk_left)
            chunk = self.fp.read(n)
            value.append(chunk)
            self.chunk_left -= len(chunk)
            if self.chunk_left == 0:
                self.fp.read(2)
            if amt is not None:
                amt -= len(chunk)
                if amt <= 0:
                    break
        return b''.join(value)

    def readline(self, limit=-1):
        if self.fp is None:
            return b""
        return self.fp.readline(limit)

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def getcode(self):
        return self.status

    def info(self):
        return self.headers

    def geturl(self):
        return getattr(self, "url", None)

    def fileno(self):
        return self.fp.fileno()

    def readable(self):
        return True

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class HTTPConnection:
    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = 'Idle'
        self._method = None
        (self.host, self.port) = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        self.__state = 'Idle'
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, "read"):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        if isinstance(data, str):
            data = data.encode("iso-8859-1")
        if isinstance(data, (bytes, bytearray)):
            self.sock.sendall(data)
        else:
            for d in data:
                self.sock.sendall(d)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is not None:
            if encode_chunked:
                for chunk in (message_body if not isinstance(message_body, (bytes, str)) else [message_body]):
                    if isinstance(chunk, str):
                        chunk = chunk.encode('iso-8859-1')
                    if chunk:
                        self.send(b'%X\r\n%s\r\n' % (len(chunk), chunk))
                self.send(b'0\r\n\r\n')
            else:
                self.send(message_body)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == 'Idle':
            self.__state = 'Request-started'
        else:
            raise CannotSendRequest(self.__state)
        self._method = method
        url = url or '/'
        for c in url:
            if c <= ' ' or c == '\x7f':
                raise InvalidURL(f"URL can't contain control characters. {url!r} (found at least {c!r})")
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(request.encode('ascii'))
        if not skip_host:
            host = self.host
            if ':' in host:
                host = '[' + host + ']'
            if self.port == self.default_port:
                self.putheader('Host', host)
            else:
                self.putheader('Host', "%s:%s" % (host, self.port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self.__state != 'Request-started':
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
        value = b'\r\n\t'.join(values)
        header = header + b': ' + value
        self._output(header)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self.__state == 'Request-started':
            self.__state = 'Request-sent'
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                if body is None:
                    if method.upper() in ('PATCH', 'POST', 'PUT'):
                        self.putheader('Content-Length', '0')
                elif isinstance(body, (str, bytes, bytearray)):
                    self.putheader('Content-Length', str(len(body.encode('iso-8859-1') if isinstance(body, str) else body)))
                else:
                    encode_chunked = True
                    self.putheader('Transfer-Encoding', 'chunked')
            else:
                encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != 'Request-sent' or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            response.begin()
            self.__state = 'Idle'
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


try:
    import ssl
except ImportError:
    pass
else:
    class HTTPSConnection(HTTPConnection):
        "This class allows communication via SSL."

        default_port = HTTPS_PORT

        def __init__(self, host, port=None, key_file=None, cert_file=None,
                     timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                     source_address=None, *, context=None,
                     check_hostname=None, blocksize=8192):
            super(HTTPSConnection, self).__init__(host, port, timeout,
                                                  source_address,
                                                  blocksize=blocksize)
            if context is None:
                context = ssl._create_default_https_context()
                if context.post_handshake_auth is not None:
                    context.post_handshake_auth = True
            if check_hostname is not None:
                context.check_hostname = check_hostname
            if key_file or cert_file:
                context.load_cert_chain(cert_file, key_file)
            self._context = context

        def connect(self):
            "Connect to a host on a given (SSL) port."
            super().connect()
            server_hostname = self.host
            self.sock = self._context.wrap_socket(self.sock,
                                                  server_hostname=server_hostname)

    __all__.append("HTTPSConnection")
