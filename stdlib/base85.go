package stdlib

import (
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// Ascii85 and Base85 for the base64 module: groups of four bytes, read as
// a big-endian 32-bit number, written as five base-85 digits. Ascii85's
// digits are '!'..'u' with 'z' for a group of zeros (and 'y' for four
// spaces when asked); Base85's are the alphabet of git and Mercurial. A
// short last group is padded with zeros and its extra digits dropped,
// unless pad is given. base64's prelude adds the Adobe frame and the line
// wrapping.

const b85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"

// encode85 encodes data with digits[0..84]; ascii85 folds zero groups to
// 'z' and, with foldSpaces, groups of spaces to 'y'.
func encode85(data string, digits string, pad, ascii85, foldSpaces bool) string {
	padding := (4 - len(data)%4) % 4
	if padding > 0 {
		data += strings.Repeat("\x00", padding)
	}
	var out strings.Builder
	var group [5]byte
	for i := 0; i < len(data); i += 4 {
		w := uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
		last := i+4 == len(data)
		switch {
		case ascii85 && w == 0 && !(last && padding > 0 && !pad):
			out.WriteByte('z')
			continue
		case foldSpaces && w == 0x20202020 && !(last && padding > 0 && !pad):
			out.WriteByte('y')
			continue
		}
		for k := 4; k >= 0; k-- {
			group[k] = digits[w%85]
			w /= 85
		}
		n := 5
		if last && !pad {
			n -= padding
		}
		out.Write(group[:n])
	}
	return out.String()
}

// decodeAscii85 undoes encode85 for Ascii85, skipping the bytes of ignore.
func decodeAscii85(t *interp.Thread, s string, foldSpaces bool, ignore string) (string, error) {
	var out strings.Builder
	var group []byte
	flush := func() error {
		var acc uint64
		for _, c := range group {
			acc = acc*85 + uint64(c-'!')
		}
		if acc > 0xffffffff {
			return interp.Errorf(interp.ValueErrorType, "Ascii85 overflow")
		}
		out.WriteString(string([]byte{byte(acc >> 24), byte(acc >> 16), byte(acc >> 8), byte(acc)}))
		group = group[:0]
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '!' && c <= 'u':
			group = append(group, c)
			if len(group) == 5 {
				if err := flush(); err != nil {
					return "", err
				}
			}
		case c == 'z':
			if len(group) > 0 {
				return "", interp.Errorf(interp.ValueErrorType, "z inside Ascii85 5-tuple")
			}
			out.WriteString("\x00\x00\x00\x00")
		case foldSpaces && c == 'y':
			if len(group) > 0 {
				return "", interp.Errorf(interp.ValueErrorType, "y inside Ascii85 5-tuple")
			}
			out.WriteString("    ")
		case strings.IndexByte(ignore, c) >= 0:
		default:
			return "", interp.Errorf(interp.ValueErrorType, "Non-Ascii85 digit found: %c", rune(c))
		}
	}
	if n := len(group); n > 0 {
		for len(group) < 5 {
			group = append(group, 'u')
		}
		if err := flush(); err != nil {
			return "", err
		}
		r := out.String()
		return r[:len(r)-(5-n)], nil
	}
	return out.String(), nil
}

var b85Values = func() (v [256]int16) {
	for i := range v {
		v[i] = -1
	}
	for i := 0; i < len(b85Alphabet); i++ {
		v[b85Alphabet[i]] = int16(i)
	}
	return v
}()

// decodeBase85 undoes encode85 for Base85.
func decodeBase85(s string) (string, error) {
	padding := (5 - len(s)%5) % 5
	s += strings.Repeat("~", padding)
	out := make([]byte, 0, len(s)/5*4)
	for i := 0; i < len(s); i += 5 {
		var acc uint64
		for j := 0; j < 5; j++ {
			d := b85Values[s[i+j]]
			if d < 0 {
				return "", interp.Errorf(interp.ValueErrorType, "bad base85 character at position %d", i+j)
			}
			acc = acc*85 + uint64(d)
		}
		if acc > 0xffffffff {
			return "", interp.Errorf(interp.ValueErrorType, "base85 overflow in hunk starting at byte %d", i)
		}
		out = append(out, byte(acc>>24), byte(acc>>16), byte(acc>>8), byte(acc))
	}
	return string(out[:len(out)-padding]), nil
}

// base85Funcs are base64's private helpers: _85encode(data, base85, pad,
// foldspaces), _a85decode(data, foldspaces, ignorechars), _b85decode(data).
var base85Funcs = funcs{
	"_85encode": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var data interp.Value
		var base85, pad, foldSpaces bool
		if err := interp.UnpackArgs("_85encode", args, kw, "b", &data, "base85", &base85, "pad", &pad, "foldspaces", &foldSpaces); err != nil {
			return nil, err
		}
		s, err := bytesArg(data)
		if err != nil {
			return nil, err
		}
		if base85 {
			return interp.Bytes(encode85(s, b85Alphabet, pad, false, false)), nil
		}
		digits := make([]byte, 85)
		for i := range digits {
			digits[i] = byte('!' + i)
		}
		return interp.Bytes(encode85(s, string(digits), pad, true, foldSpaces)), nil
	},
	"_a85decode": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var data, ignore interp.Value
		var foldSpaces bool
		if err := interp.UnpackArgs("_a85decode", args, kw, "b", &data, "foldspaces", &foldSpaces, "ignorechars", &ignore); err != nil {
			return nil, err
		}
		s, err := bytesArg(data)
		if err != nil {
			return nil, err
		}
		ig, err := bytesArg(ignore)
		if err != nil {
			return nil, err
		}
		r, err := decodeAscii85(t, s, foldSpaces, ig)
		if err != nil {
			return nil, err
		}
		return interp.Bytes(r), nil
	},
	"_b85decode": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var data interp.Value
		if err := interp.UnpackArgs("_b85decode", args, kw, "b", &data); err != nil {
			return nil, err
		}
		s, err := bytesArg(data)
		if err != nil {
			return nil, err
		}
		r, err := decodeBase85(s)
		if err != nil {
			return nil, err
		}
		return interp.Bytes(r), nil
	},
}
