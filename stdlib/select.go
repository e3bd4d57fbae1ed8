package stdlib

import (
	"sync/atomic"
	"syscall"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The select module: select.select on file descriptors (sockets, pipes),
// and poll() in Python on top of it (selectPrelude). A select that must
// wait becomes an interp.BlockingCall: a goroutine polls the descriptors
// (in slices of at most 50 ms, so that a killed process's wait ends soon)
// while the scheduler runs the other processes.

const selectSlice = 50 * time.Millisecond

func fdSet(fds []int) (*syscall.FdSet, int) {
	set := &syscall.FdSet{}
	hi := -1
	for _, fd := range fds {
		set.Bits[fd/64] |= 1 << (uint(fd) % 64)
		hi = max(hi, fd)
	}
	return set, hi
}

func fdIsSet(set *syscall.FdSet, fd int) bool { return set.Bits[fd/64]&(1<<(uint(fd)%64)) != 0 }

// selectOnce waits at most d (0: poll) and returns the ready indices of
// each list.
func selectOnce(lists [3][]int, d time.Duration) ([3][]int, error) {
	var sets [3]*syscall.FdSet
	hi := -1
	for i, l := range lists {
		var h int
		sets[i], h = fdSet(l)
		hi = max(hi, h)
	}
	tv := syscall.NsecToTimeval(d.Nanoseconds())
	var ready [3][]int
	for {
		_, err := syscall.Select(hi+1, sets[0], sets[1], sets[2], &tv)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return ready, err
		}
		break
	}
	for i, l := range lists {
		for j, fd := range l {
			if fdIsSet(sets[i], fd) {
				ready[i] = append(ready[i], j)
			}
		}
	}
	return ready, nil
}

func anyReady(r [3][]int) bool { return len(r[0])+len(r[1])+len(r[2]) > 0 }

// _select(rfds, wfds, xfds, timeout) -> three lists of indices.
func selectFn(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 4 {
		return nil, argErr("_select(rfds, wfds, xfds, timeout)")
	}
	var lists [3][]int
	for i := 0; i < 3; i++ {
		l, ok := args[i].(*interp.List)
		if !ok {
			return nil, argErr("_select: lists of fds expected")
		}
		for _, v := range l.Items {
			fd, err := interp.ToIndex(v)
			if err != nil {
				return nil, err
			}
			if fd < 0 || fd >= 1024 {
				return nil, interp.Errorf(interp.ValueErrorType, "filedescriptor out of range in select()")
			}
			lists[i] = append(lists[i], fd)
		}
	}
	wait := time.Duration(-1)
	if args[3] != interp.None {
		f, _ := interp.ToFloat(args[3])
		wait = time.Duration(min(f, 1e9) * float64(time.Second))
	}
	conv := func(t *interp.Thread, v any, err error) (interp.Value, error) {
		if err != nil {
			return nil, sockError(t, err)
		}
		r := v.([3][]int)
		out := make(interp.Tuple, 3)
		for i := range r {
			items := make([]interp.Value, len(r[i]))
			for j, k := range r[i] {
				items[j] = interp.Int(k)
			}
			out[i] = interp.NewList(items)
		}
		return out, nil
	}
	r, err := selectOnce(lists, 0)
	if err != nil || anyReady(r) || wait == 0 {
		return conv(t, r, err)
	}
	var aborted atomic.Bool
	return t.Blocking(&interp.BlockingCall{
		Fn:    func() (any, error) { return selectUntil(lists, wait, &aborted) },
		Then:  conv,
		Abort: func() { aborted.Store(true) },
	})
}

// selectUntil waits, off the process's worker, until a descriptor of
// lists is ready, wait has passed (wait < 0: no limit), select fails or
// aborted is set, polling in slices of selectSlice.
func selectUntil(lists [3][]int, wait time.Duration, aborted *atomic.Bool) ([3][]int, error) {
	var deadline time.Time
	if wait > 0 {
		deadline = time.Now().Add(wait)
	}
	for {
		d := selectSlice
		if wait > 0 {
			d = max(min(d, time.Until(deadline)), 0)
		}
		r, err := selectOnce(lists, d)
		if err != nil || anyReady(r) || aborted.Load() || (wait > 0 && !time.Now().Before(deadline)) {
			return r, err
		}
	}
}

func init() {
	register("select", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{"_select": selectFn})
		for k, v := range map[string]int{"POLLIN": 1, "POLLPRI": 2, "POLLOUT": 4, "POLLERR": 8, "POLLHUP": 16, "POLLNVAL": 32,
			"POLLRDNORM": 64, "POLLRDBAND": 128, "POLLWRNORM": 256, "POLLWRBAND": 512, "POLLMSG": 1024, "POLLRDHUP": 8192, "PIPE_BUF": 4096} {
			m.Dict.SetStr(k, interp.Int(v))
		}
		return nil
	}, selectPrelude)
}

const selectPrelude = `
error = OSError

def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd

def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    rl, wl, xl = list(rlist), list(wlist), list(xlist)
    r, w, x = _select([_fileno(o) for o in rl], [_fileno(o) for o in wl],
                      [_fileno(o) for o in xl], timeout)
    return [rl[i] for i in r], [wl[i] for i in w], [xl[i] for i in x]

class poll:
    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask

    def unregister(self, fd):
        del self._fds[_fileno(fd)]

    def poll(self, timeout=None):
        if timeout is not None:
            timeout = None if timeout < 0 else timeout / 1000
        fds = list(self._fds.items())
        r = [fd for fd, m in fds if m & (POLLIN | POLLPRI | POLLRDNORM)]
        w = [fd for fd, m in fds if m & (POLLOUT | POLLWRNORM)]
        x = [fd for fd, m in fds if m & POLLPRI]
        ri, wi, xi = _select(r, w, x, timeout)
        events = {}
        for i in ri:
            events[r[i]] = events.get(r[i], 0) | POLLIN
        for i in wi:
            events[w[i]] = events.get(w[i], 0) | POLLOUT
        for i in xi:
            events[x[i]] = events.get(x[i], 0) | POLLPRI
        return [(fd, events[fd]) for fd, m in fds if fd in events]
`
