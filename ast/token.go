package ast

// Pos is a position in decoded (UTF-8) source: a byte offset, a line
// counted from 1 and a column in bytes counted from 0, as CPython counts
// col_offset.
type Pos struct {
	Offset, Line, Col int32
}

// TokenKind is the kind of a token produced by the Scanner. Keywords and
// soft keywords are NAME tokens; the parser tells them apart by text.
type TokenKind uint8

// The token kinds. Operators and delimiters each have their own kind so
// that the parser switches on small integers.
const (
	EOF TokenKind = iota
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING // one string literal with its prefix and quotes, f-strings included
	TYPE_COMMENT

	LPAR      // (
	RPAR      // )
	LSQB      // [
	RSQB      // ]
	LBRACE    // {
	RBRACE    // }
	COLON     // :
	COMMA     // ,
	SEMI      // ;
	PLUS      // +
	MINUS     // -
	STAR      // *
	SLASH     // /
	VBAR      // |
	AMPER     // &
	LESS      // <
	GREATER   // >
	EQUAL     // =
	DOT       // .
	PERCENT   // %
	EQEQUAL   // ==
	NOTEQUAL  // !=
	LESSEQUAL // <=
	GREATEREQUAL
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only inside f-string replacement fields)
)

// Token is one token. Text is the token's source text, a substring of the
// decoded source (empty for NEWLINE at end of file, INDENT, DEDENT and EOF);
// for TYPE_COMMENT it is the comment's text after "# type:", trimmed.
type Token struct {
	Kind       TokenKind
	Start, End Pos
	Text       string
}
