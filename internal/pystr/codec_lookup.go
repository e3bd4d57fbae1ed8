package pystr

// codecInfo describes one supported codec under its canonical module name.
type codecInfo struct {
	name   string // codecs.lookup(x).name
	encode func(s, errors string) (string, error)
	decode func(b, errors string) (string, error)
}

// codecs maps the normalised module names of the encodings package to the
// supported codecs.
var codecs = map[string]*codecInfo{
	"utf_8":     {name: "utf-8", encode: encodeUTF8, decode: decodeUTF8},
	"utf_8_sig": {name: "utf-8-sig", encode: encodeUTF8Sig, decode: decodeUTF8Sig},
	"ascii":     {name: "ascii", encode: encodeASCII, decode: decodeASCII},
	"latin_1":   {name: "iso8859-1", encode: encodeLatin1, decode: decodeLatin1},
	"cp1252":    {name: "cp1252", encode: encodeCP1252, decode: decodeCP1252},
	"utf_16":    {name: "utf-16", encode: utf16Encoder(0), decode: utf16Decoder(0)},
	"utf_16_le": {name: "utf-16-le", encode: utf16Encoder(-1), decode: utf16Decoder(-1)},
	"utf_16_be": {name: "utf-16-be", encode: utf16Encoder(1), decode: utf16Decoder(1)},
	"utf_32":    {name: "utf-32", encode: utf32Encoder(0), decode: utf32Decoder(0)},
	"utf_32_le": {name: "utf-32-le", encode: utf32Encoder(-1), decode: utf32Decoder(-1)},
	"utf_32_be": {name: "utf-32-be", encode: utf32Encoder(1), decode: utf32Decoder(1)},
}

// codecAliases lists, for the supported codecs, the aliases that Python's
// encodings.aliases module gives, in normalised form.
var codecAliases = map[string]string{
	"u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8",
	"utf8_ucs4": "utf_8", "cp65001": "utf_8",

	"646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii",
	"ansi_x3.4_1986": "ascii", "cp367": "ascii", "csascii": "ascii",
	"ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii",
	"iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",

	"8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1",
	"ibm819": "latin_1", "iso8859": "latin_1", "iso8859_1": "latin_1",
	"iso_8859_1": "latin_1", "iso_8859_1_1987": "latin_1",
	"iso_ir_100": "latin_1", "l1": "latin_1", "latin": "latin_1",
	"latin1": "latin_1",

	"1252": "cp1252", "windows_1252": "cp1252",

	"u16": "utf_16", "utf16": "utf_16",
	"unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
	"unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le",
	"u32": "utf_32", "utf32": "utf_32",
	"utf_32be": "utf_32_be", "utf_32le": "utf_32_le",
}

// normalizeEncoding reduces an encoding name the way codecs.lookup does
// before consulting the aliases: ASCII letters lowered, every run of
// characters other than ASCII letters, digits and '.' turned into one '_'
// (none at the start or end), other non-ASCII characters dropped.
func normalizeEncoding(name string) string {
	var b []byte
	punct := false
	for _, r := range name {
		alnum := r == '.' || isAlnumRune(r)
		if !alnum {
			punct = true
			continue
		}
		if punct && len(b) > 0 {
			b = append(b, '_')
		}
		punct = false
		if r < 0x80 {
			c := byte(r)
			if asciiUpper(c) {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return string(b)
}

// binaryCodecs are the bytes-to-bytes and str-to-str codecs of the
// encodings package (module names and aliases, normalised), which
// str.encode and bytes.decode refuse.
var binaryCodecs = map[string]bool{
	"base64_codec": true, "base64": true, "base_64": true, "hex_codec": true, "hex": true,
	"rot_13": true, "rot13": true, "zlib_codec": true, "zip": true, "zlib": true,
	"bz2_codec": true, "bz2": true, "quopri_codec": true, "quopri": true,
	"quoted_printable": true, "quotedprintable": true, "uu_codec": true, "uu": true,
}

// lookupCodec finds the codec for an encoding name, or fails with
// LookupError "unknown encoding: NAME", or, for a codec that is not
// between str and bytes, one that points to use (as "codecs.encode()").
func lookupCodec(encoding, use string) (*codecInfo, error) {
	norm := normalizeEncoding(encoding)
	if c, ok := codecs[norm]; ok {
		return c, nil
	}
	alias, ok := codecAliases[norm]
	if !ok {
		alias, ok = codecAliases[replaceDots(norm)]
	}
	if ok {
		return codecs[alias], nil
	}
	if binaryCodecs[norm] {
		return nil, &Error{Class: "LookupError", Msg: "'" + encoding + "' is not a text encoding; use " + use + " to handle arbitrary codecs"}
	}
	return nil, &Error{Class: "LookupError", Msg: "unknown encoding: " + encoding}
}

func replaceDots(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '.' {
			b[i] = '_'
		}
	}
	return string(b)
}

// CodecName returns the canonical name of an encoding, as
// codecs.lookup(encoding).name gives it.
func CodecName(encoding string) (string, error) {
	c, err := lookupCodec(encoding, "codecs.open()")
	if err != nil {
		return "", err
	}
	return c.name, nil
}

// Encode returns s.encode(encoding, errors) for the codecs utf-8,
// utf-8-sig, utf-16,
// utf-32 (each also -le and -be), ascii, latin-1, cp1252 and the other
// 8-bit codecs of charmaps.go under any of their Python names, with the error handlers strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass.
// An unknown error handler is reported, as in CPython, only when an error
// occurs.
func Encode(s, encoding, errors string) (string, error) {
	c, err := lookupCodec(encoding, "codecs.encode()")
	if err != nil {
		return "", err
	}
	b, err := c.encode(s, errors)
	return b, wrapCodecError(err, "encoding", encoding)
}

// Decode returns b.decode(encoding, errors), the result a str in WTF-8.
func Decode(b, encoding, errors string) (string, error) {
	if b == "" {
		// CPython returns an empty str for empty input before it looks the
		// encoding up.
		return "", nil
	}
	c, err := lookupCodec(encoding, "codecs.decode()")
	if err != nil {
		return "", err
	}
	s, err := c.decode(b, errors)
	return s, wrapCodecError(err, "decoding", encoding)
}

// builtinSpellings are the normalised encoding names for which CPython's
// str.encode and bytes.decode call the codec directly instead of going
// through the codec registry.
var builtinSpellings = map[string]bool{
	"utf_8": true, "utf8": true, "utf_16": true, "utf16": true, "utf_32": true, "utf32": true,
	"ascii": true, "us_ascii": true, "latin1": true, "latin_1": true, "iso_8859_1": true, "iso8859_1": true,
}

// wrapCodecError rewords an exception other than a UnicodeError the way
// CPython's codec registry does ("decoding with 'NAME' codec failed
// (TypeError: ...)"), for the encoding names that go through the registry.
func wrapCodecError(err error, what, encoding string) error {
	e, ok := err.(*Error)
	if !ok || builtinSpellings[normalizeEncoding(encoding)] {
		return err
	}
	return &Error{Class: e.Class, Msg: what + " with '" + encoding + "' codec failed (" + e.Class + ": " + e.Msg + ")"}
}

// unknownHandler is the LookupError for an error handler name Python does
// not know; namereplace, which needs the Unicode character names, is not
// supported here.
func unknownHandler(errors string) error {
	if errors == "namereplace" {
		return &Error{Class: "NotImplementedError", Msg: "the namereplace error handler is not supported"}
	}
	return &Error{Class: "LookupError", Msg: "unknown error handler name '" + errors + "'"}
}
