"""Extra handlers for the logging package: rotating and watched files,
in-memory buffering and queue based hand-off between threads."""

import copy
import io
import os
import queue
import re
import threading
import time

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_SECONDS_PER_DAY = 24 * 60 * 60


# ----------------------------------------------------------------- files

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that can move its file aside and start a new one.

    Subclasses decide when (shouldRollover) and how (doRollover). The
    namer and rotator attributes, when callables, customise the names of
    old files and the way they are moved.
    """

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False,
                 errors=None):
        super().__init__(filename, mode=mode, encoding=encoding,
                         delay=delay, errors=errors)

    def emit(self, record):
        """Roll the file over first when shouldRollover() says so."""
        try:
            rollover = self.shouldRollover(record)
            if rollover:
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """Name for a rotated file: namer(default_name) if set."""
        if callable(self.namer):
            return self.namer(default_name)
        return default_name

    def rotate(self, source, dest):
        """Move source to dest (or let rotator do it)."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream is not None:
            current, self.stream = self.stream, None
            current.close()

    def _reopen_unless_delayed(self):
        if not self.delay:
            self.stream = self._open()


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes,
    keeping backupCount older files named file.1, file.2, ..."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        # Truncating on open makes no sense when rotating by size.
        if maxBytes > 0:
            mode = "a"
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        super().__init__(filename, mode, encoding=encoding, delay=delay,
                         errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        path = self.baseFilename
        if os.path.exists(path) and not os.path.isfile(path):
            return False
        pending = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(pending) >= self.maxBytes

    def _backup_name(self, number):
        return self.rotation_filename("%s.%d" % (self.baseFilename, number))

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            # Shift file.N-1 -> file.N, ..., file.1 -> file.2.
            for number in range(self.backupCount - 1, 0, -1):
                older = self._backup_name(number)
                newer = self._backup_name(number + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self._backup_name(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        self._reopen_unless_delayed()


# when -> (seconds per unit, strftime suffix, regex of that suffix)
_TIMED_UNITS = {
    "S": (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
    "M": (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
    "H": (3600, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
    "D": (_SECONDS_PER_DAY, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    "MIDNIGHT": (_SECONDS_PER_DAY, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    "W": (7 * _SECONDS_PER_DAY, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file at timed intervals.

    when is one of S, M, H, D (interval in those units), MIDNIGHT or
    W0..W6 (weekday, 0 is Monday); old files get a date suffix and only
    backupCount of them are kept.
    """

    def __init__(self, filename, when="h", interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        encoding = io.text_encoding(encoding)
        super().__init__(filename, "a", encoding=encoding, delay=delay,
                         errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit_key = self.when
        if unit_key.startswith("W"):
            if len(unit_key) != 2:
                raise ValueError("You must specify a day for weekly rollover"
                                 " from 0 to 6 (0 is Monday): %s" % self.when)
            if unit_key[1] not in "0123456":
                raise ValueError("Invalid day specified for weekly rollover:"
                                 " %s" % self.when)
            self.dayOfWeek = int(unit_key[1])
            unit_key = "W"
        if unit_key not in _TIMED_UNITS:
            raise ValueError("Invalid rollover interval specified: %s"
                             % self.when)
        seconds, self.suffix, pattern = _TIMED_UNITS[unit_key]
        self.extMatch = re.compile(r"^%s(\.\w+)?$" % pattern, re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _struct(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def computeRollover(self, currentTime):
        """The time (seconds since the epoch) of the next rollover after
        currentTime."""
        if self.when != "MIDNIGHT" and not self.when.startswith("W"):
            return currentTime + self.interval
        now = self._struct(currentTime)
        since_midnight = now.tm_hour * 3600 + now.tm_min * 60 + now.tm_sec
        if self.atTime is None:
            target = _SECONDS_PER_DAY
        else:
            at = self.atTime
            target = at.hour * 3600 + at.minute * 60 + at.second
        wait = target - since_midnight
        weekday = now.tm_wday
        if wait < 0:
            wait += _SECONDS_PER_DAY
            weekday = (weekday + 1) % 7
        moment = currentTime + wait
        if self.when.startswith("W"):
            # The day moment falls on must be the requested weekday.
            moment += ((self.dayOfWeek - weekday) % 7) * _SECONDS_PER_DAY
        return moment + self._dst_shift(currentTime, moment)

    def _dst_shift(self, reference, moment):
        """Seconds to add to moment so that it keeps its local wall-clock
        time when daylight saving time differs from reference."""
        if self.utc:
            return 0
        then = time.localtime(moment).tm_isdst
        now = time.localtime(reference).tm_isdst
        if then == now:
            return 0
        return 3600 if now else -3600

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        path = self.baseFilename
        if os.path.exists(path) and not os.path.isfile(path):
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """Old rotated files beyond backupCount, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        lead = base + "."
        found = []
        for entry in os.listdir(folder):
            if entry.startswith(lead) and self.extMatch.match(entry[len(lead):]):
                found.append(os.path.join(folder, entry))
        found.sort()
        if len(found) <= self.backupCount:
            return []
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        started = self.rolloverAt - self.interval
        period_start = self._struct(started - self._dst_shift(now, started))
        target = self.rotation_filename(
            self.baseFilename + "." + time.strftime(self.suffix, period_start))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for stale in self.getFilesToDelete():
                os.remove(stale)
        self._reopen_unless_delayed()
        upcoming = self.computeRollover(now)
        while upcoming <= now:
            upcoming += self.interval
        self.rolloverAt = upcoming


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it was moved or removed by someone else
    (e.g. by logrotate)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False,
                 errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        super().__init__(filename, mode=mode, encoding=encoding,
                         delay=delay, errors=errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream is not None:
            info = os.fstat(self.stream.fileno())
            self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        if info is not None and (info.st_dev, info.st_ino) == (self.dev, self.ino):
            return
        if self.stream is not None:
            old, self.stream = self.stream, None
            old.flush()
            old.close()
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ------------------------------------------------------------- buffering

class BufferingHandler(logging.Handler):
    """Collects records in self.buffer; flushes (by default: empties
    the buffer) once capacity records are held."""

    def __init__(self, capacity):
        super().__init__()
        self.buffer = []
        self.capacity = capacity

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        """Flush what is buffered, then close."""
        try:
            self.flush()
        finally:
            super().close()


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them on to target when the buffer is
    full or a record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.flushOnClose = flushLevel, flushOnClose
        self.target = target

    def shouldFlush(self, record):
        if record.levelno >= self.flushLevel:
            return True
        return len(self.buffer) >= self.capacity

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target is None:
                return
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


# ----------------------------------------------------------------- queues

class QueueHandler(logging.Handler):
    """Puts formatted copies of records on a queue (for a QueueListener
    or another consumer, possibly in another thread)."""

    def __init__(self, queue):
        super().__init__()
        self.queue = queue

    def enqueue(self, record):
        """Put record on the queue without blocking."""
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record with the message merged in, safe to send:
        arguments, exception and stack information are dropped."""
        text = self.format(record)
        clone = copy.copy(record)
        clone.message = clone.msg = text
        clone.args = None
        clone.exc_info = clone.exc_text = None
        clone.stack_info = None
        return clone

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue in a background thread and hands them
    to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        worker = threading.Thread(target=self._monitor, daemon=True)
        self._thread = worker
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for h in self.handlers:
            if self.respect_handler_level and record.levelno < h.level:
                continue
            h.handle(record)

    def _monitor(self):
        source = self.queue
        acknowledge = getattr(source, "task_done", None)
        while True:
            try:
                item = self.dequeue(True)
            except queue.Empty:
                break
            if item is self._sentinel:
                if acknowledge is not None:
                    acknowledge()
                break
            self.handle(item)
            if acknowledge is not None:
                acknowledge()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Ask the thread to finish what is queued, and wait for it."""
        if self._thread is None:
            return
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


# ---------------------------------------------------------------- sockets

class SocketHandler(logging.Handler):
    """Sends pickled record dictionaries over TCP (or a Unix stream
    socket when port is None), each preceded by its 4-byte big-endian
    length. Connection failures are retried with exponential back-off."""

    def __init__(self, host, port):
        super().__init__()
        self.host, self.port = host, port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart, self.retryMax, self.retryFactor = 1.0, 30.0, 2.0

    def makeSocket(self, timeout=1):
        import socket
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(self.address)
        except OSError:
            sock.close()
            raise
        return sock

    def createSocket(self):
        """Connect unless a previous failure's back-off is still on."""
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor,
                                       self.retryMax)
            self.retryTime = now + self.retryPeriod
        else:
            self.retryTime = None

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock is None:
            return
        try:
            self.sock.sendall(s)
        except OSError:
            self.sock.close()
            self.sock = None

    def makePickle(self, record):
        import pickle
        import struct
        if record.exc_info:
            self.format(record)  # fills record.exc_text
        state = dict(record.__dict__)
        state["msg"] = record.getMessage()
        state["args"] = None
        state["exc_info"] = None
        state.pop("message", None)
        data = pickle.dumps(state, 1)
        return struct.pack(">L", len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock is not None:
            self.sock.close()
            self.sock = None
        else:
            super().handleError(record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.sock = self.sock, None
            if sock is not None:
                sock.close()
            super().close()


class DatagramHandler(SocketHandler):
    """Like SocketHandler, over UDP (or a Unix datagram socket)."""

    def __init__(self, host, port):
        super().__init__(host, port)
        self.closeOnError = False

    def makeSocket(self):
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


# ----------------------------------------------------------------- syslog

def _facility_table():
    names = ["kern", "user", "mail", "daemon", "auth", "syslog", "lpr",
             "news", "uucp", "cron", "authpriv", "ftp", "ntp", "security",
             "console", "solaris-cron"]
    table = {name: code for code, name in enumerate(names)}
    for n in range(8):
        table["local%d" % n] = 16 + n
    return table


class SysLogHandler(logging.Handler):
    """Sends records to a syslog daemon, over UDP (the default), TCP or
    a Unix domain socket (when address is a path)."""

    # priorities
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR = 0, 1, 2, 3
    LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = 4, 5, 6, 7

    # facilities
    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON = 0, 1, 2, 3
    LOG_AUTH, LOG_SYSLOG, LOG_LPR, LOG_NEWS = 4, 5, 6, 7
    LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP = 8, 9, 10, 11
    LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = 12, 13, 14, 15
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 16, 17, 18, 19
    LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 20, 21, 22, 23

    priority_names = {
        "alert": 1, "crit": 2, "critical": 2, "debug": 7, "emerg": 0,
        "err": 3, "error": 3, "info": 6, "notice": 5, "panic": 0,
        "warn": 4, "warning": 4,
    }
    facility_names = _facility_table()
    priority_map = {level: level.lower() for level in
                    ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")}

    append_nul = True
    ident = ""

    def __init__(self, address=("localhost", SYSLOG_UDP_PORT),
                 facility=LOG_USER, socktype=None):
        super().__init__()
        self.socket = None
        self.address, self.facility = address, facility
        self.socktype = socktype
        self.createSocket()

    def _connect_unixsocket(self, address):
        import socket
        kinds = [self.socktype] if self.socktype is not None else \
            [socket.SOCK_DGRAM, socket.SOCK_STREAM]
        last = None
        for kind in kinds:
            sock = socket.socket(socket.AF_UNIX, kind)
            try:
                sock.connect(address)
            except OSError as problem:
                sock.close()
                last = problem
                continue
            self.socket, self.socktype = sock, kind
            return
        raise last

    def createSocket(self):
        import socket
        if isinstance(self.address, str):
            self.unixsocket = True
            try:
                self._connect_unixsocket(self.address)
            except OSError:
                pass  # retried on the first emit()
            return
        self.unixsocket = False
        kind = self.socktype if self.socktype is not None else socket.SOCK_DGRAM
        host, port = self.address
        candidates = socket.getaddrinfo(host, port, 0, kind)
        if not candidates:
            raise OSError("getaddrinfo returns an empty list")
        failure = None
        for family, stype, proto, _name, where in candidates:
            sock = None
            try:
                sock = socket.socket(family, stype, proto)
                if stype == socket.SOCK_STREAM:
                    sock.connect(where)
            except OSError as problem:
                failure = problem
                if sock is not None:
                    sock.close()
                continue
            self.socket, self.socktype = sock, kind
            return
        raise failure

    def encodePriority(self, facility, priority):
        """The <PRI> number for a facility and a priority (either may be
        given by name)."""
        fac = self.facility_names[facility] if isinstance(facility, str) \
            else facility
        pri = self.priority_names[priority] if isinstance(priority, str) \
            else priority
        return fac << 3 | pri

    def mapPriority(self, levelName):
        """Syslog priority name for a logging level name."""
        return self.priority_map.get(levelName, "warning")

    def close(self):
        with self.lock:
            sock, self.socket = self.socket, None
            if sock is not None:
                sock.close()
            super().close()

    def emit(self, record):
        try:
            text = self.ident + self.format(record)
            if self.append_nul:
                text += "\000"
            pri = self.encodePriority(self.facility,
                                      self.mapPriority(record.levelname))
            payload = ("<%d>%s" % (pri, text)).encode("utf-8")
            if self.socket is None:
                self.createSocket()
            if self.unixsocket:
                try:
                    self.socket.send(payload)
                except OSError:
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(payload)
            elif self.socktype == __import__("socket").SOCK_DGRAM:
                self.socket.sendto(payload, self.address)
            else:
                self.socket.sendall(payload)
        except Exception:
            self.handleError(record)


# ------------------------------------------------------------------- mail

class SMTPHandler(logging.Handler):
    """Mails each record (subject from getSubject(), body the formatted
    record) through an SMTP server."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject,
                 credentials=None, secure=None, timeout=5.0):
        super().__init__()
        pair = (list, tuple)
        # mailhost may be "host" or (host, port)
        self.mailhost, self.mailport = (
            tuple(mailhost) if isinstance(mailhost, pair) else (mailhost, None))
        self.username = None
        if isinstance(credentials, pair):
            self.username, self.password = credentials
        self.fromaddr, self.subject = fromaddr, subject
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.secure, self.timeout = secure, timeout

    def getSubject(self, record):
        """Hook: the subject line for record."""
        return self.subject

    def emit(self, record):
        try:
            import email.message
            import email.utils
            import smtplib
            port = self.mailport or smtplib.SMTP_PORT
            message = email.message.EmailMessage()
            message["From"] = self.fromaddr
            message["To"] = ",".join(self.toaddrs)
            message["Subject"] = self.getSubject(record)
            message["Date"] = email.utils.localtime()
            message.set_content(self.format(record))
            server = smtplib.SMTP(self.mailhost, port, timeout=self.timeout)
            try:
                if self.username:
                    if self.secure is not None:
                        server.ehlo()
                        server.starttls(*self.secure)
                        server.ehlo()
                    server.login(self.username, self.password)
                server.send_message(message)
            finally:
                server.quit()
        except Exception:
            self.handleError(record)


# ------------------------------------------------------------------- http

class HTTPHandler(logging.Handler):
    """Sends each record's attributes, form-encoded, to a web server
    with GET (in the query string) or POST (in the body)."""

    def __init__(self, host, url, method="GET", secure=False,
                 credentials=None, context=None):
        super().__init__()
        method = method.upper()
        if method not in ("GET", "POST"):
            raise ValueError("method must be GET or POST")
        if context is not None and not secure:
            raise ValueError("context parameter only makes sense "
                             "with secure=True")
        self.host, self.url, self.method = host, url, method
        self.secure, self.credentials = secure, credentials
        self.context = context

    def getConnection(self, host, secure):
        """A new http.client connection to host."""
        from http import client
        if not secure:
            return client.HTTPConnection(host)
        return client.HTTPSConnection(host, context=self.context)

    def mapLogRecord(self, record):
        """The dict sent for a record (by default its attributes)."""
        return record.__dict__

    def emit(self, record):
        try:
            import urllib.parse
            conn = self.getConnection(self.host, self.secure)
            body = urllib.parse.urlencode(self.mapLogRecord(record))
            target = self.url
            if self.method == "GET":
                target += ("&" if "?" in target else "?") + body
            conn.putrequest(self.method, target)
            if self.method == "POST":
                conn.putheader("Content-type",
                               "application/x-www-form-urlencoded")
                conn.putheader("Content-length", str(len(body)))
            if self.credentials:
                import base64
                token = base64.b64encode(
                    ("%s:%s" % self.credentials).encode("utf-8"))
                conn.putheader("Authorization",
                               "Basic " + token.strip().decode("ascii"))
            conn.endheaders()
            if self.method == "POST":
                conn.send(body.encode("utf-8"))
            conn.getresponse()
        except Exception:
            self.handleError(record)
