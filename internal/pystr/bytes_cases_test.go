package pystr

// The bytes and codec cases for TestAgainstPython.

var sampleBytes = []string{
	"", "a", "abc", "Hello World", "  x y\tz\n ", "a,b,,c,", "\xff\xfe\x80abc",
	"\x1c\x1d sep\x1e\x1f", "line1\nline2\r\nline3\rend\v\f", "they're bill's", "aaaa",
	"-12", "ABC def", "A1b2", "\t\tx\ty", "abcabcabc", "\x00\x7f\x80",
}

func bytesCases() *caseList {
	l := &caseList{group: "bytes"}
	for _, s := range sampleBytes {
		b := pyBytes(s)
		n := len(s)
		for i := -n - 1; i <= n; i++ {
			l.add(lit(b)+"["+lit(i)+":]", func() any {
				lo, hi, _ := SliceIndices(n, ip(i), nil, 1)
				return pyBytes(s[lo:max(lo, hi)])
			})
		}
		for _, sub := range []string{"", "a", "ab", "\xff", "c", " ", "zz"} {
			bs := pyBytes(sub)
			for _, p := range startEndPairs(n) {
				a, e := p[0], p[1]
				st, en := goStart(a), goEnd(e)
				l.add(call(b, "find", bs, a, e), func() any { return BytesFind(s, sub, st, en) })
				l.add(call(b, "rfind", bs, a, e), func() any { return BytesRFind(s, sub, st, en) })
				l.add(call(b, "count", bs, a, e), func() any { return BytesCount(s, sub, st, en) })
				l.add(call(b, "startswith", bs, a, e), func() any { return BytesStartsWith(s, sub, st, en) })
				l.add(call(b, "endswith", bs, a, e), func() any { return BytesEndsWith(s, sub, st, en) })
			}
			l.add(call(b, "index", bs), func() any { return result(BytesIndexOf(s, sub, 0, End)) })
			l.add(call(b, "rindex", bs, -3), func() any { return result(BytesRIndexOf(s, sub, -3, End)) })
			for _, cnt := range []int{-1, 0, 2} {
				l.add(call(b, "replace", bs, pyBytes("<\xe9>"), cnt), func() any { return pyBytes(BytesReplace(s, sub, "<\xe9>", cnt)) })
			}
			l.add(call(b, "partition", bs), func() any {
				x, y, z, err := Partition(s, sub)
				return result(pyTuple{pyBytes(x), pyBytes(y), pyBytes(z)}, err)
			})
			l.add(call(b, "rpartition", bs), func() any {
				x, y, z, err := RPartition(s, sub)
				return result(pyTuple{pyBytes(x), pyBytes(y), pyBytes(z)}, err)
			})
			for _, m := range []int{-1, 0, 1, 2} {
				l.add(call(b, "split", bs, m), func() any {
					parts, err := Split(s, sub, m)
					return result(asBytesList(parts), err)
				})
				l.add(call(b, "rsplit", bs, m), func() any {
					parts, err := RSplit(s, sub, m)
					return result(asBytesList(parts), err)
				})
			}
			l.add(call(b, "strip", bs), func() any { return pyBytes(BytesStrip(s, sub)) })
			l.add(call(b, "lstrip", bs), func() any { return pyBytes(BytesLStrip(s, sub)) })
			l.add(call(b, "rstrip", bs), func() any { return pyBytes(BytesRStrip(s, sub)) })
			l.add(call(b, "removeprefix", bs), func() any { return pyBytes(RemovePrefix(s, sub)) })
			l.add(call(b, "removesuffix", bs), func() any { return pyBytes(RemoveSuffix(s, sub)) })
		}
		for _, m := range []int{-1, 0, 1, 2} {
			l.add(call(b, "split", nil, m), func() any { return asBytesList(BytesSplitSpace(s, m)) })
			l.add(call(b, "rsplit", nil, m), func() any { return asBytesList(BytesRSplitSpace(s, m)) })
		}
		l.add(call(b, "strip"), func() any { return pyBytes(BytesStripSpace(s)) })
		l.add(call(b, "lstrip"), func() any { return pyBytes(BytesLStripSpace(s)) })
		l.add(call(b, "rstrip"), func() any { return pyBytes(BytesRStripSpace(s)) })
		l.add(call(b, "splitlines"), func() any { return asBytesList(BytesSplitLines(s, false)) })
		l.add(call(b, "splitlines", true), func() any { return asBytesList(BytesSplitLines(s, true)) })
		for _, w := range []int{-1, 0, 5, 8, 9, 20} {
			for _, f := range []byte{' ', '*', 0xff} {
				fb := pyBytes([]byte{f})
				l.add(call(b, "center", w, fb), func() any { return pyBytes(BytesCenter(s, w, f)) })
				l.add(call(b, "ljust", w, fb), func() any { return pyBytes(BytesLJust(s, w, f)) })
				l.add(call(b, "rjust", w, fb), func() any { return pyBytes(BytesRJust(s, w, f)) })
			}
			l.add(call(b, "zfill", w), func() any { return pyBytes(BytesZFill(s, w)) })
		}
		for _, ts := range []int{0, 1, 4, 8} {
			l.add(call(b, "expandtabs", ts), func() any { return pyBytes(BytesExpandTabs(s, ts)) })
		}
		conv := []struct {
			name string
			f    func(string) string
		}{
			{"upper", BytesUpper}, {"lower", BytesLower}, {"swapcase", BytesSwapCase},
			{"title", BytesTitle}, {"capitalize", BytesCapitalize},
		}
		for _, c := range conv {
			l.add(call(b, c.name), func() any { return pyBytes(c.f(s)) })
		}
		preds := []struct {
			name string
			f    func(string) bool
		}{
			{"isalpha", BytesIsAlpha}, {"isalnum", BytesIsAlnum}, {"isdigit", BytesIsDigit},
			{"isspace", BytesIsSpace}, {"islower", BytesIsLower}, {"isupper", BytesIsUpper},
			{"istitle", BytesIsTitle}, {"isascii", IsASCII},
		}
		for _, p := range preds {
			l.add(call(b, p.name), func() any { return p.f(s) })
		}
		table, _ := BytesMakeTrans("abc", "xy\xff")
		l.add(call(b, "translate", pyRaw("bytes.maketrans(b'abc', b'xy\\xff')"), pyBytes(" ,")), func() any {
			return bytesResult(BytesTranslate(s, &table, " ,"))
		})
		l.add(call(b, "translate", nil, pyBytes("a")), func() any { return bytesResult(BytesTranslate(s, nil, "a")) })
		l.add(call(b, "translate", pyBytes("ab")), func() any {
			short := "ab"
			return bytesResult(BytesTranslate(s, &short, ""))
		})
	}
	l.add("bytes.maketrans(b'ab', b'c')", func() any { return bytesResult(BytesMakeTrans("ab", "c")) })
	l.add("bytes.maketrans(b'ab', b'cd')", func() any {
		t, err := BytesMakeTrans("ab", "cd")
		return result(pyBytes(t), err)
	})
	return l
}

func hexCases() *caseList {
	l := &caseList{group: "hex"}
	for _, s := range []string{"", "\x01", "\xb9\x01\xef", "abcdefgh", "\x00\xff\x10\x20\x30"} {
		b := pyBytes(s)
		l.add(call(b, "hex"), func() any { return BytesHex(s) })
		for _, sep := range []any{":", pyBytes("-"), "", "ab", "é", pyBytes("\xff")} {
			for _, n := range []int{1, 2, 3, -2, -3, 0} {
				sepStr := ""
				switch v := sep.(type) {
				case string:
					sepStr = v
				case pyBytes:
					sepStr = string(v)
				}
				l.add(call(b, "hex", sep, n), func() any { return result(BytesHexSep(s, sepStr, n)) })
			}
		}
	}
	for _, h := range []string{"", "00", "b901ef", "B9 01 EF", " 1a\t2B\n", "1", "1 2", "zz", "0g", "12é4", "é", "ab\x1c", "1a2", " \v\f\r"} {
		l.add("bytes.fromhex("+lit(h)+")", func() any {
			b, err := BytesFromHex(h)
			return result(pyBytes(b), err)
		})
	}
	return l
}

var encodings = []string{
	"utf-8", "UTF8", "utf_8", "U8", "ascii", "US-ASCII", "646", "latin-1", "latin1",
	"iso-8859-1", "ISO_8859-1", "L1", "cp1252", "windows-1252", "utf-16", "utf-16-le",
	"UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "utf 8", " utf-8 ", "ascii.", "koi8_q", "utf-8-sig", "UTF8_SIG",
}

var handlers = []string{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "bogus"}

func encodeCases() *caseList {
	l := &caseList{group: "encode"}
	strs := []string{"", "abc", "é", "aéb", "€ and ‚", "\u0100\u0101x", "日本", "🎉", sur, sur + sur2, "a" + sur2 + "b\xed\xb2\x80",
		"\xed\xb1\x81", "x\u0081y", "\x81\xff"}
	for _, enc := range encodings {
		l.add("codecs.lookup("+lit(enc)+").name", func() any { return result(CodecName(enc)) })
		for _, s := range strs {
			for _, h := range handlers {
				l.add(call(s, "encode", enc, h), func() any {
					b, err := Encode(s, enc, h)
					return result(pyBytes(b), err)
				})
			}
		}
	}
	for _, s := range []string{"aé€b", "x" + sur + sur2 + "y", "🎉" + sur} {
		for _, enc := range []string{"ascii", "utf-8", "utf-16", "cp1252", "latin-1"} {
			l.add("attrs(lambda: "+call(s, "encode", enc)+")", func() any { return unicodeAttrs(Encode(s, enc, "strict")) })
		}
	}
	// Make the codecs module visible to the expressions above.
	l.cases = append([]pyCase{{l.group, "__import__('builtins').__setattr__('codecs', __import__('codecs'))", func() any { return nil }}}, l.cases...)
	return l
}

func decodeCases() *caseList {
	l := &caseList{group: "decode"}
	inputs := []string{"", "abc", "\xc3\xa9", "a\xffb", "\xe2\x82", "\xe2\x82\xac", "\xe2\x82a", "\xed\xa0\x80", "\xed\xa0\x80x",
		"\xf0\x9f\x8e\x89", "\xf0\x9f\x8e", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe0\x80\x80", "\x80\x81\x82", "\x81\x8d\x8f\x90\x9d", "\x80\x9f",
		"\xff\xfea\x00", "\xfe\xff\x00a", "a\x00b", "a\x00\x00\xd8", "\x00\xd8a\x00", "\x00\xdca\x00", "\x3d\xd8\x89\xdf", "a",
		"\xff\xfe\x00\x00a\x00\x00\x00", "a\x00\x00\x00\x00\xd8\x00\x00", "\x00\x00\x11\x00", "a\x00\x00", "\x00\xd8\x00\xd8", "\xef\xbb\xbfa\xff", "\xef\xbb"}
	for _, enc := range encodings {
		for _, s := range inputs {
			for _, h := range handlers {
				l.add(call(pyBytes(s), "decode", enc, h), func() any { return result(Decode(s, enc, h)) })
			}
		}
	}
	for _, s := range []string{"a\xe9b", "\xe2\x82", "\xff\xfe\x00\xd8", "\x81"} {
		for _, enc := range []string{"ascii", "utf-8", "utf-16", "cp1252", "utf-32-be"} {
			l.add("attrs(lambda: "+call(pyBytes(s), "decode", enc)+")", func() any { return unicodeAttrs(Decode(s, enc, "strict")) })
		}
	}
	return l
}

// bytesResult is result for a function returning a bytes value.
func bytesResult(b string, err error) any { return result(pyBytes(b), err) }

// unicodeAttrs returns the attributes of a UnicodeError as the attrs
// helper of the Python script lists them, or None when there is no error.
func unicodeAttrs(_ string, err error) any {
	e, ok := err.(*UnicodeError)
	if !ok {
		return err
	}
	var obj any = e.Object
	if e.Class == "UnicodeDecodeError" {
		obj = pyBytes(e.Object)
	}
	return pyTuple{e.Class, e.Encoding, obj, e.Start, e.End, e.Reason}
}
