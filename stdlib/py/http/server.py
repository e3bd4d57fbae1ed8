"""HTTP servers.

HTTPServer and ThreadingHTTPServer are socketserver TCP servers;
BaseHTTPRequestHandler parses requests (HTTP/0.9 to 1.1, keep-alive when
protocol_version is 'HTTP/1.1') and calls do_<METHOD>;
SimpleHTTPRequestHandler serves the files of a directory.
"""

import datetime
import email.utils
import html
import http.client
import io
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

__version__ = '0.6'

__all__ = ['HTTPServer', 'ThreadingHTTPServer', 'BaseHTTPRequestHandler',
           'SimpleHTTPRequestHandler']

# The page send_error() fills in: %(code)d, %(message)s, %(explain)s.
DEFAULT_ERROR_MESSAGE = '\n'.join([
    '<!DOCTYPE HTML>',
    '<html lang="en">',
    '    <head>',
    '        <meta charset="utf-8">',
    '        <title>Error response</title>',
    '    </head>',
    '    <body>',
    '        <h1>Error response</h1>',
    '        <p>Error code: %(code)d</p>',
    '        <p>Message: %(message)s.</p>',
    '        <p>Error code explanation: %(code)s - %(explain)s.</p>',
    '    </body>',
    '</html>',
    ''])

DEFAULT_ERROR_CONTENT_TYPE = 'text/html;charset=utf-8'

_MAX_REQUEST_LINE = 65536


class HTTPServer(socketserver.TCPServer):
    """A TCP server that also records server_name and server_port."""

    allow_reuse_address = 1         # restarts may rebind at once

    def server_bind(self):
        super().server_bind()
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """HTTPServer with one (daemon) thread per connection."""

    daemon_threads = True


def _escape_controls():
    table = {code: '\\x%02x' % code for code in range(0x20)}
    table.update({code: '\\x%02x' % code for code in range(0x7f, 0xa0)})
    table[ord('\\')] = '\\\\'
    return table


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads requests from the connection and dispatches each one to the
    method do_<COMMAND> (do_GET, do_POST, ...), which writes the response
    with send_response()/send_header()/end_headers() and wfile.

    Attributes set per request: command, path, request_version,
    requestline, headers (an http.client.HTTPMessage), close_connection.
    """

    sys_version = 'Python/' + sys.version.split()[0]
    server_version = 'BaseHTTP/' + __version__
    protocol_version = 'HTTP/1.0'
    default_request_version = 'HTTP/0.9'
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    MessageClass = http.client.HTTPMessage
    responses = {status: (status.phrase, status.description) for status in HTTPStatus}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    _control_char_table = _escape_controls()

    # -- reading requests
    def _version_of(self, word):
        """(major, minor) of an 'HTTP/x.y' word, or None when malformed."""
        scheme, slash, number = word.partition('/')
        if scheme != 'HTTP' or not slash:
            return None
        pieces = number.split('.')
        if len(pieces) != 2:
            return None
        if not all(p.isdigit() and len(p) <= 10 for p in pieces):
            return None
        return int(pieces[0]), int(pieces[1])

    def parse_request(self):
        """Parse self.raw_requestline and the headers that follow.  On
        failure an error has been sent and False is returned."""
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = line
        words = line.split()
        if not words:
            return False
        speaks_11 = self.protocol_version >= 'HTTP/1.1'
        if len(words) >= 3:
            claimed = words[-1]
            version = self._version_of(claimed)
            if version is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                f'Bad request version ({claimed!r})')
                return False
            if version >= (1, 1) and speaks_11:
                self.close_connection = False
            if version >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                f"Invalid HTTP version ({claimed.partition('/')[2]})")
                return False
            self.request_version = claimed
        if len(words) not in (2, 3):
            self.send_error(HTTPStatus.BAD_REQUEST, f'Bad request syntax ({line!r})')
            return False
        command, path = words[0], words[1]
        if len(words) == 2:             # HTTP/0.9: a bare GET
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                f'Bad HTTP/0.9 request type ({command!r})')
                return False
        # A path starting '//' would read as a network location to some
        # clients of a redirect; keep a single slash.
        if path.startswith('//'):
            path = '/' + path.lstrip('/')
        self.command, self.path = command, path

        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            'Line too long', str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            'Too many headers', str(err))
            return False

        connection = self.headers.get('Connection', '').lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and speaks_11:
            self.close_connection = False
        expect = self.headers.get('Expect', '').lower()
        if (expect == '100-continue' and speaks_11
                and self.request_version >= 'HTTP/1.1'):
            return bool(self.handle_expect_100())
        return True

    def handle(self):
        """Serve requests until the connection is to be closed."""
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    def handle_one_request(self):
        """Read one request and dispatch it to its do_ method."""
        try:
            line = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            self.raw_requestline = line
            if not line:
                self.close_connection = True
            elif len(line) > _MAX_REQUEST_LINE:
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            elif self.parse_request():
                self._dispatch()
        except TimeoutError as exc:
            self.log_error('Request timed out: %r', exc)
            self.close_connection = True

    def _dispatch(self):
        method = getattr(self, 'do_' + self.command, None)
        if method is None:
            self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                            f'Unsupported method ({self.command!r})')
            return
        method()
        self.wfile.flush()

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' with an interim 100 response;
        return False to refuse the request instead."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    # -- writing responses
    def send_error(self, code, message=None, explain=None):
        """Send an error response with the HTML page of
        error_message_format (no body for 1xx, 204, 205 and 304, nor for
        HEAD), and close the connection."""
        short, long = self.responses.get(code, ('???', '???'))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error('code %d, message %s', code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = page.encode('UTF-8', 'replace')
            self.send_header('Content-Type', self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if body and self.command != 'HEAD':
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request, then buffer the status line and the Server
        and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        for name, value in (('Server', self.version_string()),
                            ('Date', self.date_time_string())):
            self.send_header(name, value)

    def _buffer_line(self, text):
        if self.request_version == 'HTTP/0.9':
            return                      # 0.9 responses are the body alone
        if not hasattr(self, '_headers_buffer'):
            self._headers_buffer = []
        self._headers_buffer.append(text.encode('latin-1', 'strict'))

    def send_response_only(self, code, message=None):
        """Buffer the status line alone."""
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        self._buffer_line(f'{self.protocol_version} {int(code)} {message}\r\n')

    def send_header(self, keyword, value):
        """Buffer a header line; 'Connection: close/keep-alive' also sets
        close_connection."""
        self._buffer_line(f'{keyword}: {value}\r\n')
        if keyword.lower() == 'connection':
            value = value.lower()
            if value == 'close':
                self.close_connection = True
            elif value == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """End the header block and send what was buffered."""
        self._buffer_line('\r\n')
        self.flush_headers()

    def flush_headers(self):
        pending = getattr(self, '_headers_buffer', None)
        if pending is not None:
            self.wfile.write(b''.join(pending))
            self._headers_buffer = []

    # -- logging
    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write 'address - - [date] message' to stderr (control
        characters escaped)."""
        text = (format % args).translate(self._control_char_table)
        sys.stderr.write(f'{self.address_string()} - - '
                         f'[{self.log_date_time_string()}] {text}\n')

    def version_string(self):
        return f'{self.server_version} {self.sys_version}'

    def date_time_string(self, timestamp=None):
        """An HTTP date ('Sun, 06 Nov 1994 08:49:37 GMT')."""
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        """The local time as logs show it: '29/Feb/2024 13:05:09'."""
        now = time.localtime(time.time())
        return '%02d/%3s/%04d %02d:%02d:%02d' % (
            now.tm_mday, self.monthname[now.tm_mon], now.tm_year,
            now.tm_hour, now.tm_min, now.tm_sec)

    def address_string(self):
        return self.client_address[0]


# Content types by file extension (compression suffixes map to their own
# application types, as the server does not set Content-Encoding).
_TYPES = {
    '.txt': 'text/plain', '.html': 'text/html', '.htm': 'text/html',
    '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
    '.json': 'application/json', '.xml': 'text/xml', '.csv': 'text/csv',
    '.md': 'text/markdown', '.py': 'text/x-python', '.c': 'text/x-c',
    '.h': 'text/x-c', '.sh': 'application/x-sh', '.png': 'image/png',
    '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
    '.svg': 'image/svg+xml', '.ico': 'image/vnd.microsoft.icon',
    '.webp': 'image/webp', '.bmp': 'image/bmp', '.tif': 'image/tiff',
    '.tiff': 'image/tiff', '.pdf': 'application/pdf', '.zip': 'application/zip',
    '.tar': 'application/x-tar', '.wasm': 'application/wasm',
    '.mp3': 'audio/mpeg', '.wav': 'audio/x-wav', '.ogg': 'audio/ogg',
    '.mp4': 'video/mp4', '.webm': 'video/webm', '.mpeg': 'video/mpeg',
    '.mpg': 'video/mpeg', '.mov': 'video/quicktime', '.avi': 'video/x-msvideo',
    '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
    '.otf': 'font/otf', '.bin': 'application/octet-stream',
    '.rtf': 'application/rtf', '.doc': 'application/msword',
    '.ps': 'application/postscript', '.eps': 'application/postscript',
}

_FS_ENCODING = getattr(sys, 'getfilesystemencoding', lambda: 'utf-8')()


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """GET and HEAD for the files under *directory* (default: the
    current directory): index.html for a directory when present, else a
    generated listing; If-Modified-Since is honoured."""

    server_version = 'SimpleHTTP/' + __version__
    extensions_map = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }
    index_pages = ('index.html', 'index.htm')

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        source = self.send_head()
        if source is None:
            return
        try:
            self.copyfile(source, self.wfile)
        finally:
            source.close()

    def do_HEAD(self):
        source = self.send_head()
        if source is not None:
            source.close()

    def _redirect_to_slash(self):
        parts = urllib.parse.urlsplit(self.path)
        target = urllib.parse.urlunsplit(parts._replace(path=parts.path + '/'))
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header('Location', target)
        self.send_header('Content-Length', '0')
        self.end_headers()

    def _not_modified(self, mtime):
        """True when If-Modified-Since shows the client's copy is current
        (and If-None-Match is absent)."""
        since = self.headers.get('If-Modified-Since')
        if since is None or 'If-None-Match' in self.headers:
            return False
        try:
            when = email.utils.parsedate_to_datetime(since)
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.timezone.utc)
        if when.tzinfo is not datetime.timezone.utc:
            return False
        changed = datetime.datetime.fromtimestamp(int(mtime), datetime.timezone.utc)
        return changed <= when

    def send_head(self):
        """Send the status and headers for the path; return an open file
        for the body, or None when no body follows."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not urllib.parse.urlsplit(self.path).path.endswith('/'):
                self._redirect_to_slash()
                return None
            for page in self.index_pages:
                candidate = os.path.join(path, page)
                if os.path.isfile(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        if path.endswith('/'):
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            source = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            info = os.fstat(source.fileno())
            if self._not_modified(info.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                source.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header('Content-type', self.guess_type(path))
            self.send_header('Content-Length', str(info.st_size))
            self.send_header('Last-Modified', self.date_time_string(info.st_mtime))
            self.end_headers()
            return source
        except BaseException:
            source.close()
            raise

    def list_directory(self, path):
        """Send an HTML listing of the directory; returns it as a file."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'No permission to list directory')
            return None
        names.sort(key=str.lower)
        try:
            shown = urllib.parse.unquote(self.path, errors='surrogatepass')
        except (UnicodeDecodeError, LookupError):
            shown = urllib.parse.unquote(self.path)
        title = 'Directory listing for ' + html.escape(shown, quote=False)
        items = []
        for name in names:
            full = os.path.join(path, name)
            link = label = name
            if os.path.isdir(full):
                link = label = name + '/'
            if os.path.islink(full):
                label = name + '@'
            items.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link), html.escape(label, quote=False)))
        page = '\n'.join(
            ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
             f'<meta charset="{_FS_ENCODING}">', f'<title>{title}</title>\n</head>',
             f'<body>\n<h1>{title}</h1>', '<hr>\n<ul>']
            + items + ['</ul>\n<hr>\n</body>\n</html>\n'])
        data = page.encode(_FS_ENCODING, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header('Content-type', f'text/html; charset={_FS_ENCODING}')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    def translate_path(self, path):
        """Map a URL path to a file under self.directory ('..' and other
        components that would leave it are dropped)."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        keep_slash = path.rstrip().endswith('/')
        try:
            path = urllib.parse.unquote(path, errors='surrogatepass')
        except (UnicodeDecodeError, LookupError):
            path = urllib.parse.unquote(path)
        result = self.directory
        for word in posixpath.normpath(path).split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        return result + '/' if keep_slash else result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The content type for a file name: extensions_map first (as
        written, then lower-cased), then a table of common types."""
        ext = posixpath.splitext(path)[1]
        for key in (ext, ext.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        return _TYPES.get(ext.lower(), 'application/octet-stream')


def _listen_address(bind, port):
    infos = socket.getaddrinfo(bind, port, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    family, _, _, _, sockaddr = infos[0]
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol='HTTP/1.0', port=8000, bind=None):
    """Serve HTTP on *port* (all interfaces, or *bind*) until interrupted,
    as 'python -m http.server' does."""
    ServerClass.address_family, address = _listen_address(bind, port)
    HandlerClass.protocol_version = protocol
    with ServerClass(address, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        shown = f'[{host}]' if ':' in host else host
        print(f'Serving HTTP on {host} port {port} (http://{shown}:{port}/) ...')
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print('\nKeyboard interrupt received, exiting.')
            sys.exit(0)
