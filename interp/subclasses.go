package interp

import (
	"sync"
	"weak"
)

// subclassRegistry records each class's direct subclasses for
// type.__subclasses__. It holds them weakly, as CPython does, so that a
// class made and dropped at run time can be collected.
type subclassRegistry struct {
	mu   sync.Mutex
	subs []weak.Pointer[Type]
}

// addSubclass records sub as a direct subclass of c.
func (c *Type) addSubclass(sub *Type) {
	c.subclasses.mu.Lock()
	defer c.subclasses.mu.Unlock()
	live := c.subclasses.subs[:0]
	for _, w := range c.subclasses.subs {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	c.subclasses.subs = append(live, weak.Make(sub))
}

// subclassList returns c's live direct subclasses in creation order.
func (c *Type) subclassList() []*Type {
	c.subclasses.mu.Lock()
	defer c.subclasses.mu.Unlock()
	var out []*Type
	for _, w := range c.subclasses.subs {
		if s := w.Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}
