package actor

import "github.com/rebeam/rebeam/interp"

// Message is a user message: what call and cast deliver, DOWN
// notifications, and the results sent_after delivers. Its Body has already
// been copied for the receiver (copy.go) when it is enqueued.
type Message struct {
	// Source is the sender's ProcessID, or None.
	Source  interp.Value
	Subject string
	Body    interp.Value
	// reply says where the handler's answer goes: to a caller waiting in
	// call, or (for a cast with sender_pid) to a process as a message.
	// Both are nil for a plain cast.
	reply     *replyTo
	replyPID  *Process
	replied   bool
	sentAfter bool
}

// replyTo is the caller of a call, waiting for the reply tagged ref.
type replyTo struct {
	caller *Process
	ref    uint64
}

// sysKind says what a system message asks of a process.
type sysKind uint8

const (
	// sysStop asks for an orderly stop: a GenPy runs its @stop handler
	// when it next waits for a message; other processes are killed.
	sysStop sysKind = iota + 1
	// sysKill ends the process at its next step, running nothing more.
	sysKill
)

// sysMessage is a system message; it is served before every user
// message.
type sysMessage struct {
	kind   sysKind
	reason string
}

// queue is a FIFO of T: a slice consumed from head, compacted when more
// than half of it is consumed, so pushing and popping are amortised O(1).
type queue[T any] struct {
	items []T
	head  int
}

func (q *queue[T]) push(x T) { q.items = append(q.items, x) }

func (q *queue[T]) len() int { return len(q.items) - q.head }

func (q *queue[T]) pop() (T, bool) {
	var zero T
	if q.head == len(q.items) {
		return zero, false
	}
	x := q.items[q.head]
	q.items[q.head] = zero // let the collector have it
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 32 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return x, true
}

// drain removes and returns every item, oldest first.
func (q *queue[T]) drain() []T {
	out := append([]T(nil), q.items[q.head:]...)
	clear(q.items)
	q.items, q.head = q.items[:0], 0
	return out
}

// Mailbox holds a process's pending messages: system messages in their
// own queue, always served first, and user messages in the order they
// arrived (so between one sender and one receiver, the order sent).
//
// A Mailbox has no lock of its own: it is guarded by its process's lock,
// the same lock that guards the process's wait state, so that a sender
// can enqueue a message and see whether the receiver is waiting for one
// in one step, which is what makes wake-ups impossible to lose.
type Mailbox struct {
	sys  queue[sysMessage]
	user queue[*Message]
}

// PushUser appends a user message.
func (m *Mailbox) PushUser(msg *Message) { m.user.push(msg) }

// pushSystem appends a system message.
func (m *Mailbox) pushSystem(s sysMessage) { m.sys.push(s) }

// next returns the next message to serve: a system message if any is
// pending, else the oldest user message.
func (m *Mailbox) next() (sys sysMessage, user *Message, ok bool) {
	if s, ok := m.sys.pop(); ok {
		return s, nil, true
	}
	if u, ok := m.user.pop(); ok {
		return sysMessage{}, u, true
	}
	return sysMessage{}, nil, false
}

// Len returns the number of pending messages of both kinds.
func (m *Mailbox) Len() int { return m.sys.len() + m.user.len() }
