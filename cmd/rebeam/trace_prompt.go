package main

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/rebeam/rebeam/actor"
)

// prompter is the interactive half of `rebeam trace`: after each event
// it decides whether to stop, and while stopped reads commands from the
// terminal (in its cooked mode: the terminal edits and echoes the line).
type prompter struct {
	in  *bufio.Reader
	out io.Writer // the prompt and the answers to commands
	// echo repeats each event on out when the events go elsewhere
	// (--output), so that the person at the prompt sees them.
	echo bool

	step   bool            // stop after the next event
	skip   int             // events to let pass before stopping (n N)
	breaks map[string]bool // subjects and names to stop at
	quit   bool            // q was given: no more prompts

	// interrupt is closed by SIGINT or SIGTERM (runTraced). At the
	// prompt it acts as q; the lines are read by a goroutine of their
	// own (lines) so that the prompt need not wait for one.
	interrupt <-chan struct{}
	lines     chan promptLine
}

// promptLine is a line read from the terminal, or the error that ended
// the input.
type promptLine struct {
	text string
	err  error
}

// readLine reads the next line, or returns ok false when interrupt is
// closed first.
func (pr *prompter) readLine() (line string, err error, ok bool) {
	if pr.lines == nil {
		pr.lines = make(chan promptLine)
		go func() {
			for {
				text, err := pr.in.ReadString('\n')
				pr.lines <- promptLine{text, err}
				if err != nil {
					return
				}
			}
		}()
	}
	select {
	case l := <-pr.lines:
		return l.text, l.err, true
	case <-pr.interrupt:
		return "", nil, false
	}
}

func newPrompter(in io.Reader, out io.Writer, echo bool) *prompter {
	return &prompter{in: bufio.NewReader(in), out: out, echo: echo, step: true, breaks: map[string]bool{}}
}

const traceHelp = `commands:
  Enter, s        step: run to the next event
  c               continue (stopping only at breakpoints)
  n N             run N events, then stop
  b SUBJECT|NAME  stop at events with that subject or process name; b alone lists them
  d SUBJECT|NAME  delete that breakpoint
  p               the process table
  state NAME|PID  a GenPy's self.state
  where NAME|PID  the Python stack of a process
  q               shut the program down in order and exit
`

// stops reports whether the run stops after ev.
func (pr *prompter) stops(ev *actor.Event) bool {
	if pr.quit {
		return false
	}
	if pr.breaks[ev.Subject] || (ev.Name != "" && pr.breaks[ev.Name]) || (ev.PeerName != "" && pr.breaks[ev.PeerName]) {
		pr.skip = 0
		return true
	}
	if !pr.step {
		return false
	}
	if pr.skip > 0 {
		pr.skip--
		return false
	}
	return true
}

// after runs the prompt after ev if the run stops there.
func (pr *prompter) after(s *actor.Scheduler, ev *actor.Event) {
	if !pr.stops(ev) {
		return
	}
	if pr.echo {
		fmt.Fprintln(pr.out, formatEvent(ev))
	}
	for {
		fmt.Fprint(pr.out, "(trace) ")
		line, err, ok := pr.readLine()
		if !ok {
			// SIGINT or SIGTERM: as q.
			fmt.Fprintln(pr.out)
			pr.quit = true
			s.Shutdown(0)
			return
		}
		if err != nil && line == "" {
			// End of input: run to the end without stopping.
			fmt.Fprintln(pr.out)
			pr.quit = true
			return
		}
		if pr.command(s, strings.Fields(line)) {
			return
		}
	}
}

// command runs one command; it reports whether the run goes on.
func (pr *prompter) command(s *actor.Scheduler, f []string) bool {
	if len(f) == 0 {
		pr.step = true
		return true
	}
	arg := strings.Join(f[1:], " ")
	switch f[0] {
	case "s", "step":
		pr.step, pr.skip = true, 0
		return true
	case "c", "continue":
		pr.step = false
		return true
	case "n", "next":
		n, err := strconv.Atoi(arg)
		if err != nil || n < 1 {
			fmt.Fprintln(pr.out, "usage: n N (N >= 1)")
			return false
		}
		pr.step, pr.skip = true, n-1
		return true
	case "b", "break":
		if arg == "" {
			for _, k := range slices.Sorted(maps.Keys(pr.breaks)) {
				fmt.Fprintln(pr.out, "break at", k)
			}
			return false
		}
		pr.breaks[arg] = true
		pr.step = false
		return true
	case "d", "delete":
		delete(pr.breaks, arg)
		return false
	case "p", "ps":
		pr.table(s)
	case "state":
		if arg == "" {
			fmt.Fprintln(pr.out, "usage: state NAME|PID")
			return false
		}
		st, err := s.State(arg)
		if err != nil {
			fmt.Fprintln(pr.out, err)
			return false
		}
		fmt.Fprintln(pr.out, st)
	case "where", "w":
		if arg == "" {
			fmt.Fprintln(pr.out, "usage: where NAME|PID")
			return false
		}
		frames, err := s.Stack(arg)
		if err != nil {
			fmt.Fprintln(pr.out, err)
			return false
		}
		if len(frames) == 0 {
			fmt.Fprintln(pr.out, "no Python frames of its own (waiting in rebeam's server loop)")
		}
		for _, fr := range frames {
			fmt.Fprintf(pr.out, "  File \"%s\", line %d, in %s\n", fr.File, fr.Line, fr.Function)
		}
	case "q", "quit":
		pr.quit = true
		s.Shutdown(0)
		return true
	case "h", "help", "?":
		fmt.Fprint(pr.out, traceHelp)
	default:
		fmt.Fprintf(pr.out, "unknown command %q; h lists the commands\n", f[0])
	}
	return false
}

// table prints the process table.
func (pr *prompter) table(s *actor.Scheduler) {
	tw := tabwriter.NewWriter(pr.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PID\tNAME\tSTATUS\tMAILBOX\tAT")
	for _, p := range s.Processes() {
		at := "-"
		if p.File != "" {
			at = fmt.Sprintf("%s:%d", p.File, p.Line)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", p.PID, p.Name, p.Status, p.Mailbox, at)
	}
	tw.Flush()
}
