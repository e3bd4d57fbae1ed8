package stdlib

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The _socket module: BSD sockets on non-blocking file descriptors that
// Go's network poller waits on. The socket class, makefile, the address
// helpers and the error classes are Python (py/socket.py); the
// primitives here take the Go socket (_socket.sock) as first argument.
//
// An operation that can wait (accept, connect, recv, send...) is first
// tried at once; only if the descriptor is not ready does it become an
// interp.BlockingCall, which under the actor runtime suspends just the
// calling process while a goroutine waits on the poller (with the
// socket's timeout as the poller's deadline), and elsewhere simply
// blocks. A socket is owned by the process that made it (interp.Host):
// if that process dies abnormally, the socket is closed.

type sockObj struct {
	mu                 sync.Mutex
	f                  *os.File // nil once closed
	fd                 int
	rc                 syscall.RawConn
	family, typ, proto int
	timeout            time.Duration // < 0: blocking; 0: non-blocking
	host               interp.Host
}

var sockType = newType("sock", "_socket", nil)

func (*sockObj) Type() *interp.Type { return sockType }

// Close implements io.Closer (the process owning the socket died).
func (s *sockObj) Close() error {
	s.mu.Lock()
	f := s.f
	s.f, s.fd = nil, -1
	s.mu.Unlock()
	if f != nil {
		return f.Close()
	}
	return nil
}

// defaultTimeout is socket.setdefaulttimeout's value (< 0: None).
var defaultTimeout struct {
	sync.Mutex
	d time.Duration
}

func init() { defaultTimeout.d = -1 }

func newSock(t *interp.Thread, fd, family, typ, proto int) (*sockObj, error) {
	f := os.NewFile(uintptr(fd), "socket")
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	defaultTimeout.Lock()
	d := defaultTimeout.d
	defaultTimeout.Unlock()
	s := &sockObj{f: f, fd: fd, rc: rc, family: family, typ: typ, proto: proto, timeout: d}
	if t != nil {
		if h := interp.HostOf(t); h != nil {
			s.host = h
			h.Own(t, s)
		}
	}
	return s, nil
}

func sockArg(v interp.Value) (*sockObj, error) {
	s, ok := v.(*sockObj)
	if !ok {
		return nil, argErr("expected a socket, not %s", interp.TypeName(v))
	}
	return s, nil
}

// live returns the socket's raw connection, or EBADF once closed.
func (s *sockObj) live() (syscall.RawConn, *os.File, time.Duration, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil, nil, 0, syscall.EBADF
	}
	return s.rc, s.f, s.timeout, nil
}

// sockError converts an error of a socket operation to the Python
// exception CPython raises.
func sockError(t *interp.Thread, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*interp.Exception); ok {
		return err
	}
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return raise(t, interp.TimeoutErrorType, interp.Str("timed out"))
	case errors.Is(err, os.ErrClosed), errors.Is(err, net.ErrClosed):
		err = syscall.EBADF
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return gaiError(t, -2, "Name or service not known")
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return osError(t, errno, nil)
	}
	return interp.Errorf(interp.OSErrorType, "%v", err)
}

func gaiError(t *interp.Thread, code int, msg string) error {
	cls := interp.Value(interp.OSErrorType)
	if m, ok := t.Interp.Module("_socket"); ok {
		if mod, ok := m.(*interp.Module); ok {
			if c, ok := mod.Dict.GetStr("gaierror"); ok {
				cls = c
			}
		}
	}
	return raise(t, cls, interp.Int(code), interp.Str(msg))
}

// do runs op (a non-blocking system call on the descriptor, returning
// EAGAIN when it would block) on s: at once when it succeeds or fails,
// else waiting for the descriptor (reads when !write) within s's timeout,
// off the scheduler. then converts the result on the thread.
func (s *sockObj) do(t *interp.Thread, write bool, op func(fd int) (any, error), then func(v any) (interp.Value, error)) (interp.Value, error) {
	rc, f, timeout, err := s.live()
	if err != nil {
		return nil, sockError(t, err)
	}
	var v any
	var opErr error
	if err := rc.Control(func(fd uintptr) { v, opErr = op(int(fd)) }); err != nil {
		return nil, sockError(t, err)
	}
	if opErr != syscall.EAGAIN {
		if opErr != nil {
			return nil, sockError(t, opErr)
		}
		return then(v)
	}
	if timeout == 0 {
		return nil, sockError(t, syscall.EAGAIN)
	}
	setDeadline := f.SetReadDeadline
	wait := rc.Read
	if write {
		setDeadline, wait = f.SetWriteDeadline, rc.Write
	}
	return t.Blocking(&interp.BlockingCall{
		Fn: func() (any, error) {
			var dl time.Time
			if timeout > 0 {
				dl = time.Now().Add(timeout)
			}
			if err := setDeadline(dl); err != nil {
				return nil, err
			}
			var v any
			var opErr error
			err := wait(func(fd uintptr) bool {
				v, opErr = op(int(fd))
				return opErr != syscall.EAGAIN
			})
			if err != nil {
				return nil, err
			}
			return v, opErr
		},
		Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
			if err != nil {
				return nil, sockError(t, err)
			}
			return then(v)
		},
		Abort: func() { setDeadline(time.Unix(1, 0)) },
	})
}

// sockaddr converts a Python address to a sockaddr of family.
func sockaddr(t *interp.Thread, fname string, family int, v interp.Value) (syscall.Sockaddr, error) {
	switch family {
	case syscall.AF_UNIX:
		var p string
		switch x := v.(type) {
		case interp.Str:
			p = string(x)
		case interp.Bytes:
			p = string(x)
		default:
			return nil, argErr("%s(): AF_UNIX address must be str or bytes, not %s", fname, interp.TypeName(v))
		}
		if strings.HasPrefix(p, "\x00") {
			p = "@" + p[1:]
		}
		return &syscall.SockaddrUnix{Name: p}, nil
	case syscall.AF_INET, syscall.AF_INET6:
		tup, ok := v.(interp.Tuple)
		if family == syscall.AF_INET && (!ok || len(tup) != 2) {
			if !ok {
				return nil, argErr("%s(): AF_INET address must be tuple, not %s", fname, interp.TypeName(v))
			}
			return nil, argErr("AF_INET address must be a pair (host, port)")
		}
		if family == syscall.AF_INET6 && (!ok || len(tup) < 2 || len(tup) > 4) {
			if !ok {
				return nil, argErr("%s(): AF_INET6 address must be tuple, not %s", fname, interp.TypeName(v))
			}
			return nil, argErr("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		hs, ok := tup[0].(interp.Str)
		if !ok {
			return nil, argErr("str, bytes or bytearray expected, not %s", interp.TypeName(tup[0]))
		}
		port, err := interp.ToIndex(tup[1])
		if err != nil {
			return nil, argErr("'%s' object cannot be interpreted as an integer", interp.TypeName(tup[1]))
		}
		if port < 0 || port > 65535 {
			return nil, interp.Errorf(interp.OverflowErrorType, "%s(): port must be 0-65535.", fname)
		}
		ip, err := resolveHost(t, string(hs), family)
		if err != nil {
			return nil, err
		}
		if family == syscall.AF_INET {
			sa := &syscall.SockaddrInet4{Port: port}
			copy(sa.Addr[:], ip.To4())
			return sa, nil
		}
		sa := &syscall.SockaddrInet6{Port: port}
		copy(sa.Addr[:], ip.To16())
		if len(tup) == 4 {
			sc, _ := interp.ToIndex(tup[3])
			sa.ZoneId = uint32(sc)
		}
		return sa, nil
	}
	return nil, interp.Errorf(interp.OSErrorType, "%s(): bad family", fname)
}

// resolveHost resolves a host name of an address: "" is the wildcard,
// "<broadcast>" the broadcast address, else an IP literal or a name.
func resolveHost(t *interp.Thread, h string, family int) (net.IP, error) {
	switch h {
	case "":
		if family == syscall.AF_INET {
			return net.IPv4zero, nil
		}
		return net.IPv6zero, nil
	case "<broadcast>":
		return net.IPv4bcast, nil
	}
	if ip := net.ParseIP(h); ip != nil {
		if family == syscall.AF_INET && ip.To4() == nil {
			return nil, gaiError(t, -9, "Address family for hostname not supported")
		}
		return ip, nil
	}
	ips, err := lookupIPs(h)
	if err != nil {
		return nil, gaiError(t, -2, "Name or service not known")
	}
	for _, ip := range ips {
		if (family == syscall.AF_INET) == (ip.To4() != nil) {
			return ip, nil
		}
	}
	return nil, gaiError(t, -9, "Address family for hostname not supported")
}

// lookupIPs resolves a name; localhost is answered without the resolver.
func lookupIPs(h string) ([]net.IP, error) {
	if strings.EqualFold(h, "localhost") || strings.HasSuffix(strings.ToLower(h), ".localhost") {
		return []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, h)
	if err != nil {
		return nil, err
	}
	out := make([]net.IP, len(addrs))
	for i, a := range addrs {
		out[i] = a.IP
	}
	return out, nil
}

// addrValue converts a sockaddr to the Python address.
func addrValue(sa syscall.Sockaddr) interp.Value {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return interp.Tuple{interp.Str(net.IP(a.Addr[:]).String()), interp.Int(a.Port)}
	case *syscall.SockaddrInet6:
		return interp.Tuple{interp.Str(net.IP(a.Addr[:]).String()), interp.Int(a.Port), interp.Int(0), interp.Int(a.ZoneId)}
	case *syscall.SockaddrUnix:
		if a.Name == "@" {
			return interp.Str("") // unnamed
		}
		if strings.HasPrefix(a.Name, "@") {
			return interp.Bytes("\x00" + a.Name[1:])
		}
		return interp.Str(a.Name)
	}
	return interp.None
}

// indexArgs reads the arguments from index from on as Python ints.
func indexArgs(args []interp.Value, from int) ([]int, error) {
	out := make([]int, 0, len(args)-from)
	for _, a := range args[from:] {
		n, err := interp.ToIndex(a)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// sockBytes copies a bytes-like argument (the Python wrapper turns a
// memoryview into bytes first).
func sockBytes(v interp.Value) ([]byte, error) {
	if s, ok := asBytes(v); ok {
		return []byte(s), nil
	}
	return nil, argErr("a bytes-like object is required, not '%s'", interp.TypeName(v))
}

func sockFuncs() funcs {
	sock := func(name string, n int, fn func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error)) interp.BuiltinFunc {
		return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if len(args) != n+1 {
				return nil, argErr("_socket.%s takes %d arguments", name, n+1)
			}
			s, err := sockArg(args[0])
			if err != nil {
				return nil, err
			}
			return fn(t, s, args[1:])
		}
	}
	return funcs{
		"socket": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := indexArgs(args, 0)
			if err != nil || len(a) != 3 {
				return nil, argErr("_socket.socket(family, type, proto)")
			}
			fd, err := syscall.Socket(a[0], a[1]|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, a[2])
			if err != nil {
				return nil, sockError(t, err)
			}
			proto := a[2]
			s, err := newSock(t, fd, a[0], a[1]&^(syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC), proto)
			if err != nil {
				return nil, sockError(t, err)
			}
			return s, nil
		},
		"socketpair": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, err := indexArgs(args, 0)
			if err != nil || len(a) != 3 {
				return nil, argErr("_socket.socketpair(family, type, proto)")
			}
			fds, err := syscall.Socketpair(a[0], a[1]|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, a[2])
			if err != nil {
				return nil, sockError(t, err)
			}
			s1, err := newSock(t, fds[0], a[0], a[1], a[2])
			if err != nil {
				return nil, sockError(t, err)
			}
			s2, err := newSock(t, fds[1], a[0], a[1], a[2])
			if err != nil {
				return nil, sockError(t, err)
			}
			return interp.Tuple{s1, s2}, nil
		},
		"info": sock("info", 0, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			s.mu.Lock()
			defer s.mu.Unlock()
			return interp.Tuple{interp.Int(s.fd), interp.Int(s.family), interp.Int(s.typ), interp.Int(s.proto)}, nil
		}),
		"close": sock("close", 0, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			if s.host != nil {
				s.host.Disown(t, s)
			}
			s.Close()
			return interp.None, nil
		}),
		"detach": sock("detach", 0, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			s.mu.Lock()
			f, fd := s.f, s.fd
			s.f, s.fd = nil, -1
			s.mu.Unlock()
			if f == nil {
				return interp.Int(-1), nil
			}
			if s.host != nil {
				s.host.Disown(t, s)
			}
			nfd, err := syscall.Dup(fd)
			f.Close()
			if err != nil {
				return nil, sockError(t, err)
			}
			return interp.Int(nfd), nil
		}),
		"settimeout": sock("settimeout", 1, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			d, err := timeoutArg(args[0])
			if err != nil {
				return nil, err
			}
			s.mu.Lock()
			s.timeout = d
			s.mu.Unlock()
			return interp.None, nil
		}),
		"gettimeout": sock("gettimeout", 0, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			s.mu.Lock()
			d := s.timeout
			s.mu.Unlock()
			if d < 0 {
				return interp.None, nil
			}
			return interp.Float(d.Seconds()), nil
		}),
		"bind": sock("bind", 1, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			sa, err := sockaddr(t, "bind", s.family, args[0])
			if err != nil {
				return nil, err
			}
			rc, _, _, err := s.live()
			if err != nil {
				return nil, sockError(t, err)
			}
			var opErr error
			rc.Control(func(fd uintptr) { opErr = syscall.Bind(int(fd), sa) })
			return interp.None, sockError(t, opErr)
		}),
		"listen": sock("listen", 1, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			n, err := interp.ToIndex(args[0])
			if err != nil {
				return nil, err
			}
			rc, _, _, err := s.live()
			if err != nil {
				return nil, sockError(t, err)
			}
			var opErr error
			rc.Control(func(fd uintptr) { opErr = syscall.Listen(int(fd), max(n, 0)) })
			return interp.None, sockError(t, opErr)
		}),
		"accept": sock("accept", 0, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			type accepted struct {
				fd int
				sa syscall.Sockaddr
			}
			return s.do(t, false, func(fd int) (any, error) {
				nfd, sa, err := syscall.Accept4(fd, syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC)
				return accepted{nfd, sa}, err
			}, func(v any) (interp.Value, error) {
				a := v.(accepted)
				ns, err := newSock(t, a.fd, s.family, s.typ, s.proto)
				if err != nil {
					syscall.Close(a.fd)
					return nil, sockError(t, err)
				}
				// An accepted socket starts blocking unless a default
				// timeout is set (CPython's rule).
				return interp.Tuple{ns, addrValue(a.sa)}, nil
			})
		}),
		"connect": sock("connect", 1, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			sa, err := sockaddr(t, "connect", s.family, args[0])
			if err != nil {
				return nil, err
			}
			if _, _, timeout, err := s.live(); err == nil && timeout == 0 {
				// Non-blocking: start the connection and report it
				// in progress, as connect(2) does.
				rc, _, _, _ := s.live()
				var opErr error
				rc.Control(func(fd uintptr) { opErr = syscall.Connect(int(fd), sa) })
				return interp.None, sockError(t, opErr)
			}
			started := false
			return s.do(t, true, func(fd int) (any, error) {
				if !started {
					started = true
					err := syscall.Connect(fd, sa)
					if err == syscall.EINPROGRESS || err == syscall.EAGAIN {
						return nil, syscall.EAGAIN
					}
					return nil, err
				}
				soerr, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
				if err != nil {
					return nil, err
				}
				switch e := syscall.Errno(soerr); e {
				case 0:
					if _, err := syscall.Getpeername(fd); err == nil {
						return nil, nil
					}
					return nil, syscall.EAGAIN
				case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
					return nil, syscall.EAGAIN
				default:
					return nil, e
				}
			}, func(any) (interp.Value, error) { return interp.None, nil })
		}),
		"recv": sock("recv", 2, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			a, err := indexArgs(args, 0)
			if err != nil {
				return nil, err
			}
			if a[0] < 0 {
				return nil, interp.Errorf(interp.ValueErrorType, "negative buffersize in recv")
			}
			buf := make([]byte, a[0])
			return s.do(t, false, func(fd int) (any, error) {
				if len(buf) == 0 {
					return 0, nil
				}
				n, _, err := syscall.Recvfrom(fd, buf, a[1])
				return n, err
			}, func(v any) (interp.Value, error) {
				return interp.Bytes(buf[:max(v.(int), 0)]), nil
			})
		}),
		"recvfrom": sock("recvfrom", 2, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			a, err := indexArgs(args, 0)
			if err != nil {
				return nil, err
			}
			if a[0] < 0 {
				return nil, interp.Errorf(interp.ValueErrorType, "negative buffersize in recvfrom")
			}
			buf := make([]byte, a[0])
			type got struct {
				n  int
				sa syscall.Sockaddr
			}
			return s.do(t, false, func(fd int) (any, error) {
				n, sa, err := syscall.Recvfrom(fd, buf, a[1])
				return got{n, sa}, err
			}, func(v any) (interp.Value, error) {
				g := v.(got)
				var addr interp.Value = interp.None
				if g.sa != nil {
					addr = addrValue(g.sa)
				}
				return interp.Tuple{interp.Bytes(buf[:max(g.n, 0)]), addr}, nil
			})
		}),
		"send": sock("send", 2, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			data, err := sockBytes(args[0])
			if err != nil {
				return nil, err
			}
			flags, err := interp.ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			return s.do(t, true, func(fd int) (any, error) {
				return syscall.SendmsgN(fd, data, nil, nil, flags|syscall.MSG_NOSIGNAL)
			}, func(v any) (interp.Value, error) { return interp.Int(v.(int)), nil })
		}),
		"sendall": sock("sendall", 2, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			data, err := sockBytes(args[0])
			if err != nil {
				return nil, err
			}
			flags, err := interp.ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			off := 0
			return s.do(t, true, func(fd int) (any, error) {
				for off < len(data) {
					n, err := syscall.SendmsgN(fd, data[off:], nil, nil, flags|syscall.MSG_NOSIGNAL)
					if err == syscall.EINTR {
						continue
					}
					if err != nil {
						return nil, err
					}
					off += n
				}
				return nil, nil
			}, func(any) (interp.Value, error) { return interp.None, nil })
		}),
		"sendto": sock("sendto", 3, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			data, err := sockBytes(args[0])
			if err != nil {
				return nil, err
			}
			flags, err := interp.ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			sa, err := sockaddr(t, "sendto", s.family, args[2])
			if err != nil {
				return nil, err
			}
			return s.do(t, true, func(fd int) (any, error) {
				return syscall.SendmsgN(fd, data, nil, sa, flags|syscall.MSG_NOSIGNAL)
			}, func(v any) (interp.Value, error) { return interp.Int(v.(int)), nil })
		}),
		"shutdown": sock("shutdown", 1, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			how, err := interp.ToIndex(args[0])
			if err != nil {
				return nil, err
			}
			rc, _, _, err := s.live()
			if err != nil {
				return nil, sockError(t, err)
			}
			var opErr error
			rc.Control(func(fd uintptr) { opErr = syscall.Shutdown(int(fd), how) })
			return interp.None, sockError(t, opErr)
		}),
		"setsockopt": sock("setsockopt", 3, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			a, err := indexArgs(args[:2], 0)
			if err != nil {
				return nil, err
			}
			rc, _, _, err := s.live()
			if err != nil {
				return nil, sockError(t, err)
			}
			var opErr error
			if b, ok := asBytes(args[2]); ok {
				rc.Control(func(fd uintptr) { opErr = syscall.SetsockoptString(int(fd), a[0], a[1], b) })
			} else {
				v, err := interp.ToIndex(args[2])
				if err != nil {
					return nil, argErr("a bytes-like object is required, not '%s'", interp.TypeName(args[2]))
				}
				rc.Control(func(fd uintptr) { opErr = syscall.SetsockoptInt(int(fd), a[0], a[1], v) })
			}
			return interp.None, sockError(t, opErr)
		}),
		"getsockopt": sock("getsockopt", 2, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			a, err := indexArgs(args, 0)
			if err != nil {
				return nil, err
			}
			rc, _, _, err := s.live()
			if err != nil {
				return nil, sockError(t, err)
			}
			var v int
			var opErr error
			rc.Control(func(fd uintptr) { v, opErr = syscall.GetsockoptInt(int(fd), a[0], a[1]) })
			if opErr != nil {
				return nil, sockError(t, opErr)
			}
			return interp.Int(v), nil
		}),
		"getsockname": sock("getsockname", 0, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			return sockName(t, s, syscall.Getsockname)
		}),
		"getpeername": sock("getpeername", 0, func(t *interp.Thread, s *sockObj, args []interp.Value) (interp.Value, error) {
			return sockName(t, s, syscall.Getpeername)
		}),
		"setdefaulttimeout": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if len(args) != 1 {
				return nil, argErr("setdefaulttimeout() takes exactly one argument (%d given)", len(args))
			}
			d, err := timeoutArg(args[0])
			if err != nil {
				return nil, err
			}
			defaultTimeout.Lock()
			defaultTimeout.d = d
			defaultTimeout.Unlock()
			return interp.None, nil
		},
		"getdefaulttimeout": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			defaultTimeout.Lock()
			d := defaultTimeout.d
			defaultTimeout.Unlock()
			if d < 0 {
				return interp.None, nil
			}
			return interp.Float(d.Seconds()), nil
		},
		"gethostname": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := os.Hostname()
			if err != nil {
				return nil, sockError(t, err)
			}
			return interp.Str(h), nil
		},
		// _resolve(host, family) -> list of (family, ip str); host None
		// is the loopback (the wildcard when passive).
		"_resolve": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if len(args) != 3 {
				return nil, argErr("_resolve(host, family, passive)")
			}
			family, err := interp.ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			passive, _ := interp.Truth(t, args[2])
			var ips []net.IP
			switch h := args[0].(type) {
			case interp.NoneType:
				if passive {
					ips = []net.IP{net.IPv4zero, net.IPv6zero}
				} else {
					ips = []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}
				}
			case interp.Str:
				if ip := net.ParseIP(string(h)); ip != nil {
					ips = []net.IP{ip}
				} else if h == "" {
					return nil, gaiError(t, -2, "Name or service not known")
				} else {
					name := string(h)
					return t.Blocking(&interp.BlockingCall{
						Fn: func() (any, error) { return lookupIPs(name) },
						Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
							if err != nil {
								return nil, gaiError(t, -2, "Name or service not known")
							}
							return ipList(v.([]net.IP), family), nil
						},
					})
				}
			default:
				return nil, argErr("getaddrinfo() argument 1 must be string or None")
			}
			return ipList(ips, family), nil
		},
		"_ntop": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			b, ok := asBytes(args[0])
			if !ok || (len(b) != 4 && len(b) != 16) {
				return nil, interp.Errorf(interp.ValueErrorType, "invalid length of packed IP address string")
			}
			return interp.Str(net.IP([]byte(b)).String()), nil
		},
		"_pton": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			fam, _ := interp.ToIndex(args[0])
			s, _ := args[1].(interp.Str)
			ip := net.ParseIP(string(s))
			if ip == nil || (fam == syscall.AF_INET && ip.To4() == nil) || (fam == syscall.AF_INET && strings.Contains(string(s), ":")) {
				return nil, raise(t, interp.OSErrorType, interp.Str("illegal IP address string passed to inet_pton"))
			}
			if fam == syscall.AF_INET {
				return interp.Bytes(ip.To4()), nil
			}
			return interp.Bytes(ip.To16()), nil
		},
	}
}

func ipList(ips []net.IP, family int) interp.Value {
	var out []interp.Value
	for _, ip := range ips {
		f := syscall.AF_INET6
		if ip.To4() != nil && !strings.Contains(ip.String(), ":") {
			f = syscall.AF_INET
		}
		if family != 0 && family != f {
			continue
		}
		out = append(out, interp.Tuple{interp.Int(f), interp.Str(ip.String())})
	}
	return interp.NewList(out)
}

func sockName(t *interp.Thread, s *sockObj, get func(int) (syscall.Sockaddr, error)) (interp.Value, error) {
	rc, _, _, err := s.live()
	if err != nil {
		return nil, sockError(t, err)
	}
	var sa syscall.Sockaddr
	var opErr error
	rc.Control(func(fd uintptr) { sa, opErr = get(int(fd)) })
	if opErr != nil {
		return nil, sockError(t, opErr)
	}
	if sa == nil && s.family == syscall.AF_UNIX {
		return interp.Str(""), nil
	}
	return addrValue(sa), nil
}

// timeoutArg reads a socket timeout: None (blocking, < 0) or seconds.
func timeoutArg(v interp.Value) (time.Duration, error) {
	if v == interp.None {
		return -1, nil
	}
	f, ok := interp.ToFloat(v)
	if !ok {
		return 0, argErr("'%s' object cannot be interpreted as an integer or float", interp.TypeName(v))
	}
	if f < 0 || f != f {
		return 0, interp.Errorf(interp.ValueErrorType, "Timeout value out of range")
	}
	return time.Duration(min(f, 1e9) * float64(time.Second)), nil
}

var sockConsts = map[string]int{
	"AF_UNSPEC": syscall.AF_UNSPEC, "AF_UNIX": syscall.AF_UNIX, "AF_INET": syscall.AF_INET, "AF_INET6": syscall.AF_INET6,
	"SOCK_STREAM": syscall.SOCK_STREAM, "SOCK_DGRAM": syscall.SOCK_DGRAM, "SOCK_RAW": syscall.SOCK_RAW,
	"SOCK_SEQPACKET": syscall.SOCK_SEQPACKET, "SOCK_NONBLOCK": syscall.SOCK_NONBLOCK, "SOCK_CLOEXEC": syscall.SOCK_CLOEXEC,
	"SOL_SOCKET": syscall.SOL_SOCKET, "SO_REUSEADDR": syscall.SO_REUSEADDR, "SO_REUSEPORT": 15,
	"SO_KEEPALIVE": syscall.SO_KEEPALIVE, "SO_BROADCAST": syscall.SO_BROADCAST, "SO_RCVBUF": syscall.SO_RCVBUF,
	"SO_SNDBUF": syscall.SO_SNDBUF, "SO_ERROR": syscall.SO_ERROR, "SO_TYPE": syscall.SO_TYPE, "SO_LINGER": syscall.SO_LINGER,
	"SO_RCVTIMEO": syscall.SO_RCVTIMEO, "SO_SNDTIMEO": syscall.SO_SNDTIMEO, "SO_ACCEPTCONN": syscall.SO_ACCEPTCONN,
	"IPPROTO_IP": syscall.IPPROTO_IP, "IPPROTO_TCP": syscall.IPPROTO_TCP, "IPPROTO_UDP": syscall.IPPROTO_UDP,
	"IPPROTO_IPV6": syscall.IPPROTO_IPV6, "IPPROTO_ICMP": syscall.IPPROTO_ICMP, "IPPROTO_RAW": syscall.IPPROTO_RAW,
	"TCP_NODELAY": syscall.TCP_NODELAY, "TCP_KEEPIDLE": syscall.TCP_KEEPIDLE, "TCP_KEEPINTVL": syscall.TCP_KEEPINTVL,
	"TCP_KEEPCNT": syscall.TCP_KEEPCNT, "IPV6_V6ONLY": syscall.IPV6_V6ONLY, "IP_TTL": syscall.IP_TTL,
	"IP_MULTICAST_TTL": syscall.IP_MULTICAST_TTL, "IP_MULTICAST_LOOP": syscall.IP_MULTICAST_LOOP,
	"IP_ADD_MEMBERSHIP": syscall.IP_ADD_MEMBERSHIP,
	"SHUT_RD":           syscall.SHUT_RD, "SHUT_WR": syscall.SHUT_WR, "SHUT_RDWR": syscall.SHUT_RDWR,
	"SOMAXCONN": 4096, "MSG_PEEK": syscall.MSG_PEEK, "MSG_DONTWAIT": syscall.MSG_DONTWAIT,
	"MSG_WAITALL": syscall.MSG_WAITALL, "MSG_OOB": syscall.MSG_OOB, "MSG_NOSIGNAL": syscall.MSG_NOSIGNAL,
	"AI_PASSIVE": 1, "AI_CANONNAME": 2, "AI_NUMERICHOST": 4, "AI_V4MAPPED": 8, "AI_ALL": 0x10,
	"AI_ADDRCONFIG": 0x20, "AI_NUMERICSERV": 0x400,
	"NI_NUMERICHOST": 1, "NI_NUMERICSERV": 2, "NI_NOFQDN": 4, "NI_NAMEREQD": 8, "NI_DGRAM": 16,
	"EAI_NONAME": -2, "EAI_AGAIN": -3, "EAI_FAIL": -4, "EAI_FAMILY": -6, "EAI_SERVICE": -8,
	"INADDR_ANY": 0, "INADDR_LOOPBACK": 0x7f000001, "INADDR_BROADCAST": 0xffffffff, "INADDR_NONE": 0xffffffff,
}

func init() {
	register("_socket", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, sockFuncs())
		for k, v := range sockConsts {
			m.Dict.SetStr(k, interp.Int(v))
		}
		m.Dict.SetStr("has_ipv6", interp.True)
		m.Dict.SetStr("sock", sockType)
		return nil
	}, socketPrelude)
}

const socketPrelude = `
error = OSError
timeout = TimeoutError

class herror(OSError):
    pass

class gaierror(OSError):
    pass
`
