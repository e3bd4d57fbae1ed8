package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rebeam/rebeam/actor"
)

// eventPrinter is the tracer of `rebeam trace`: it writes each event to
// out, as text or JSON, and with a prompter (stdin is a terminal) asks
// what to do after it.
type eventPrinter struct {
	out    io.Writer
	json   bool
	prompt *prompter
}

// Event prints ev and, when interactive, waits at the prompt.
func (e *eventPrinter) Event(s *actor.Scheduler, ev *actor.Event) {
	if e.json {
		enc := json.NewEncoder(e.out)
		enc.SetEscapeHTML(false)
		enc.Encode(jsonEventOf(ev))
	} else {
		fmt.Fprintln(e.out, formatEvent(ev))
	}
	if e.prompt != nil {
		e.prompt.after(s, ev)
	}
}

// jsonEvent is the JSON form of an event (docs/trace.md).
type jsonEvent struct {
	Seq      uint64 `json:"seq"`
	Kind     string `json:"kind"`
	PID      string `json:"pid"`
	Name     string `json:"name"`
	Peer     string `json:"peer"`
	PeerName string `json:"peer_name"`
	Subject  string `json:"subject"`
	Message  string `json:"message"`
	File     string `json:"file"`
	Line     int    `json:"line"`
}

func jsonEventOf(ev *actor.Event) jsonEvent {
	return jsonEvent{
		Seq: ev.Seq, Kind: string(ev.Kind),
		PID: pidText(ev.PID), Name: ev.Name,
		Peer: pidText(ev.Peer), PeerName: ev.PeerName,
		Subject: ev.Subject, Message: ev.Message,
		File: ev.File, Line: ev.Line,
	}
}

// pidText prints a pid, "" for none.
func pidText(p actor.PID) string {
	if p.ID == 0 {
		return ""
	}
	return p.String()
}

// procText names a process: "pong<local.3>", "<local.3>", or "rebeam"
// for the runtime itself.
func procText(p actor.PID, name string) string {
	switch {
	case p.ID == 0 && name == "":
		return "rebeam"
	case p.ID == 0:
		return name
	}
	return name + p.String()
}

// formatEvent is the one-line text form of an event:
//
//	#7 call ping<local.5> -> pong<local.4> "ping" 0  main.py:33
func formatEvent(ev *actor.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %-7s %s", ev.Seq, ev.Kind, procText(ev.PID, ev.Name))
	if ev.Peer.ID != 0 || ev.PeerName != "" {
		arrow := "->"
		if ev.Kind == actor.EventReceive || ev.Kind == actor.EventDown || ev.Kind == actor.EventRestart {
			arrow = "<-"
		}
		fmt.Fprintf(&b, " %s %s", arrow, procText(ev.Peer, ev.PeerName))
	}
	if ev.Subject != "" {
		fmt.Fprintf(&b, " %q", ev.Subject)
	}
	if ev.Message != "" {
		fmt.Fprintf(&b, " %s", ev.Message)
	}
	if ev.File != "" {
		fmt.Fprintf(&b, "  %s:%d", ev.File, ev.Line)
	}
	return b.String()
}
