package stdlib

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The _thread module, under threading (py/threading.py) and queue.
//
// Under the actor runtime a thread is a process that shares every object
// with the one that started it (interp.Host.Go), so library code that
// starts threads works and each thread is scheduled, preempted and
// traced like any process. With no host (an embedding program's plain
// interpreter) a thread is a goroutine running an interp.Thread: the
// interpreter is safe for parallel threads (interp/parallel_test.go).
//
// A lock is a channel of one slot. Taking it when it is free costs no
// suspension; waiting for it is an interp.BlockingCall, so a process
// blocked on a lock holds no scheduler worker, and a process killed while
// waiting cannot end up holding the lock (BlockingCall.Discard).

type lockObj struct {
	ch chan struct{}
}

var lockType *interp.Type

func (*lockObj) Type() *interp.Type { return lockType }

func newLock() *lockObj { return &lockObj{ch: make(chan struct{}, 1)} }

func (l *lockObj) tryAcquire() bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

func (l *lockObj) release() bool {
	select {
	case <-l.ch:
		return true
	default:
		return false
	}
}

// acquire implements Lock.acquire(blocking=True, timeout=-1).
func (l *lockObj) acquire(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var blocking interp.Value = interp.True
	var timeout interp.Value = interp.Int(-1)
	if err := interp.UnpackArgs("acquire", args, kw, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return nil, err
	}
	block, err := interp.Truth(t, blocking)
	if err != nil {
		return nil, err
	}
	secs, ok := interp.ToFloat(timeout)
	if !ok {
		return nil, argErr("'%s' object cannot be interpreted as an integer or float", interp.TypeName(timeout))
	}
	if !block && secs != -1 {
		return nil, interp.Errorf(interp.ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if secs < 0 && secs != -1 {
		return nil, interp.Errorf(interp.ValueErrorType, "timeout value must be positive")
	}
	if l.tryAcquire() {
		return interp.True, nil
	}
	if !block || secs == 0 {
		return interp.False, nil
	}
	abort := make(chan struct{})
	return t.Blocking(&interp.BlockingCall{
		Fn: func() (any, error) {
			var timer <-chan time.Time
			if secs > 0 {
				tm := time.NewTimer(time.Duration(min(secs, 1e9) * float64(time.Second)))
				defer tm.Stop()
				timer = tm.C
			}
			select {
			case l.ch <- struct{}{}:
				return interp.True, nil
			case <-timer:
				return interp.False, nil
			case <-abort:
				return interp.False, nil
			}
		},
		Abort: func() { close(abort) },
		Discard: func(v any, err error) {
			if v == interp.True {
				l.release()
			}
		},
	})
}

func lockSelf(args []interp.Value) (*lockObj, error) {
	if len(args) == 0 {
		return nil, argErr("descriptor needs an argument")
	}
	l, ok := args[0].(*lockObj)
	if !ok {
		return nil, argErr("descriptor requires a '_thread.lock' object but received a '%s'", interp.TypeName(args[0]))
	}
	return l, nil
}

func init() {
	lockType = newType("lock", "_thread", funcs{
		"acquire": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			l, err := lockSelf(args)
			if err != nil {
				return nil, err
			}
			return l.acquire(t, args[1:], kw)
		},
		"__enter__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			l, err := lockSelf(args)
			if err != nil {
				return nil, err
			}
			return l.acquire(t, nil, nil)
		},
		"release": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			l, err := lockSelf(args)
			if err != nil {
				return nil, err
			}
			if !l.release() {
				return nil, interp.Errorf(interp.RuntimeErrorType, "release unlocked lock")
			}
			return interp.None, nil
		},
		"__exit__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			l, err := lockSelf(args)
			if err != nil {
				return nil, err
			}
			if !l.release() {
				return nil, interp.Errorf(interp.RuntimeErrorType, "release unlocked lock")
			}
			return interp.None, nil
		},
		"locked": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			l, err := lockSelf(args)
			if err != nil {
				return nil, err
			}
			return interp.Bool(len(l.ch) == 1), nil
		},
		"__repr__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			l, err := lockSelf(args)
			if err != nil {
				return nil, err
			}
			state := "unlocked"
			if len(l.ch) == 1 {
				state = "locked"
			}
			return interp.Str("<" + state + " _thread.lock object at " + interp.AddressOf(l) + ">"), nil
		},
	})
	lockType.Dict.SetStr("acquire_lock", mustGet(lockType, "acquire"))
	lockType.Dict.SetStr("release_lock", mustGet(lockType, "release"))
	lockType.Dict.SetStr("locked_lock", mustGet(lockType, "locked"))
	register("_thread", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"allocate_lock": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				return newLock(), nil
			},
			"get_ident":        threadGetIdent,
			"get_native_id":    threadGetIdent,
			"start_new_thread": threadStart,
			"_count": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				return interp.Int(liveThreads.Load()), nil
			},
		})
		m.Dict.SetStr("LockType", lockType)
		m.Dict.SetStr("TIMEOUT_MAX", interp.Float(9223372036)) // CPython's on Linux
		m.Dict.SetStr("error", interp.RuntimeErrorType)
		return nil
	}, "")
}

func mustGet(c *interp.Type, name string) interp.Value {
	v, _ := c.Dict.GetStr(name)
	return v
}

var (
	nextIdent   atomic.Int64
	liveThreads atomic.Int64
	identMu     sync.Mutex
)

const identKey = "thread.ident"

// threadGetIdent returns the thread's identifier, made on first use and
// kept in the thread's Locals (only the thread itself touches them).
func threadGetIdent(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	return interp.Int(identOf(t)), nil
}

func identOf(t *interp.Thread) int64 {
	if id, ok := t.Locals[identKey].(int64); ok {
		return id
	}
	id := 139_800_000_000_000 + nextIdent.Add(1)*4096
	identMu.Lock()
	if t.Locals == nil {
		t.Locals = map[string]any{}
	}
	t.Locals[identKey] = id
	identMu.Unlock()
	return id
}

// start_new_thread(function, args, kwargs=None, daemon=False): runs
// function(*args, **kwargs) in a new thread. (The daemon flag is
// rebeam's: see interp.Host.Go.)
func threadStart(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var fn, fargs, fkw interp.Value
	var daemon interp.Value = interp.False
	fkw = interp.None
	if err := interp.UnpackArgs("start_new_thread", args, kw, "function", &fn, "args", &fargs, "kwargs?", &fkw, "daemon?", &daemon); err != nil {
		return nil, err
	}
	tup, ok := fargs.(interp.Tuple)
	if !ok {
		return nil, argErr("2nd arg must be a tuple")
	}
	if fkw != interp.None {
		d, ok := fkw.(*interp.Dict)
		if !ok {
			return nil, argErr("optional 3rd arg must be a dictionary")
		}
		// Call fn(*args, **kwargs) through a trampoline.
		target := fn
		fn = &interp.Builtin{Name: "<thread>", Fn: func(t *interp.Thread, a []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			var kws []interp.Kwarg
			for _, k := range d.Keys() {
				v, _, _ := d.Get(t, k)
				ks, _ := k.(interp.Str)
				kws = append(kws, interp.Kwarg{Name: string(ks), Value: v})
			}
			return t.Call(target, a, kws)
		}}
	}
	isDaemon, _ := interp.Truth(t, daemon)
	liveThreads.Add(1)
	done := func(exc *interp.Exception) { liveThreads.Add(-1) }
	if h := interp.HostOf(t); h != nil && t.Offloads() {
		if err := h.Go(t, fn, []interp.Value(tup), isDaemon, done); err != nil {
			liveThreads.Add(-1)
			return nil, err
		}
		return interp.None, nil
	}
	nt := interp.NewThread(t.Interp)
	nt.Stdout, nt.Stderr, nt.Stdin = t.Stdout, t.Stderr, t.Stdin
	if err := nt.Start(fn, []interp.Value(tup)); err != nil {
		liveThreads.Add(-1)
		return nil, err
	}
	go func() {
		defer done(nil)
		for {
			r := nt.Run(0)
			if r.Kind != interp.Preempted {
				if r.Kind == interp.Raised && r.Err != nil {
					nt.PrintException(nt.Stderr, r.Err)
				}
				return
			}
		}
	}()
	return interp.None, nil
}
