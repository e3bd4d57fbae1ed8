package actor

import (
	"bytes"
	"slices"
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// exit ends p with reason: it leaves the process table and the name
// registry, answers every call it will never handle with ("error",
// "noproc"), and sends DOWN to its monitors. exc is the exception of a
// crash, for the crash report.
func (s *Scheduler) exit(p *Process, reason string, exc *interp.Exception) {
	p.mu.Lock()
	if p.status == Exited {
		p.mu.Unlock()
		return
	}
	p.status, p.wait, p.exit = Exited, waitNone, reason
	if exc != nil {
		p.err = exc
	}
	pending := p.mailbox.user.drain()
	p.mailbox.sys.drain()
	current := p.current
	if current != nil && !current.replied {
		pending = append(pending, current)
	}
	p.current = nil
	monitors := p.monitors
	p.monitors = nil
	waiters := p.exitWaiters
	p.exitWaiters = nil
	release := p.release
	p.release = nil
	children := p.children
	p.children = nil
	name := p.name
	t := p.timer
	p.timer = nil
	p.mu.Unlock()
	if t != nil {
		s.timers.cancel(t)
	}

	s.mu.Lock()
	s.procs.del(p.pid.ID)
	if name != "" && s.names[name] == p {
		delete(s.names, name)
	}
	s.mu.Unlock()

	if exc != nil {
		s.crashReport(p, name, exc)
	}
	if s.trace != nil {
		s.traceExit(p, name, reason, exc)
	}
	// What the process owned is released first (its sockets and files
	// closed, its blocking call aborted, its children's OS processes
	// killed), so that a supervisor told of the exit restarts it into a
	// world without them: a restarted server binds its port again at once.
	if release != nil {
		release()
	}
	// Monitors hear of the exit before callers get their answers, so
	// that a caller told "crashed" can rely on the DOWN being queued.
	refs := make([]uint64, 0, len(monitors))
	for ref := range monitors {
		refs = append(refs, ref)
	}
	slices.Sort(refs)
	for _, ref := range refs {
		s.sendDown(monitors[ref], ref, p.pidValue, reason)
	}
	for _, m := range pending {
		if m.reply == nil {
			continue
		}
		answer := errorTuple("noproc")
		if m == current && exc != nil {
			// The handler of this call raised.
			answer = errorTuple(reason)
		}
		m.reply.caller.wake(m.reply.ref, answer)
	}
	for _, w := range waiters {
		w()
	}
	for _, c := range children {
		c.signal(sysMessage{kind: sysKill, reason: "shutdown"})
	}
	if p.body {
		// The configuration phase is over: processes need no longer
		// exclude the body (globals.go).
		s.bodyLive.Store(false)
	}
	close(p.done)
	if s.live.Add(-1) == 0 {
		s.doneOnce.Do(func() { close(s.allDone) })
	}
	if p.body && s.trace != nil {
		s.trace.awaitRoots() // the roots start at the same point every run
	}
}

// sendDown tells watcher that the process pid exited; ref is the
// monitor's (0 for none).
func (s *Scheduler) sendDown(watcher *Process, ref uint64, pid interp.Value, reason string) {
	if s.trace != nil {
		s.traceDown(watcher, ref, pid, reason)
	}
	body := interp.NewDict()
	body.SetStr("pid", pid)
	body.SetStr("reason", interp.Str(reason))
	watcher.deliver(&Message{Source: pid, Subject: "DOWN", Body: body})
}

// monitor makes watcher receive DOWN when target exits (at once, with
// reason "noproc", when it already has). t is the watcher's thread,
// where a traced run finds the monitor call's file:line.
func (s *Scheduler) monitor(t *interp.Thread, watcher *Process, target *Process, targetValue interp.Value) {
	ref := s.refs.Add(1)
	if s.trace != nil {
		s.traceNoteMonitor(t, ref)
	}
	if target != nil {
		target.mu.Lock()
		if target.status != Exited {
			if target.monitors == nil {
				target.monitors = map[uint64]*Process{}
			}
			target.monitors[ref] = watcher
			target.mu.Unlock()
			return
		}
		target.mu.Unlock()
	}
	s.sendDown(watcher, ref, targetValue, "noproc")
}

// crashReason is the exit reason of a process killed by exc.
func crashReason(t *interp.Thread, exc *interp.Exception) string {
	if exc == nil {
		return "crashed"
	}
	return "crashed: " + excText(t, exc)
}

// excText is "ExcType: text", or "ExcType" when the text is empty.
func excText(t *interp.Thread, exc *interp.Exception) string {
	text, err := interp.ToStr(t, exc)
	if err != nil {
		text = ""
	}
	if text == "" {
		return exc.Class.Name
	}
	return exc.Class.Name + ": " + text
}

func isSystemExit(exc *interp.Exception) bool {
	return interp.IsSubtype(exc.Class, interp.SystemExitType)
}

// crashReport logs a process's crash with its Python traceback, leaving
// out the frames of rebeam's own prelude (the GenPy server loop), which
// say nothing about the user's code. The script body's exception is not
// reported here: the command prints it as CPython would.
func (s *Scheduler) crashReport(p *Process, name string, exc *interp.Exception) {
	if p.body {
		return
	}
	shown := *exc
	for shown.Traceback != nil && shown.Traceback.File == preludeFile {
		shown.Traceback = shown.Traceback.Next
	}
	var tb bytes.Buffer
	p.thread.PrintException(&tb, &shown)
	ev := s.log.Error().Str("process", p.pid.String())
	if name != "" {
		ev = ev.Str("name", name)
	}
	if c := p.lastSubject; c != "" {
		ev = ev.Str("subject", c)
	}
	ev.Msg(processLabel(p.pid, name) + " crashed" + handling(p.lastSubject) + "\n" + strings.TrimRight(tb.String(), "\n"))
}

// processLabel names a process in a log message: "process <local.4>",
// with its registered name after it if it has one. The message carries
// it so that a reader of the console log sees who on the first line; the
// same facts are fields of the entry for JSON.
func processLabel(pid PID, name string) string {
	if name != "" {
		return "process " + pid.String() + " (" + name + ")"
	}
	return "process " + pid.String()
}

// handling is " handling 'SUBJECT'", or "" before the first message.
func handling(subject string) string {
	if subject == "" {
		return ""
	}
	return " handling '" + subject + "'"
}

func sortByID(ps []*Process) {
	slices.SortFunc(ps, func(a, b *Process) int { return comparePIDs(a.pid, b.pid) })
}
