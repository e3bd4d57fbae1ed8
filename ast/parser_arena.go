package ast

// Node allocation. A parse makes millions of small nodes of a few kinds;
// allocating each on its own makes the Go allocator the parser's largest
// cost. The arena hands out the common kinds from slabs instead, so that a
// slab of nodes costs one allocation. A slab lives as long as any node in
// it, which is how long the tree lives anyway.

// slab hands out elements of T from chunks that grow from 4 elements to
// 256, so that a small file does not pay for large chunks.
type slab[T any] struct {
	buf  []T
	next int
}

func (s *slab[T]) alloc() *T {
	if len(s.buf) == 0 {
		n := s.next
		if n == 0 {
			n = 4
		}
		s.buf = make([]T, n)
		if n < 256 {
			s.next = n * 2
		} else {
			s.next = n
		}
	}
	x := &s.buf[0]
	s.buf = s.buf[1:]
	return x
}

// newNode returns a pointer to a copy of v allocated from s.
func newNode[T any](s *slab[T], v T) *T {
	x := s.alloc()
	*x = v
	return x
}

// arena holds the slabs of one parse, shared by the parsers of its
// f-string replacement fields.
type arena struct {
	names       slab[Name]
	constants   slab[Constant]
	attributes  slab[Attribute]
	calls       slab[Call]
	exprStmts   slab[ExprStmt]
	assigns     slab[Assign]
	args        slab[Arg]
	keywords    slab[Keyword]
	binOps      slab[BinOp]
	compares    slab[Compare]
	subscripts  slab[Subscript]
	tuples      slab[Tuple]
	unaryOps    slab[UnaryOp]
	boolOps     slab[BoolOp]
	returns     slab[Return]
	ifs         slab[If]
	arguments   slab[Arguments]
	funcDefs    slab[FunctionDef]
	starreds    slab[Starred]
	lists       slab[List]
	aliases     slab[Alias]
	formatteds  slab[FormattedValue]
	joinedStrs  slab[JoinedStr]
	comprehends slab[Comprehension]
}
