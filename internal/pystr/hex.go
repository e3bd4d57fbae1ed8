package pystr

import "strconv"

const hexDigits = "0123456789abcdef"

// BytesHex returns b.hex(): two lowercase hex digits per byte.
func BytesHex(s string) string {
	out := make([]byte, 2*len(s))
	for i := 0; i < len(s); i++ {
		out[2*i] = hexDigits[s[i]>>4]
		out[2*i+1] = hexDigits[s[i]&0xf]
	}
	return string(out)
}

// BytesHexSep returns b.hex(sep, bytesPerSep): sep, one ASCII character
// given as a str or bytes value, goes between groups of bytesPerSep bytes,
// the groups counted from the right when bytesPerSep is positive and from
// the left when it is negative; 0 puts no separator.
func BytesHexSep(s, sep string, bytesPerSep int) (string, error) {
	if len(sep) != 1 {
		if Len(sep) != 1 {
			return "", valueError("sep must be length 1.")
		}
		return "", valueError("sep must be ASCII.")
	}
	if sep[0] >= 0x80 {
		return "", valueError("sep must be ASCII.")
	}
	if bytesPerSep == 0 || len(s) == 0 {
		return BytesHex(s), nil
	}
	group := bytesPerSep
	if group < 0 {
		group = -group
	}
	out := make([]byte, 0, 3*len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 {
			// Counting from the right, a separator precedes byte i when the
			// bytes from i to the end fill whole groups.
			if (bytesPerSep > 0 && (len(s)-i)%group == 0) || (bytesPerSep < 0 && i%group == 0) {
				out = append(out, sep[0])
			}
		}
		out = append(out, hexDigits[s[i]>>4], hexDigits[s[i]&0xf])
	}
	return string(out), nil
}

// BytesFromHex returns bytes.fromhex(s): pairs of hex digits, with ASCII
// whitespace allowed between the pairs. The ValueError gives the code point
// position of the offending character (the first non-ASCII one, if any).
func BytesFromHex(s string) (string, error) {
	fail := func(pos int) error {
		return valueError("non-hexadecimal number found in fromhex() arg at position " + strconv.Itoa(pos))
	}
	if !IsASCII(s) {
		pos := 0
		for i := 0; s[i] < 0x80; i++ {
			pos++
		}
		return "", fail(pos)
	}
	out := make([]byte, 0, len(s)/2)
	for i := 0; ; {
		for i < len(s) && bytesSpace[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		hi := hexValue(s[i])
		if hi < 0 {
			return "", fail(i)
		}
		if i+1 >= len(s) {
			return "", fail(i + 1)
		}
		lo := hexValue(s[i+1])
		if lo < 0 {
			return "", fail(i + 1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return string(out), nil
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
