// Package stdlib holds the Python standard-library modules that rebeam
// programs import (issue 5). Each module registers itself with
// interp.RegisterModule from an init function, so a host enables the whole
// library with a blank import:
//
//	import _ "github.com/rebeam/rebeam/stdlib"
//
// A module is written in Go where it wraps the host (time, os, math,
// hashlib) or where speed matters (json, re), and in Python source embedded
// in the binary (stdlib/py/NAME.py) where that is clearer (collections,
// functools, dataclasses). No module is copied from CPython: the behaviour
// is CPython 3.11's, checked by the conformance corpus, the code is rebeam's.
package stdlib
