package interp

import (
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/rebeam/rebeam/ast"
)

// Opcode is one bytecode operation. The set follows CPython 3.11's
// semantics where they fit, without its caches and specializations, and
// with a block stack (SETUP_FINALLY/POP_BLOCK) instead of an exception
// table, which makes the compiler simpler at no cost to the common path.
type Opcode uint8

// The opcodes. Arg meanings are given where there is one.
const (
	opNop Opcode = iota
	opPopTop
	opCopy // push a copy of stack[-arg]
	opSwap // swap stack[-1] and stack[-arg]
	opLoadConst
	opLoadFast
	opLoadFastChecked // a fast local that may be unbound
	opStoreFast
	opDeleteFast
	opLoadDeref // cells and free variables: locals[nvars+arg]
	opStoreDeref
	opDeleteDeref
	opLoadClosure
	opLoadClassDeref // a class body reading a free variable: namespace first
	opLoadGlobal
	opStoreGlobal
	opDeleteGlobal
	opLoadName
	opStoreName
	opDeleteName
	opLoadAttr
	opStoreAttr
	opDeleteAttr
	opLoadMethod // push (method, self) or (nil, attribute)
	opLoadSpecial
	opBinarySubscr
	opStoreSubscr
	opDeleteSubscr
	opBinaryOp // arg < 13: binary; arg >= 13: in-place arg-13
	opUnaryNegative
	opUnaryPositive
	opUnaryInvert
	opUnaryNot
	opCompareOp
	opIsOp       // arg 1: is not
	opContainsOp // arg 1: not in
	opJump
	opPopJumpIfFalse
	opPopJumpIfTrue
	opJumpIfFalseOrPop
	opJumpIfTrueOrPop
	opPopJumpIfNone
	opPopJumpIfNotNone
	opGetIter
	opForIter // on exhaustion pop the iterator and jump to arg
	opBuildTuple
	opBuildList
	opBuildSet
	opBuildMap
	opBuildConstKeyMap
	opBuildSlice
	opBuildString
	opListAppend // append TOS to the list at stack[-arg] (after popping TOS)
	opSetAdd
	opMapAdd
	opListExtend
	opSetUpdate
	opDictUpdate
	opDictMerge
	opListToTuple
	opUnpackSequence
	opUnpackEx
	opFormatValue // arg&3: conversion (0 none, 1 str, 2 repr, 3 ascii); arg&4: has spec
	opPushNull
	opKwNames // the names of the next CALL's keyword arguments: consts[arg]
	opCall
	opCallFunctionEx // arg&1: a kwargs dict is on the stack
	opMakeFunction   // arg&1 defaults, &2 kwdefaults, &4 annotations, &8 closure
	opReturnValue
	opYieldValue
	opGetYieldFromIter
	opYieldFrom // delegate to the iterator below TOS, sending TOS
	opGetAwaitable
	opGetAIter
	opGetANext
	opEndAsyncFor
	opSetupFinally
	opPopBlock
	opPopExcept
	opReraise
	opRaiseVarargs
	opCheckExcMatch
	opCheckEgMatch
	opPrepReraiseStar
	opLoadAssertionError
	opImportName
	opImportFrom
	opImportStar
	opLoadBuildClass
	opSetupAnnotations
	opExcTriple // replace the exception on top with (type, value, traceback)
	opGetLen
	opMatchClass
	opMatchMapping
	opMatchSequence
	opMatchKeys
	opCopyFreeVars
	opLoadLocals
	opStoreAnnotation
	opUnpackCheck
	opPopTempIter // pop a for loop's iterator on break or return, closing a generator made by the loop's own expression
	numOpcodes
)

var opNames = [...]string{
	"NOP", "POP_TOP", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "LOAD_FAST_CHECK", "STORE_FAST", "DELETE_FAST",
	"LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL",
	"DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
	"LOAD_METHOD", "LOAD_SPECIAL", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BINARY_OP", "UNARY_NEGATIVE",
	"UNARY_POSITIVE", "UNARY_INVERT", "UNARY_NOT", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "JUMP",
	"POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "POP_JUMP_IF_NONE",
	"POP_JUMP_IF_NOT_NONE", "GET_ITER", "FOR_ITER", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP",
	"BUILD_CONST_KEY_MAP", "BUILD_SLICE", "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND",
	"SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "UNPACK_SEQUENCE", "UNPACK_EX", "FORMAT_VALUE",
	"PUSH_NULL", "KW_NAMES", "CALL", "CALL_FUNCTION_EX", "MAKE_FUNCTION", "RETURN_VALUE", "YIELD_VALUE",
	"GET_YIELD_FROM_ITER", "YIELD_FROM", "GET_AWAITABLE", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR",
	"SETUP_FINALLY", "POP_BLOCK", "POP_EXCEPT", "RERAISE", "RAISE_VARARGS", "CHECK_EXC_MATCH", "CHECK_EG_MATCH",
	"PREP_RERAISE_STAR", "LOAD_ASSERTION_ERROR", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "LOAD_BUILD_CLASS",
	"SETUP_ANNOTATIONS", "EXC_TRIPLE", "GET_LEN", "MATCH_CLASS", "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS",
	"COPY_FREE_VARS", "LOAD_LOCALS", "STORE_ANNOTATION", "UNPACK_CHECK", "POP_TEMP_ITER",
}

func (op Opcode) String() string {
	if int(op) < len(opNames) {
		return opNames[op]
	}
	return fmt.Sprintf("OP_%d", op)
}

// Instr is one instruction.
type Instr struct {
	Op  Opcode
	Arg int32
}

// Pos is the source span of an instruction, for tracebacks.
type Pos struct {
	Line, EndLine, Col, EndCol int32
	// Anchor describes where CPython 3.11 draws ^ rather than ~ under a
	// binary operation (AnchorBinOp: A is the left operand's end column,
	// B the right operand's start) or a subscript (AnchorSubscript: A is
	// the value's end, B the slice's end).
	Anchor uint8
	A, B   int32
}

// The kinds of Pos.Anchor.
const (
	AnchorNone uint8 = iota
	AnchorBinOp
	AnchorSubscript
)

// CodeFlags describe a code object.
type CodeFlags uint16

// The code flags.
const (
	CodeVarArgs CodeFlags = 1 << iota
	CodeVarKeywords
	CodeGenerator
	CodeCoroutine
	CodeAsyncGenerator
	CodeNameLocals // names live in a dict (module and class bodies)
)

// Code is a compiled function body, module or class body.
type Code struct {
	Name, Qualname string
	Filename       string
	FirstLine      int
	Instrs         []Instr
	Positions      []Pos // one per instruction
	Consts         []Value
	Names          []string
	Varnames       []string // fast locals, parameters first
	Cellvars       []string
	Freevars       []string
	ArgCount       int // positional parameters, including positional-only
	PosOnlyCount   int
	KwOnlyCount    int
	Flags          CodeFlags
	// Cell2Arg maps each cellvar that is also a parameter to the
	// parameter's index, or -1.
	Cell2Arg  []int
	StackSize int
	Source    *Source
	Doc       Value
	// NameHashes holds the str hash of each of Names, so that global
	// lookups skip hashing.
	NameHashes []int64
	// caches holds the instructions' inline caches (inline_cache.go).
	caches atomic.Pointer[codeCaches]
}

// Type returns code.
func (*Code) Type() *Type { return CodeType }

// Source is the text of a source file, kept for tracebacks.
type Source struct {
	Filename string
	Lines    []string
}

// NewSource splits a file's text into lines.
func NewSource(filename string, src []byte) *Source {
	return &Source{Filename: filename, Lines: strings.Split(string(src), "\n")}
}

// Line returns the text of line n (1-based), or "".
func (s *Source) Line(n int) string {
	if s == nil || n < 1 || n > len(s.Lines) {
		return ""
	}
	return strings.TrimRight(s.Lines[n-1], "\r")
}

// Disassemble returns a readable listing of the code, for tests and
// debugging.
func (c *Code) Disassemble() string {
	var b strings.Builder
	for i, in := range c.Instrs {
		fmt.Fprintf(&b, "%4d %4d %-22s %d\n", c.Positions[i].Line, i, in.Op, in.Arg)
	}
	return b.String()
}

func newSyntaxError(filename string, n ast.Node, format string, args ...any) *ast.SyntaxError {
	e := &ast.SyntaxError{Class: "SyntaxError", Msg: fmt.Sprintf(format, args...), Filename: filename}
	if p, ok := n.(ast.Positioned); ok && p != nil {
		sp := p.Pos()
		e.Lineno = int(sp.Lineno)
		e.Offset = int(sp.ColOffset) + 1
		e.EndLineno = int(sp.EndLineno)
		e.EndOffset = int(sp.EndColOffset) + 1
	}
	return e
}

// codeFlagsValue maps CodeFlags to CPython's co_flags bits.
func codeFlagsValue(f CodeFlags) int {
	v := 0
	if f&CodeNameLocals == 0 {
		v |= 0x1 | 0x2 // CO_OPTIMIZED, CO_NEWLOCALS
	}
	if f&CodeVarArgs != 0 {
		v |= 0x4
	}
	if f&CodeVarKeywords != 0 {
		v |= 0x8
	}
	if f&CodeGenerator != 0 {
		v |= 0x20
	}
	if f&CodeCoroutine != 0 {
		v |= 0x80
	}
	if f&CodeAsyncGenerator != 0 {
		v |= 0x200
	}
	return v
}
