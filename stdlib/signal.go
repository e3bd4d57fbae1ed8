package stdlib

import (
	"syscall"

	"github.com/rebeam/rebeam/interp"
)

// The signal module: the signal numbers, and handlers as a table the
// program reads and writes (signal, getsignal). The actor runtime owns
// SIGINT and SIGTERM (an orderly stop of the process tree), so a handler
// installed here is recorded but not called by the host.

var signalNames = []struct {
	name string
	num  syscall.Signal
}{
	{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT}, {"SIGILL", syscall.SIGILL},
	{"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT}, {"SIGIOT", syscall.SIGIOT}, {"SIGBUS", syscall.SIGBUS},
	{"SIGFPE", syscall.SIGFPE}, {"SIGKILL", syscall.SIGKILL}, {"SIGUSR1", syscall.SIGUSR1}, {"SIGSEGV", syscall.SIGSEGV},
	{"SIGUSR2", syscall.SIGUSR2}, {"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM}, {"SIGTERM", syscall.SIGTERM},
	{"SIGCHLD", syscall.SIGCHLD}, {"SIGCONT", syscall.SIGCONT}, {"SIGSTOP", syscall.SIGSTOP}, {"SIGTSTP", syscall.SIGTSTP},
	{"SIGTTIN", syscall.SIGTTIN}, {"SIGTTOU", syscall.SIGTTOU}, {"SIGURG", syscall.SIGURG}, {"SIGXCPU", syscall.SIGXCPU},
	{"SIGXFSZ", syscall.SIGXFSZ}, {"SIGVTALRM", syscall.SIGVTALRM}, {"SIGPROF", syscall.SIGPROF}, {"SIGWINCH", syscall.SIGWINCH},
	{"SIGIO", syscall.SIGIO}, {"SIGPOLL", syscall.SIGIO}, {"SIGPWR", syscall.SIGPWR}, {"SIGSYS", syscall.SIGSYS},
}

func init() {
	register("signal", func(t *interp.Thread, m *interp.Module) error {
		var pairs []interp.Value
		for _, s := range signalNames {
			pairs = append(pairs, interp.Tuple{interp.Str(s.name), interp.Int(s.num)})
		}
		m.Dict.SetStr("_signal_pairs", interp.Tuple(pairs))
		return nil
	}, `
class _SigEnum(int):
    def __new__(cls, name, value=None):
        if value is None:
            # Signals(9): the member with that value.
            try:
                return cls._members[name]
            except (KeyError, TypeError):
                raise ValueError('%r is not a valid %s' % (name, cls.__name__)) from None
        self = int.__new__(cls, value)
        self._name_ = name
        cls._members.setdefault(value, self)
        return self
    name = property(lambda self: self._name_)
    value = property(lambda self: int(self))
    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__name__, self._name_, int(self))
    def __str__(self):
        return str(int(self))

class Signals(_SigEnum):
    _members = {}

class Handlers(_SigEnum):
    _members = {}

SIG_DFL = Handlers('SIG_DFL', 0)
SIG_IGN = Handlers('SIG_IGN', 1)
Handlers.SIG_DFL = SIG_DFL
Handlers.SIG_IGN = SIG_IGN
NSIG = 65
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 0, 1, 2

for _n, _v in _signal_pairs:
    if _n in ('SIGIOT', 'SIGPOLL'):
        globals()[_n] = globals()['SIGABRT' if _n == 'SIGIOT' else 'SIGIO']
        continue
    globals()[_n] = Signals(_n, _v)
    setattr(Signals, _n, globals()[_n])
del _n, _v, _signal_pairs

def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt

_handlers = {}

def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')

def getsignal(signalnum, /):
    _check(signalnum)
    if signalnum in _handlers:
        return _handlers[signalnum]
    if signalnum == SIGINT:
        return default_int_handler
    return SIG_DFL

def signal(signalnum, handler, /):
    _check(signalnum)
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    if not callable(handler) and handler not in (SIG_DFL, SIG_IGN):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    old = getsignal(signalnum)
    _handlers[signalnum] = handler
    return old

def strsignal(signalnum, /):
    _check(signalnum)
    names = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 6: 'Aborted', 9: 'Killed', 10: 'User defined signal 1',
             12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated'}
    return names.get(int(signalnum))

def valid_signals():
    return set(range(1, NSIG))

def alarm(seconds, /):
    return 0

def pause():
    return None

def raise_signal(signalnum, /):
    _check(signalnum)
    h = getsignal(signalnum)
    if callable(h):
        h(signalnum, None)
    elif h == SIG_DFL and signalnum == SIGINT:
        raise KeyboardInterrupt

def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    return -1

def siginterrupt(signalnum, flag, /):
    _check(signalnum)
`)
}
