package actor

import (
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The payloads of the suspensions that the rebeam builtins return. The
// builtin does everything that can fail (argument checks, copying the
// message) before it suspends, so that errors are raised at the call
// site; the worker only has to wait.

// receiveRequest waits for the next message (a GenPy server's loop).
type receiveRequest struct{}

// callRequest delivers msg to target and waits for the reply, at most
// timeout (no limit when timeout <= 0).
type callRequest struct {
	target  *Process
	msg     *Message
	timeout time.Duration
	reply   replyTo // what msg.reply points to, allocated with the request
}

// stopChildRequest asks target for an orderly stop and waits until it
// has exited, killing it after timeout.
type stopChildRequest struct {
	target  *Process
	reason  string
	timeout time.Duration
}

// startChildRequest makes child runnable and waits until it has started
// (a GenPy's @start returned, a supervisor started its children) or
// exited, so that a supervisor starts its children one after another.
type startChildRequest struct {
	child *Process
}

// sleepRequest waits for d.
type sleepRequest struct{ d time.Duration }

// okTuple and errorTuple build the (status, response) pairs of call.
func okTuple(v interp.Value) interp.Value { return interp.Tuple{interp.Str("ok"), v} }

// timeoutTuple is call's answer when its timeout passes (a tuple of str
// is immutable, so every caller may share it).
var timeoutTuple = errorTuple("timeout")

func errorTuple(reason string) interp.Value {
	return interp.Tuple{interp.Str("error"), interp.Str(reason)}
}
