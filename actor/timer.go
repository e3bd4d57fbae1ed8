package actor

import (
	"container/heap"
	"sync"
	"time"
)

// timers runs every timer of a scheduler (call timeouts, sleeps,
// send_after) from one goroutine and one heap, so that ten thousand
// sleeping processes cost ten thousand heap entries, not goroutines.
type timers struct {
	mu   sync.Mutex
	h    timerHeap
	seq  uint64
	kick chan struct{} // a new earliest deadline, or stop
	// armed is when the timer goroutine will wake on its own: a timer
	// due later needs no kick. Most timers are call timeouts, cancelled
	// long before they are due, so this saves a goroutine wake-up per
	// call.
	armed   time.Time
	stopped bool
	done    chan struct{}
	vnow    *time.Time // the virtual clock of a traced run (trace_sched.go)
}

// timer is one pending callback. fire runs on the timer goroutine and
// must not block.
type timer struct {
	when  time.Time
	seq   uint64 // breaks ties in insertion order
	fire  func()
	index int // position in the heap; -1 once fired or cancelled
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when.Equal(h[j].when) {
		return h[i].seq < h[j].seq
	}
	return h[i].when.Before(h[j].when)
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

func newTimers() *timers {
	ts := &timers{kick: make(chan struct{}, 1), done: make(chan struct{})}
	go ts.loop()
	return ts
}

// after schedules fire to run after d.
func (ts *timers) after(d time.Duration, fire func()) *timer {
	ts.mu.Lock()
	ts.seq++
	t := &timer{when: ts.now().Add(d), seq: ts.seq, fire: fire}
	heap.Push(&ts.h, t)
	first := ts.h[0] == t && t.when.Before(ts.armed)
	ts.mu.Unlock()
	if first {
		ts.poke()
	}
	return t
}

// cancel removes t if it has not fired; it reports whether it did.
func (ts *timers) cancel(t *timer) bool {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if t.index < 0 {
		return false
	}
	heap.Remove(&ts.h, t.index)
	return true
}

// len returns the number of pending timers.
func (ts *timers) len() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return len(ts.h)
}

func (ts *timers) poke() {
	select {
	case ts.kick <- struct{}{}:
	default:
	}
}

// stop ends the timer goroutine; pending timers never fire.
func (ts *timers) stop() {
	ts.mu.Lock()
	ts.stopped = true
	ts.mu.Unlock()
	ts.poke()
	<-ts.done
}

func (ts *timers) loop() {
	defer close(ts.done)
	clock := time.NewTimer(time.Hour)
	defer clock.Stop()
	for {
		ts.mu.Lock()
		if ts.stopped {
			ts.mu.Unlock()
			return
		}
		var due []*timer
		now := time.Now()
		for len(ts.h) > 0 && !ts.h[0].when.After(now) {
			due = append(due, heap.Pop(&ts.h).(*timer))
		}
		wait := time.Hour
		if len(ts.h) > 0 {
			wait = ts.h[0].when.Sub(now)
		}
		ts.armed = now.Add(wait)
		ts.mu.Unlock()
		for _, t := range due {
			t.fire()
		}
		clock.Reset(wait)
		select {
		case <-clock.C:
		case <-ts.kick:
		}
	}
}
