package stdlib

import (
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// binascii's quoted-printable (RFC 1521/2045, the header form of RFC
// 1522) and uuencode lines.

const qpMaxLine = 76

const upperHex = "0123456789ABCDEF"

// b2aQP quotes data: '=', bytes past '~', control bytes (and, with
// quoteTabs, tabs and spaces), a '.' alone at a line start, white space
// ending the data or a line, and with header '_' (spaces become '_').
// istext keeps line breaks as they are, in the style (LF or CRLF) of the
// first one; lines longer than 76 characters get a soft break "=\n".
func b2aQP(data string, quoteTabs, istext, header bool) string {
	crlf := false
	if i := strings.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		crlf = true
	}
	var out []byte
	lineLen := 0
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
		lineLen = 0
	}
	n := len(data)
	for i := 0; i < n; {
		c := data[i]
		atEnd := i+1 == n
		dotAlone := c == '.' && lineLen == 0 && (atEnd || data[i+1] == '\n' || data[i+1] == '\r' || data[i+1] == 0)
		quote := c > 126 || c == '=' || (header && c == '_') || dotAlone ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && atEnd) ||
			(c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' ')))
		switch {
		case quote:
			if lineLen+3 >= qpMaxLine {
				softBreak()
			}
			out = append(out, '=', upperHex[c>>4], upperHex[c&15])
			lineLen += 3
			i++
		case istext && (c == '\n' || (c == '\r' && i+1 < n && data[i+1] == '\n')):
			// white space must not end a line: quote the last byte
			if k := len(out) - 1; k >= 0 && (out[k] == ' ' || out[k] == '\t') {
				ws := out[k]
				out = append(out[:k], '=', upperHex[ws>>4], upperHex[ws&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			lineLen = 0
			if c == '\r' {
				i += 2
			} else {
				i++
			}
		default:
			if !atEnd && data[i+1] != '\n' && lineLen+1 >= qpMaxLine {
				softBreak()
			}
			lineLen++
			if header && c == ' ' {
				out = append(out, '_')
			} else {
				out = append(out, c)
			}
			i++
		}
	}
	return string(out)
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// a2bQP undoes b2aQP: "=XX" is a byte, '=' before a line end is a soft
// break (dropped with the rest of that line end), with header '_' is a
// space; anything else, a lone '=' included, is kept.
func a2bQP(s string, header bool) string {
	var out []byte
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '=':
			i++
			if i >= len(s) {
				return string(out)
			}
			switch {
			case s[i] == '\n' || s[i] == '\r':
				for i < len(s) && s[i] != '\n' {
					i++
				}
				if i < len(s) {
					i++
				}
			case s[i] == '=':
				out = append(out, '=')
				i++
			default:
				hi, ok1 := hexDigit(s[i])
				var lo byte
				ok2 := false
				if i+1 < len(s) {
					lo, ok2 = hexDigit(s[i+1])
				}
				if ok1 && ok2 {
					out = append(out, hi<<4|lo)
					i += 2
				} else {
					out = append(out, '=')
				}
			}
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return string(out)
}

// b2aUU is one uuencoded line: a length character, then four characters
// for each three bytes; backtick writes '`' for zero instead of ' '.
func b2aUU(t *interp.Thread, data string, backtick bool) (string, error) {
	if len(data) > 45 {
		return "", binErr(t, "At most 45 bytes at once")
	}
	enc := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := []byte{enc(byte(len(data)))}
	for i := 0; i < len(data); i += 3 {
		var g [3]byte
		copy(g[:], data[i:])
		out = append(out, enc(g[0]>>2), enc((g[0]&3)<<4|g[1]>>4), enc((g[1]&15)<<2|g[2]>>6), enc(g[2]&63))
	}
	return string(append(out, '\n')), nil
}

// a2bUU decodes one uuencoded line; a line cut short is padded with
// zeros, and what follows the data may only be spaces, '`' and line ends.
func a2bUU(t *interp.Thread, s string) (string, error) {
	var first byte
	if len(s) > 0 {
		first = s[0]
		s = s[1:]
	}
	n := int((first - ' ') & 63)
	out := make([]byte, 0, n)
	var acc uint32
	bits := 0
	i := 0
	for ; len(out) < n; i++ {
		var v byte
		if i < len(s) && s[i] != '\n' && s[i] != '\r' {
			c := s[i]
			if c < ' ' || c > ' '+64 {
				return "", binErr(t, "Illegal char")
			}
			v = (c - ' ') & 63
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return "", binErr(t, "Trailing garbage")
		}
	}
	return string(out), nil
}

var binasciiQPUUFuncs = funcs{
	"b2a_qp": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var data interp.Value
		quoteTabs, istext, header := false, true, false
		if err := interp.UnpackArgs("b2a_qp", args, kw, "data", &data, "quotetabs?", &quoteTabs, "istext?", &istext, "header?", &header); err != nil {
			return nil, err
		}
		s, err := bytesArg(data)
		if err != nil {
			return nil, err
		}
		return interp.Bytes(b2aQP(s, quoteTabs, istext, header)), nil
	},
	"a2b_qp": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var data interp.Value
		header := false
		if err := interp.UnpackArgs("a2b_qp", args, kw, "data", &data, "header?", &header); err != nil {
			return nil, err
		}
		s, err := asciiArg(data)
		if err != nil {
			return nil, err
		}
		return interp.Bytes(a2bQP(s, header)), nil
	},
	"b2a_uu": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var data interp.Value
		backtick := false
		if err := interp.UnpackArgs("b2a_uu", args, kw, "data", &data, "$backtick?", &backtick); err != nil {
			return nil, err
		}
		s, err := bytesArg(data)
		if err != nil {
			return nil, err
		}
		r, err := b2aUU(t, s, backtick)
		if err != nil {
			return nil, err
		}
		return interp.Bytes(r), nil
	},
	"a2b_uu": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var data interp.Value
		if err := interp.UnpackArgs("a2b_uu", args, kw, "data", &data); err != nil {
			return nil, err
		}
		s, err := asciiArg(data)
		if err != nil {
			return nil, err
		}
		r, err := a2bUU(t, s)
		if err != nil {
			return nil, err
		}
		return interp.Bytes(r), nil
	},
}
