"""Low-level networking: BSD sockets over rebeam's _socket.

Blocking calls (accept, connect, recv, send...) suspend only the calling
rebeam process; the scheduler runs the others meanwhile.
"""

import _socket
from _socket import (error, timeout, herror, gaierror, gethostname,
                     setdefaulttimeout, getdefaulttimeout, has_ipv6)
from enum import IntEnum, IntFlag

for _name in dir(_socket):
    if _name[:1].isupper():
        globals()[_name] = getattr(_socket, _name)
del _name


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


class MsgFlag(IntFlag):
    MSG_OOB = 1
    MSG_PEEK = 2
    MSG_DONTWAIT = 64
    MSG_WAITALL = 256
    MSG_NOSIGNAL = 16384


class AddressInfo(IntFlag):
    AI_PASSIVE = 1
    AI_CANONNAME = 2
    AI_NUMERICHOST = 4
    AI_V4MAPPED = 8
    AI_ALL = 16
    AI_ADDRCONFIG = 32
    AI_NUMERICSERV = 1024


for _enum in (AddressFamily, SocketKind):
    for _m in _enum:
        globals()[_m.name] = _m
del _enum, _m

SocketType = None  # set below
_GLOBAL_DEFAULT_TIMEOUT = object()


def _intenum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)"""

    __slots__ = ("__weakref__", "_sock", "_io_refs", "_closed")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            raise OSError("socket(fileno=...) is not supported")
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        self._sock = _socket.socket(int(family), int(type), int(proto))
        self._io_refs = 0
        self._closed = False

    @classmethod
    def _wrap(cls, sock):
        self = cls.__new__(cls)
        self._sock = sock
        self._io_refs = 0
        self._closed = False
        return self

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(),
            self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    @property
    def family(self):
        return _intenum(_socket.info(self._sock)[1], AddressFamily)

    @property
    def type(self):
        return _intenum(_socket.info(self._sock)[2], SocketKind)

    @property
    def proto(self):
        return _socket.info(self._sock)[3]

    def fileno(self):
        return _socket.info(self._sock)[0]

    def dup(self):
        raise OSError("socket.dup() is not supported")

    def accept(self):
        sock, addr = _socket.accept(self._sock)
        conn = type(self)._wrap(sock)
        if getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, addr

    def bind(self, address):
        _socket.bind(self._sock, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._sock, backlog)

    def connect(self, address):
        _socket.connect(self._sock, address)

    def connect_ex(self, address):
        try:
            _socket.connect(self._sock, address)
        except TimeoutError:
            raise
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._sock, bufsize, flags)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._sock, bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(buffer)
        data = _socket.recv(self._sock, nbytes, flags)
        n = len(data)
        buffer[:n] = data
        return n

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes == 0:
            nbytes = len(buffer)
        data, addr = _socket.recvfrom(self._sock, nbytes, flags)
        n = len(data)
        buffer[:n] = data
        return n, addr

    def send(self, data, flags=0):
        return _socket.send(self._sock, _bytes(data), flags)

    def sendall(self, data, flags=0):
        _socket.sendall(self._sock, _bytes(data), flags)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            return _socket.sendto(self._sock, _bytes(data), 0, flags_or_addr)
        return _socket.sendto(self._sock, _bytes(data), flags_or_addr, addr)

    def settimeout(self, value):
        _socket.settimeout(self._sock, value)

    def gettimeout(self):
        return _socket.gettimeout(self._sock)

    def setblocking(self, flag):
        _socket.settimeout(self._sock, None if flag else 0.0)

    def getblocking(self):
        return _socket.gettimeout(self._sock) != 0.0

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            value = b"\0" * optlen
        _socket.setsockopt(self._sock, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        return _socket.getsockopt(self._sock, level, optname)

    def getsockname(self):
        return _socket.getsockname(self._sock)

    def getpeername(self):
        return _socket.getpeername(self._sock)

    def shutdown(self, how):
        _socket.shutdown(self._sock, how)

    def _real_close(self):
        _socket.close(self._sock)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        self._closed = True
        return _socket.detach(self._sock)

    def makefile(self, mode="r", buffering=None, *, encoding=None,
                 errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        self._io_refs += 1
        f = SocketFile(self, reading, writing, binary, buffering,
                       encoding or "utf-8", errors or "strict", newline)
        return f


SocketType = socket


def _bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


class SocketFile:
    """The file object of socket.makefile(): buffered reads, and writes
    that go to the socket on flush (at once when unbuffered)."""

    def __init__(self, sock, reading, writing, binary, buffering, encoding,
                 errors, newline):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._binary = binary
        self._rbuf = b""
        self._wbuf = []
        self._unbuffered = buffering == 0
        self._eof = False
        self.encoding = None if binary else encoding
        self.errors = None if binary else errors
        self.closed = False
        m = ("r" if reading else "") + ("w" if writing else "")
        self.mode = m + ("b" if binary else "")
        self.name = sock.fileno()

    def __repr__(self):
        return "<socket file mode=%r>" % (self.mode,)

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(65536)
        if not data:
            self._eof = True
            return False
        self._rbuf += data
        return True

    def _out(self, b):
        return b if self._binary else b.decode(self.encoding, self.errors)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b""
            return self._out(data)
        while len(self._rbuf) < size and self._fill():
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return self._out(data)

    def read1(self, size=-1):
        self._check()
        if size == 0:
            return self._out(b"")
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return self._out(data)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, size=0):
        """The buffered data without consuming it (filled when empty)."""
        self._check()
        if not self._rbuf:
            self._fill()
        return self._out(self._rbuf)

    def readline(self, size=-1):
        self._check()
        while True:
            i = self._rbuf.find(b"\n")
            if i >= 0 and (size is None or size < 0 or i < size):
                n = i + 1
                break
            if size is not None and 0 <= size <= len(self._rbuf):
                n = size
                break
            if not self._fill():
                n = len(self._rbuf)
                break
        data, self._rbuf = self._rbuf[:n], self._rbuf[n:]
        return self._out(data)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if not self._writing:
            raise OSError("File not open for writing")
        if self._binary:
            b = _bytes(data)
        else:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            b = data.encode(self.encoding, self.errors)
        if self._unbuffered:
            self._sock.sendall(b)
        else:
            self._wbuf.append(bytes(b))
            if sum(map(len, self._wbuf)) >= 65536:
                self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        if self._wbuf:
            data = b"".join(self._wbuf)
            self._wbuf = []
            self._sock.sendall(data)

    def close(self):
        if self.closed:
            return
        try:
            if self._writing and self._wbuf:
                self.flush()
        finally:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(int(family), int(type), int(proto))
    return socket._wrap(a), socket._wrap(b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, bytes):
        host = host.decode("idna")
    if port is None:
        port = 0
    elif isinstance(port, str):
        if port.isdigit():
            port = int(port)
        else:
            port = _SERVICES.get(port)
            if port is None:
                raise gaierror(-8, "Servname not supported for ai_socktype")
    elif isinstance(port, bytes):
        port = int(port)
    elif not isinstance(port, int):
        raise OSError("Int or String expected")
    passive = bool(flags & AI_PASSIVE)
    ips = _socket._resolve(host, int(family), passive)
    if not ips:
        raise gaierror(-9, "Address family for hostname not supported")
    if type:
        kinds = [(type, proto or (6 if type == SOCK_STREAM else 17 if type == SOCK_DGRAM else 0))]
    else:
        kinds = [(SOCK_STREAM, 6), (SOCK_DGRAM, 17), (SOCK_RAW, 0)]
        if proto:
            kinds = [k for k in kinds if k[1] == proto]
    out = []
    for fam, ip in ips:
        for kind, pr in kinds:
            if fam == AF_INET6:
                addr = (ip, port, 0, 0)
            else:
                addr = (ip, port)
            out.append((AddressFamily(fam), SocketKind(kind), pr, "", addr))
    return out


_SERVICES = {"http": 80, "https": 443, "ftp": 21, "ssh": 22, "smtp": 25,
             "domain": 53, "telnet": 23}


def getservbyname(name, proto=None):
    try:
        return _SERVICES[name]
    except KeyError:
        raise OSError("service/proto not found") from None


def gethostbyname(hostname):
    for fam, ip in _socket._resolve(hostname, AF_INET, False):
        return ip
    raise gaierror(-2, "Name or service not known")


def gethostbyname_ex(hostname):
    return (hostname, [], [ip for fam, ip in _socket._resolve(hostname, AF_INET, False)])


def gethostbyaddr(ip):
    if ip in ("127.0.0.1", "::1", "localhost"):
        return ("localhost", [], [ip if ip != "localhost" else "127.0.0.1"])
    raise herror(1, "Unknown host")


def getfqdn(name=""):
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    return name


def inet_aton(s):
    parts = s.split(".")
    try:
        if len(parts) != 4 or not all(0 <= int(p) <= 255 for p in parts):
            raise ValueError
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    return bytes(int(p) for p in parts)


def inet_ntoa(b):
    if len(b) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return _socket._ntop(bytes(b))


def inet_pton(family, s):
    return _socket._pton(family, s)


def inet_ntop(family, b):
    if family == AF_INET and len(b) != 4 or family == AF_INET6 and len(b) != 16:
        raise ValueError("invalid length of packed IP address string")
    return _socket._ntop(bytes(b))


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, "big"), "little")


ntohl = htonl


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except OSError as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions = []
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise OSError(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except:
        sock.close()
        raise
