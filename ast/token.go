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

	// TYPE_IGNORE is a "# type: ignore" comment (with type comments on);
	// Text is what follows "ignore", such as "[misc]" or "". The parser
	// collects these as Module.type_ignores (lineno = Start.Line, tag =
	// Text) and otherwise skips them, as CPython's does.
	TYPE_IGNORE
	// OP is an ASCII character that starts no Python token, such as $ ? or
	// `: the parser reports "invalid syntax" at it.
	OP
)

// Token is one token. Text is the token's source text, a substring of the
// decoded source (empty for NEWLINE at end of file, INDENT, DEDENT and EOF);
// for TYPE_COMMENT it is the comment's text after "# type:" and the white
// space after it, to the end of the line (trailing white space kept, as
// CPython keeps it).
//
// Positions: a NEWLINE spans its "\n" (Col to Col+1); INDENT spans the
// line's leading white space and DEDENT is empty at the first token of the
// line, as Python's tokenize module reports them (CPython's C tokenizer
// gives them no column), except that the DEDENTs at the end of the file
// and EOF are where CPython's ENDMARKER is: on the last line, at the
// column just after its newline (line 1, column 0 for an empty file);
// CPython's parser reports errors at end of file there. A NEWLINE at the end of a file that lacks a final
// newline sits just after the last character of the last line.
type Token struct {
	Kind       TokenKind
	Start, End Pos
	Text       string
}
