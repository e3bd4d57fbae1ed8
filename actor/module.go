package actor

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// processKey is the key of Thread.Locals that holds a thread's *Process.
const processKey = "actor.process"

func init() {
	interp.RegisterModule("rebeam", newModule)
}

// newModule builds the rebeam module for one interpreter: the Go builtins
// below, then the prelude (GenPy and friends) run in the same dict.
func newModule(t *interp.Thread) (*interp.Module, error) {
	m := interp.NewModule("rebeam")
	for name, fn := range map[string]interp.BuiltinFunc{
		"self_pid":       builtinSelfPID,
		"spawn":          builtinSpawn,
		"call":           builtinCall,
		"cast":           builtinCast,
		"whereis":        builtinWhereis,
		"monitor":        builtinMonitor,
		"sleep":          builtinSleep,
		"send_after":     builtinSendAfter,
		"cancel_timer":   builtinCancelTimer,
		"shutdown":       builtinShutdown,
		"_receive":       builtinReceive,
		"_reply":         builtinReply,
		"_register":      builtinRegister,
		"_handlers":      builtinHandlers,
		"_stopped":       builtinStopped,
		"_spawn_child":   builtinSpawnChild,
		"_stop_child":    builtinStopChild,
		"_monotonic":     builtinMonotonic,
		"_give_up":       builtinGiveUp,
		"_shutting_down": builtinShuttingDown,
		"_started":       builtinStarted,
		"_stopping":      builtinStopping,
		"_copy":          builtinCopy,
		"_check_child":   builtinCheckChild,
		"_trace":         builtinTrace,
	} {
		m.Dict.SetStr(name, interp.NewBuiltin(name, fn))
	}
	m.Dict.SetStr("ProcessID", ProcessIDType)
	if err := runPrelude(t.Interp, m); err != nil {
		return nil, err
	}
	// GenPy.__new__ is a Go builtin bound to GenPy, under staticmethod:
	// interp calls it like a Python __new__ (a bare builtin would be
	// taken for a builtin type's constructor), but it runs no frame.
	g, _ := m.Dict.GetStr("GenPy")
	gt, _ := g.(*interp.Type)
	py, _ := m.Dict.GetStr("_genpy_new_py")
	if gt == nil || py == nil {
		return nil, fmt.Errorf("actor: the rebeam prelude defines no GenPy")
	}
	newFn := interp.NewBuiltin("__new__", func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return genpyNew(t, py, args)
	})
	gt.Dict.SetStr("__new__", &interp.StaticMethod{Fn: &interp.BoundMethod{Fn: newFn, Self: gt}})
	return m, nil
}

// current returns the process running on t.
func current(t *interp.Thread) (*Process, error) {
	if p, ok := t.Locals[processKey].(*Process); ok {
		return p, nil
	}
	return nil, interp.Errorf(interp.RuntimeErrorType, "rebeam: this code is not running in a rebeam process; run the program with `rebeam run`")
}

// resolve finds the process a target names: a ProcessID or a registered
// name. A dead or unknown target is nil, not an error.
func resolve(s *Scheduler, target interp.Value) (*Process, error) {
	if pid, ok := AsPID(target); ok {
		return s.Lookup(pid), nil
	}
	if name, ok := target.(interp.Str); ok {
		return s.Whereis(string(name)), nil
	}
	return nil, interp.Errorf(interp.TypeErrorType, "target must be a ProcessID or a registered name (str), not '%s'", interp.TypeName(target))
}

// resolve is resolve for the process p sending to target. p remembers
// the process of the last ProcessID it sent to, so that a stream of
// messages to one process does not take the scheduler's lock each time.
// A remembered process that has exited since refuses the message as the
// lookup would (no process is reused, so it cannot be another's). A
// traced run always looks up, so that its events name what the lookup
// finds.
func (p *Process) resolve(target interp.Value) (*Process, error) {
	o, ok := target.(*interp.Object)
	if !ok || p.sched.trace != nil {
		return resolve(p.sched, target)
	}
	if o == p.lastPID && p.lastTo != nil {
		return p.lastTo, nil
	}
	to, err := resolve(p.sched, target)
	if to != nil {
		p.lastPID, p.lastTo = o, to
	}
	return to, err
}

// seconds converts a timeout or delay in seconds; None is no limit (0).
func seconds(fname string, v interp.Value) (time.Duration, error) {
	if v == nil || v == interp.None {
		return 0, nil
	}
	if _, ok := v.(interp.Bool); !ok {
		if f, ok := interp.ToFloat(v); ok && !math.IsNaN(f) {
			if f < 0 {
				return -1, nil
			}
			return time.Duration(f * float64(time.Second)), nil
		}
	}
	return 0, interp.Errorf(interp.TypeErrorType, "%s() seconds must be a number, not '%s'", fname, interp.TypeName(v))
}

func builtinSelfPID(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("self_pid", args, kw); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	return p.pidValue, nil
}

// builtinSpawn starts a process running a GenPy instance (a copy of it)
// or a function with copies of the arguments.
func builtinSpawn(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, interp.Errorf(interp.TypeErrorType, "spawn() missing required argument: 'target'")
	}
	c, err := p.sched.spawnWatched(t, nil, args[0], args[1:], kw)
	if err != nil {
		return nil, err
	}
	if c.genpy {
		// As GenServer.start does, spawn returns once the GenPy (or
		// supervisor) has started: its name is registered and its
		// @start has run, or it has already crashed.
		return nil, &interp.Suspension{Payload: startChildRequest{child: c}}
	}
	p.sched.ready(c, p.run)
	return c.pidValue, nil
}

func builtinCall(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(kw) == 0 && (len(args) == 2 || len(args) == 3) {
		// The common call, without UnpackArgs (whose pointers would put
		// these variables on the heap at every call).
		var message interp.Value = interp.None
		if len(args) == 3 {
			message = args[2]
		}
		return callTo(t, args[0], args[1], message, defaultCallTimeout)
	}
	var target, subject, message, timeout interp.Value = nil, nil, interp.None, defaultCallTimeout
	if err := interp.UnpackArgs("call", args, kw, "target", &target, "subject", &subject, "message?", &message, "timeout?", &timeout); err != nil {
		return nil, err
	}
	return callTo(t, target, subject, message, timeout)
}

// defaultCallTimeout is call's timeout when none is given: 5 seconds.
var defaultCallTimeout interp.Value = interp.Float(5)

func callTo(t *interp.Thread, target, subject, message, timeout interp.Value) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	subj, ok := subject.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeErrorType, "call() subject must be a str, not '%s'", interp.TypeName(subject))
	}
	d, err := seconds("call", timeout)
	if err != nil {
		return nil, err
	}
	body, err := CopyMessage(t, message)
	if err != nil {
		return nil, err
	}
	to, err := p.resolve(target)
	if err != nil {
		return nil, err
	}
	if to == nil {
		return errorTuple("noproc"), nil
	}
	if to == p {
		return errorTuple("calling self"), nil
	}
	if d < 0 {
		return errorTuple("timeout"), nil
	}
	if d == 0 && timeout != interp.None {
		// timeout=0 is the shortest wait, not none at all.
		d = time.Nanosecond
	}
	msg := &Message{Source: p.pidValue, Subject: string(subj), Body: body}
	if p.sched.trace != nil {
		p.sched.traceMessage(t, EventCall, p, to, target, msg)
	}
	return nil, &interp.Suspension{Payload: &callRequest{target: to, msg: msg, timeout: d}}
}

func builtinCast(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(kw) == 0 && (len(args) == 2 || len(args) == 3) {
		// The common call, without UnpackArgs's general matching (and
		// its pointers, which would put these variables on the heap).
		var message interp.Value = interp.None
		if len(args) == 3 {
			message = args[2]
		}
		return castTo(t, args[0], args[1], message, interp.None)
	}
	var target, subject, message, sender interp.Value = nil, nil, interp.None, interp.None
	if err := interp.UnpackArgs("cast", args, kw, "target", &target, "subject", &subject, "message?", &message, "sender_pid?", &sender); err != nil {
		return nil, err
	}
	return castTo(t, target, subject, message, sender)
}

func castTo(t *interp.Thread, target, subject, message, sender interp.Value) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	subj, ok := subject.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeErrorType, "cast() subject must be a str, not '%s'", interp.TypeName(subject))
	}
	body, err := CopyMessage(t, message)
	if err != nil {
		return nil, err
	}
	to, err := p.resolve(target)
	if err != nil {
		return nil, err
	}
	msg := &Message{Source: p.pidValue, Subject: string(subj), Body: body}
	if sender != interp.None {
		if msg.replyPID, err = resolve(p.sched, sender); err != nil {
			return nil, err
		}
	}
	if p.sched.trace != nil {
		p.sched.traceMessage(t, EventCast, p, to, target, msg)
	}
	if to == nil {
		return interp.False, nil
	}
	return interp.Bool(to.deliverFrom(msg, p.run)), nil
}

func builtinWhereis(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var name string
	if err := interp.UnpackArgs("whereis", args, kw, "name", &name); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	if q := p.sched.Whereis(name); q != nil {
		return q.pidValue, nil
	}
	return interp.None, nil
}

func builtinMonitor(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var target interp.Value
	if err := interp.UnpackArgs("monitor", args, kw, "target", &target); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	to, err := resolve(p.sched, target)
	if err != nil {
		return nil, err
	}
	pidValue := target
	if to != nil {
		pidValue = to.pidValue
	}
	p.sched.monitor(t, p, to, pidValue)
	return interp.None, nil
}

func builtinSleep(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var secs interp.Value
	if err := interp.UnpackArgs("sleep", args, kw, "seconds", &secs); err != nil {
		return nil, err
	}
	if _, err := current(t); err != nil {
		return nil, err
	}
	d, err := seconds("sleep", secs)
	if err != nil {
		return nil, err
	}
	if d < 0 {
		return nil, interp.Errorf(interp.ValueErrorType, "sleep length must be non-negative")
	}
	return nil, &interp.Suspension{Payload: sleepRequest{d: d}}
}

// timerType is the class of what send_after returns: an object whose one
// slot holds the timer's number in the scheduler's table.
var timerType = &interp.Type{Name: "Timer", Qualname: "Timer", Module: "rebeam", Dict: interp.NewDict(), Builtin: true}

func init() {
	timerType.Bases = []*interp.Type{interp.ObjectType}
	timerType.MRO = []*interp.Type{timerType, interp.ObjectType}
	timerType.Dict.SetStr("__repr__", &interp.Builtin{Name: "__repr__", Owner: timerType, Fn: func(t *interp.Thread, args []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
		o := args[0].(*interp.Object)
		return interp.Str(fmt.Sprintf("<rebeam.Timer %d>", o.Slots[0])), nil
	}})
}

func builtinSendAfter(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var delay, target, subject, message interp.Value = nil, nil, nil, interp.None
	if err := interp.UnpackArgs("send_after", args, kw, "delay", &delay, "target", &target, "subject", &subject, "message?", &message); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	d, err := seconds("send_after", delay)
	if err != nil {
		return nil, err
	}
	subj, ok := subject.(interp.Str)
	if !ok {
		return nil, interp.Errorf(interp.TypeErrorType, "send_after() subject must be a str, not '%s'", interp.TypeName(subject))
	}
	if _, err := resolve(p.sched, target); err != nil {
		return nil, err
	}
	body, err := CopyMessage(t, message)
	if err != nil {
		return nil, err
	}
	id := p.sched.sendAfter(max(d, 0), target, &Message{Source: p.pidValue, Subject: string(subj), Body: body})
	if p.sched.trace != nil {
		p.sched.traceNoteTimer(t, id)
	}
	return &interp.Object{Class: timerType, Slots: []interp.Value{interp.Int(id)}}, nil
}

func builtinCancelTimer(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var tv interp.Value
	if err := interp.UnpackArgs("cancel_timer", args, kw, "timer", &tv); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	o, ok := tv.(*interp.Object)
	if !ok || o.Class != timerType {
		return nil, interp.Errorf(interp.TypeErrorType, "cancel_timer() argument must be a timer from send_after, not '%s'", interp.TypeName(tv))
	}
	id, _ := o.Slots[0].(interp.Int)
	return interp.Bool(p.sched.cancelSendAfter(uint64(id))), nil
}

func builtinShutdown(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	status := 0
	if err := interp.UnpackArgs("shutdown", args, kw, "status?", &status); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	p.sched.Shutdown(status)
	if !p.genpy {
		// The stop of a process that serves no messages is a kill: end
		// the caller here rather than at its next step check, so that
		// nothing after shutdown() runs.
		return nil, &interp.Cancelled{Reason: "shutdown"}
	}
	return interp.None, nil
}

func builtinReceive(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	if p.sched.trace == nil {
		// A message already waiting is taken at once: suspending would
		// cost a trip through the run queue per message. The budget of
		// the turn still preempts a process that is flooded.
		p.mu.Lock()
		if p.kill == "" && p.mailbox.Len() > 0 {
			p.takeNextLocked()
			v := p.resume
			p.resume, p.status = nil, Running
			p.mu.Unlock()
			return v, nil
		}
		p.mu.Unlock()
	}
	return nil, &interp.Suspension{Payload: receiveRequest{}}
}

// builtinReply answers the message being handled: reply, a (status,
// value) tuple, goes to a caller waiting in call; raw, the handler's own
// result, goes as a message to the sender_pid of a cast unless None.
func builtinReply(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var reply, raw interp.Value
	if len(kw) == 0 && len(args) == 2 {
		reply, raw = args[0], args[1]
	} else if err := interp.UnpackArgs("_reply", args, kw, "reply", &reply, "raw", &raw); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	m := p.current
	if m == nil || m.replied {
		return interp.None, nil
	}
	m.replied = true
	if p.sched.trace != nil {
		p.sched.traceReply(t, p, m, reply, raw)
	}
	switch {
	case m.reply != nil:
		v, err := CopyMessage(t, reply)
		if err != nil {
			v = errorTuple("crashed: " + excText(t, err.(*interp.Exception)))
		}
		m.reply.caller.wakeFrom(m.reply.ref, v, p.run)
	case m.replyPID != nil && raw != interp.None:
		v, err := CopyMessage(t, raw)
		if err != nil {
			return nil, err
		}
		m.replyPID.deliverFrom(&Message{Source: p.pidValue, Subject: m.Subject, Body: v}, p.run)
	}
	return interp.None, nil
}

func builtinRegister(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var name string
	if err := interp.UnpackArgs("_register", args, kw, "name", &name); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	return interp.Bool(p.sched.register(p, name)), nil
}

// warn logs a warning about p.
func (p *Process) warn(msg string) {
	p.mu.Lock()
	name := p.name
	p.mu.Unlock()
	ev := p.sched.log.Warn().Str("process", p.pid.String())
	if name != "" {
		ev = ev.Str("name", name)
	}
	ev.Msg(processLabel(p.pid, name) + ": " + msg)
}

func builtinStopped(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var reason string
	if err := interp.UnpackArgs("_stopped", args, kw, "reason", &reason); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	p.stopReason = reason
	if p.sched.trace != nil {
		p.sched.traceStop(t, p, reason)
	}
	return interp.None, nil
}

// builtinHandlers returns a GenPy class's handlers as (receivers dict,
// catch-all, start, stop), each handler a (function, parameter names,
// takes **kwargs) triple, or None. It raises TypeError when a class
// defines two handlers for one subject or two catch-alls. Subclasses
// inherit their bases' handlers and may replace them.
func builtinHandlers(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var cls interp.Value
	if err := interp.UnpackArgs("_handlers", args, kw, "cls", &cls); err != nil {
		return nil, err
	}
	c, ok := cls.(*interp.Type)
	if !ok {
		return nil, interp.Errorf(interp.TypeErrorType, "_handlers() needs a class")
	}
	return handlersOf(t, c)
}

// handlersOf returns what _handlers returns for class c, computed once.
func handlersOf(t *interp.Thread, c *interp.Type) (interp.Value, error) {
	if h, ok := handlersCache.Load(c); ok {
		return h.(interp.Value), nil
	}
	h, err := classHandlers(t, c)
	if err != nil {
		return nil, err
	}
	handlersCache.Store(c, h)
	return h, nil
}

// handlersCache holds the handlers of each GenPy class, computed the
// first time (when the class is defined, by GenPy.__init_subclass__):
// every start of a process of the class reads them, and classes are not
// changed once built (DESIGN.md), so the receivers dict is shared
// read-only by all the class's processes.
var handlersCache sync.Map // *interp.Type -> interp.Value

// classHandlers computes what builtinHandlers returns.
func classHandlers(t *interp.Thread, c *interp.Type) (interp.Value, error) {
	receivers := interp.NewDict()
	var catchall, onStart, onStop interp.Value = interp.None, interp.None, interp.None
	// Walk the MRO from object down, so subclasses override.
	for i := len(c.MRO) - 1; i >= 0; i-- {
		k := c.MRO[i]
		seen := map[string]bool{}
		var err error
		k.Dict.Items(func(_, v interp.Value) bool {
			fn, ok := v.(*interp.Function)
			if !ok || fn.Dict == nil {
				return true
			}
			mark, ok := fn.Dict.GetStr("_rebeam_handler")
			tup, _ := mark.(interp.Tuple)
			if !ok || len(tup) != 2 {
				return true
			}
			kind, _ := tup[0].(interp.Str)
			entry := handlerEntry(fn)
			key := string(kind)
			if s, ok := tup[1].(interp.Str); ok {
				key += ":" + string(s)
			}
			if seen[key] {
				what := "two catch-all @receive handlers"
				switch {
				case kind == "receive" && tup[1] != interp.None:
					what = fmt.Sprintf("two @receive handlers for subject %s", reprOf(t, tup[1]))
				case kind != "receive":
					what = fmt.Sprintf("two @%s handlers", kind)
				}
				err = interp.Errorf(interp.TypeErrorType, "%s defines %s", k.Name, what)
				return false
			}
			seen[key] = true
			switch {
			case kind == "start":
				onStart = entry
			case kind == "stop":
				onStop = entry
			case tup[1] == interp.None:
				catchall = entry
			default:
				receivers.SetStr(string(tup[1].(interp.Str)), entry)
			}
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	return interp.Tuple{receivers, catchall, onStart, onStop}, nil
}

func reprOf(t *interp.Thread, v interp.Value) string {
	s, err := interp.Repr(t, v)
	if err != nil {
		return "?"
	}
	return s
}

// handlerEntry is (fn, names of the parameters after self, has **kwargs).
func handlerEntry(fn *interp.Function) interp.Value {
	code := fn.Code
	n := code.ArgCount + code.KwOnlyCount
	var names interp.Tuple
	for i := 1; i < n && i < len(code.Varnames); i++ {
		names = append(names, interp.Str(code.Varnames[i]))
	}
	if names == nil {
		names = interp.Tuple{}
	}
	return interp.Tuple{fn, names, interp.Bool(code.Flags&interp.CodeVarKeywords != 0)}
}

// builtinSpawnChild is spawn for a supervisor: the child is supervised
// and monitored by the caller from its first step.
func builtinSpawnChild(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, interp.Errorf(interp.TypeErrorType, "_spawn_child() missing required argument: 'target'")
	}
	c, err := p.sched.spawnWatched(t, p, args[0], args[1:], kw)
	if err != nil {
		return nil, err
	}
	if !c.genpy {
		// A function child has started once it runs.
		p.sched.ready(c, p.run)
		return c.pidValue, nil
	}
	return nil, &interp.Suspension{Payload: startChildRequest{child: c}}
}

// builtinStarted tells the supervisor waiting for the process, if any,
// that it has started.
func builtinStarted(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("_started", args, kw); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	p.started(p.run)
	return interp.None, nil
}

// started tells the supervisor (or spawner) waiting for p, if any, that
// p has started; r is the worker running p.
func (p *Process) started(r *runner) {
	p.sched.nstarted.Add(1)
	p.mu.Lock()
	f := p.onStarted
	p.onStarted = nil
	p.mu.Unlock()
	if f != nil {
		f(r)
	}
}

// builtinStopping reports whether the process has been told to stop (a
// stop or a kill is pending): a supervisor still starting its children
// starts no more, and stops those it started, in order.
func builtinStopping(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("_stopping", args, kw); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return interp.Bool(p.kill != "" || p.mailbox.sys.len() > 0), nil
}

// builtinStopChild stops a child in order and waits for its exit, killing
// it after its shutdown seconds.
func builtinStopChild(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var target, timeout interp.Value
	var reason string
	if err := interp.UnpackArgs("_stop_child", args, kw, "pid", &target, "reason", &reason, "timeout", &timeout); err != nil {
		return nil, err
	}
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	to, err := resolve(p.sched, target)
	if err != nil || to == nil {
		return interp.None, err
	}
	d, err := seconds("_stop_child", timeout)
	if err != nil {
		return nil, err
	}
	return nil, &interp.Suspension{Payload: stopChildRequest{target: to, reason: reason, timeout: max(d, time.Millisecond)}}
}

func builtinMonotonic(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	if ts := p.sched.timers; p.sched.trace != nil {
		// Traced: the virtual clock (trace_sched.go), so that restart
		// intensity does not depend on how long a person paused.
		ts.mu.Lock()
		d := ts.now().Sub(p.sched.trace.start)
		ts.mu.Unlock()
		return interp.Float(d.Seconds()), nil
	}
	return interp.Float(time.Since(p.sched.started).Seconds()), nil
}

// builtinShuttingDown tells a supervisor whether the run is stopping, so
// that it restarts no child while it waits for its own stop.
func builtinShuttingDown(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	return interp.Bool(p.sched.shuttingDown()), nil
}

// builtinGiveUp is called by a supervisor whose restart intensity was
// exceeded, after it stopped its children: it exits with reason
// "shutdown", and a root supervisor ends the run with status 1.
func builtinGiveUp(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	p.stopReason = "shutdown"
	p.mu.Lock()
	name := p.name
	p.mu.Unlock()
	ev := p.sched.log.Error().Str("process", p.pid.String())
	if name != "" {
		ev = ev.Str("name", name)
	}
	ev.Msg("supervisor " + strings.TrimPrefix(processLabel(p.pid, name), "process ") + " gave up: restart intensity exceeded")
	if !p.supervised.Load() {
		p.sched.Shutdown(1)
	}
	return interp.None, nil
}

// builtinCopy returns a message copy of its argument (copy.go).
func builtinCopy(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	if err := interp.UnpackArgs("_copy", args, kw, "value", &v); err != nil {
		return nil, err
	}
	return CopyMessage(t, v)
}

// genpyNew is GenPy.__new__(cls, *args, **kwargs); args[0] is GenPy,
// to which the builtin is bound. For a class whose bases after GenPy
// define no __new__ and which leaves attribute setting to object (as
// nearly all do), it makes the instance with object.__new__ and sets
// state and pid in its dict, running no Python; otherwise the prelude's
// _genpy_new_py does it, as super().__new__ would.
func genpyNew(t *interp.Thread, py interp.Value, args []interp.Value) (interp.Value, error) {
	if len(args) < 2 {
		return nil, interp.Errorf(interp.TypeErrorType, "GenPy.__new__(): not enough arguments")
	}
	cls, ok := args[1].(*interp.Type)
	if !ok {
		return nil, interp.Errorf(interp.TypeErrorType, "GenPy.__new__(X): X is not a type object (%s)", interp.TypeName(args[1]))
	}
	if plainGenpyNew(cls) {
		v, err := objectNew.Fn(t, []interp.Value{cls}, nil)
		if err != nil {
			return nil, err
		}
		if o, ok := v.(*interp.Object); ok && o.Dict != nil {
			o.Dict.SetStr("state", interp.NewDict())
			o.Dict.SetStr("pid", interp.None)
			return o, nil
		}
	}
	return t.Call(py, []interp.Value{cls}, nil)
}

// objectNew is object.__new__.
var objectNew = func() *interp.Builtin {
	v, _ := interp.ObjectType.Dict.GetStr("__new__")
	return v.(*interp.StaticMethod).Fn.(*interp.Builtin)
}()

// genpyNewCache remembers plainGenpyNew of each class.
var genpyNewCache sync.Map // *interp.Type -> bool

// plainGenpyNew reports whether GenPy.__new__ may take its fast path for
// cls: super().__new__(cls) is object.__new__ (no class after GenPy in
// the MRO defines __new__), and self.state = ..., self.pid = ... are
// plain dict stores (no __setattr__ of its own, no class attribute state
// or pid).
func plainGenpyNew(cls *interp.Type) bool {
	if v, ok := genpyNewCache.Load(cls); ok {
		return v.(bool)
	}
	plain := cls.Lookup("__setattr__") == interp.ObjectType.Lookup("__setattr__") &&
		cls.Lookup("state") == nil && cls.Lookup("pid") == nil
	after := false
	for _, k := range cls.MRO {
		if after && k != interp.ObjectType {
			if _, ok := k.Dict.GetStr("__new__"); ok {
				plain = false
			}
		}
		if k.Name == "GenPy" && k.Module == "rebeam" {
			after = true
		}
	}
	plain = plain && after
	genpyNewCache.Store(cls, plain)
	return plain
}
