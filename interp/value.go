// Package interp is rebeam's Python 3.11 interpreter: the object model, a
// compiler from package ast's trees to bytecode, and a virtual machine whose
// frames live on the heap so that an execution can be paused at a host
// suspension point, preempted after a budget of steps, and resumed.
//
// This file fixes the object model's core contracts, which every other file
// builds on:
//
//   - Value is any Python object. Hot immutable values are Go value types
//     (NoneType, Bool, Int, Float, Complex, Str, Bytes, Tuple) so that the
//     VM can switch on them without reflection; everything with identity or
//     mutability is a pointer (*List, *Dict, *Set, *Object, *Function, ...).
//   - Every value answers Type(), its Python class. Builtin types are *Type
//     values like user classes: their methods live in Type.Dict as *Builtin
//     values, so that list.append, super().__init__ and int.__add__(1, 2)
//     work. Go fast paths (a type switch on Int, Str, ...) sit in front of
//     the generic dunder lookup and must agree with it.
//   - Operations that can fail return a Go error: a *Exception (a raised
//     Python exception) or a *Suspension (a request to pause the thread,
//     see thread.go). Nothing in the interpreter panics on a Python error.
//   - Instances of user classes are *Object. An instance of a user subclass
//     of a builtin type other than the exception types (class C(list),
//     class E(int)) is an *Object whose Base holds the builtin payload (a
//     *List, an Int, ...); builtin methods take their receiver through the
//     As* helpers, which see through Base. Exceptions are *Exception
//     whatever their class, since user exception classes are common and
//     never combine with other builtin bases.
//
// The rest of the package, file by file (changes to the contracts above are
// listed at the end):
//
//   - symtable.go decides each name's scope (local, cell, free, global,
//     class-body) as CPython's symtable does and reports its SyntaxErrors;
//     compile*.go turn the tree into one *Code per function, class body,
//     comprehension and module; code.go lists the opcodes, modelled on
//     CPython 3.11's without caches, with a block stack (SETUP_FINALLY,
//     POP_BLOCK, POP_EXCEPT) instead of an exception table. Calls follow
//     3.11's layout: [NULL or method, callable or self, args...] CALL n,
//     with KW_NAMES naming trailing keyword arguments.
//   - thread.go, frame.go and eval.go are the VM: a Thread's frames live on
//     the heap and one loop steps the top frame; calls of Python code,
//     __init__ of a class call, generators driven by for and yield from,
//     with-statement enter/exit and decorators all push frames instead of
//     recursing in Go. Run(budget) returns Finished, Raised, Preempted,
//     Suspended (a builtin returned a *Suspension) or Canceled; Resume and
//     Throw continue a suspended thread. Go code calling back into Python
//     (Thread.Call) runs a nested loop; a suspension there goes to
//     Thread.BlockingSuspend or becomes RuntimeError.
//   - generator.go and asyncgen.go: generators, coroutines and async
//     generators own their frame and are resumed inline by the VM or, from
//     Go, by a nested loop.
//   - ops*.go, attr.go, class.go, call.go: the object protocols (operators
//     with reflected and in-place forms, rich comparison, attribute lookup
//     with descriptors, class creation with C3 and metaclasses, argument
//     binding with CPython's messages).
//   - dict.go, list.go, str.go, set.go, range.go, numbers.go, int.go,
//     format.go, builtins.go, file.go, sys.go, interpreter.go (modules and
//     imports, RegisterModule), traceback.go (CPython 3.11's traceback
//     text, carets included), match.go (pattern matching in Go).
//
// Changes to the contracts: Type gained private fields (slot layout, a
// lock-free Lookup cache, cached __getattribute__/__setattr__ overrides);
// an exception group is an *Exception whose Exceptions field is set; a
// user subclass of a builtin type reaches the builtin's methods through
// its Go payload (Object.Base), and every builtin type's dunders are real
// methods in its Dict (builtin_dunders.go) so that super() and explicit
// calls find them.
package interp

import "math/big"

// Value is a Python object.
type Value interface {
	// Type returns the object's class, type(v) in Python.
	Type() *Type
}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Bool is a Python bool (a subclass of int: every numeric fast path must
// accept it as 0 or 1).
type Bool bool

// True and False are Python's booleans.
const (
	True  = Bool(true)
	False = Bool(false)
)

// Int is a Python int that fits in 64 bits. Arithmetic that overflows moves
// to *BigInt, and a *BigInt result that fits is normalised back to Int, so
// each int value has one representation.
type Int int64

// BigInt is a Python int outside the int64 range. It is never mutated once
// made.
type BigInt struct{ V big.Int }

// Float is a Python float.
type Float float64

// Complex is a Python complex.
type Complex complex128

// Str is a Python str, held as UTF-8 (a lone surrogate in its 3-byte WTF-8
// form). Indexing counts code points; ASCII strings take a fast path.
type Str string

// Bytes is a Python bytes value, one Go byte per Python byte.
type Bytes string

// Tuple is a Python tuple. It must not be mutated once it is visible to
// Python code.
type Tuple []Value

// EllipsisType is the type of Ellipsis.
type EllipsisType struct{}

// Ellipsis is Python's Ellipsis (...).
var Ellipsis Value = EllipsisType{}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is what binary dunder methods return to let the other
// operand try.
var NotImplemented Value = NotImplementedType{}
