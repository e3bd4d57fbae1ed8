"""A framework for network servers.

A server class (TCPServer, UDPServer, their Unix-socket and threading
variants) accepts requests; for each one it creates an instance of the
request handler class given to it, whose handle() method serves that
request.  rebeam has no os.fork, so the Forking* classes are absent.
"""

import contextlib
import io
import selectors
import socket
import sys
import threading
import time

__all__ = ['BaseServer', 'TCPServer', 'UDPServer', 'ThreadingUDPServer',
           'ThreadingTCPServer', 'BaseRequestHandler', 'StreamRequestHandler',
           'DatagramRequestHandler', 'ThreadingMixIn']


class BaseServer:
    """The request loop, independent of the kind of socket.

    Subclasses provide get_request(), and may override server_activate(),
    verify_request(), process_request(), shutdown_request(),
    server_close(), handle_error(), handle_timeout() and service_actions().
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__stopped = threading.Event()
        self.__stop_asked = False

    def server_activate(self):
        """Called by the constructor to start listening."""

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown(), checking for it every
        *poll_interval* seconds."""
        self.__stopped.clear()
        try:
            with selectors.DefaultSelector() as watcher:
                watcher.register(self, selectors.EVENT_READ)
                while not self.__stop_asked:
                    ready = watcher.select(poll_interval)
                    if self.__stop_asked:
                        break
                    if ready:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self.__stop_asked = False
            self.__stopped.set()

    def shutdown(self):
        """Stop serve_forever() and wait until it has returned; call it
        from another thread, or it deadlocks."""
        self.__stop_asked = True
        self.__stopped.wait()

    def service_actions(self):
        """Called once per turn of serve_forever()."""

    def handle_request(self):
        """Wait for one request (up to the socket's or the server's
        timeout, whichever is smaller) and handle it."""
        wait = self.socket.gettimeout()
        if wait is None or (self.timeout is not None and self.timeout < wait):
            wait = self.timeout
        deadline = None if wait is None else time.monotonic() + wait
        with selectors.DefaultSelector() as watcher:
            watcher.register(self, selectors.EVENT_READ)
            while not watcher.select(wait):
                if deadline is not None:
                    wait = deadline - time.monotonic()
                    if wait < 0:
                        return self.handle_timeout()
            return self._handle_request_noblock()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except BaseException:
            self.shutdown_request(request)
            raise

    def handle_timeout(self):
        """Called when handle_request() times out."""

    def server_close(self):
        """Release the server's resources."""

    # -- hooks for subclasses, in the order a request meets them

    def verify_request(self, request, client_address):
        """Return False to drop the request."""
        return True

    def process_request(self, request, client_address):
        """Serve the request (in this thread; mix-ins change that)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def finish_request(self, request, client_address):
        """Instantiate the handler class, which serves the request."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """End one request (and close it)."""
        self.close_request(request)

    def close_request(self, request):
        """Clean up one request."""

    def handle_error(self, request, client_address):
        """Print the exception being handled to stderr, framed by dashes;
        the server goes on serving."""
        rule = '-' * 40
        print(rule, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print(rule, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket (TCP by default)."""

    address_family, socket_type = socket.AF_INET, socket.SOCK_STREAM
    allow_reuse_address = allow_reuse_port = False
    request_queue_size = 5          # the listen() backlog

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        super().__init__(server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def server_bind(self):
        """Bind the socket (setting the reuse options first); the bound
        address is stored in server_address."""
        options = ((self.allow_reuse_address, 'SO_REUSEADDR'),
                   (self.allow_reuse_port, 'SO_REUSEPORT'))
        for wanted, name in options:
            if wanted and hasattr(socket, name):
                self.socket.setsockopt(socket.SOL_SOCKET, getattr(socket, name), 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def get_request(self):
        return self.socket.accept()

    def close_request(self, request):
        request.close()

    def shutdown_request(self, request):
        # Say we are done writing before closing, so that the client
        # reads everything we sent.
        with contextlib.suppress(OSError):
            request.shutdown(socket.SHUT_WR)
        self.close_request(request)

    def fileno(self):
        """The listening socket's descriptor (so the server can be
        select()ed)."""
        return self.socket.fileno()

    def server_close(self):
        self.socket.close()


class UDPServer(TCPServer):
    """A server on a datagram socket: each request is one packet, given to
    the handler as (data, socket)."""

    socket_type = socket.SOCK_DGRAM
    allow_reuse_address = allow_reuse_port = False
    max_packet_size = 8192          # bytes read per request

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        pass                            # nothing to listen on

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class _Workers(list):
    """Threads started for requests, joined when the server closes."""

    def append(self, thread):
        self[:] = [t for t in self if t.is_alive()]
        super().append(thread)

    def join_all(self):
        while self:
            self.pop().join()


class ThreadingMixIn:
    """Serve each request in a new thread.  With block_on_close (the
    default) server_close() waits for those threads; daemon_threads
    makes them daemons."""

    daemon_threads = False
    block_on_close = True

    def process_request_thread(self, request, client_address):
        """What each request thread runs: serve, report errors, close."""
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        self.shutdown_request(request)

    def process_request(self, request, client_address):
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        if self.block_on_close:
            self.__dict__.setdefault('_threads', _Workers()).append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        workers = self.__dict__.get('_threads')
        if workers is not None:
            workers.join_all()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(socket, 'AF_UNIX'):
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass

    __all__ += ['UnixStreamServer', 'UnixDatagramServer',
                'ThreadingUnixStreamServer', 'ThreadingUnixDatagramServer']


class BaseRequestHandler:
    """Serves one request: the constructor runs setup(), handle() and
    finish() (finish() even when handle() fails)."""

    def __init__(self, request, client_address, server):
        self.server = server
        self.request, self.client_address = request, client_address
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def handle(self):
        """Serve the request (nothing by default)."""

    def setup(self):
        """Prepare for handle() (nothing by default)."""

    def finish(self):
        """Clean up after handle() (nothing by default)."""


class _SocketWriter(io.BufferedIOBase):
    """An unbuffered binary writer straight to a socket."""

    def __init__(self, sock):
        self._sock = sock

    def write(self, b):
        self._sock.sendall(b)
        return memoryview(b).nbytes

    def writable(self):
        return True

    def fileno(self):
        return self._sock.fileno()


class StreamRequestHandler(BaseRequestHandler):
    """A handler with rfile/wfile file objects over the connection."""

    rbufsize = -1                   # buffered reads
    wbufsize = 0                    # unbuffered writes
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = conn = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile('wb', self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass            # the client may be gone already
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for UDP: rfile holds the packet, what is written to
    wfile is sent back as the reply."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile = io.BytesIO(self.packet)
        self.wfile = io.BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
