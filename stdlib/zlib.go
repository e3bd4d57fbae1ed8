package stdlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"hash/adler32"
	"hash/crc32"
	"io"

	"github.com/rebeam/rebeam/interp"
)

// The zlib module over Go's compress packages. The streams are valid
// zlib, raw deflate or gzip data that CPython's zlib decompresses, but Go's
// deflate chooses other matches than C zlib, so compressed bytes (and their
// length) may differ from CPython's.

// zlibErr raises zlib.error.
func zlibErr(t *interp.Thread, msg string) error {
	var cls interp.Value = interp.ValueErrorType
	if v, ok := t.Interp.Module("zlib"); ok {
		if m, ok := v.(*interp.Module); ok {
			if c, ok := m.Dict.GetStr("error"); ok {
				cls = c
			}
		}
	}
	return raise(t, cls, interp.Str(msg))
}

func zlibCompress(data string, level, wbits int) ([]byte, error) {
	var buf bytes.Buffer
	var w io.WriteCloser
	var err error
	switch {
	case wbits < 0:
		w, err = flate.NewWriter(&buf, level)
	case wbits > 15:
		w, err = gzip.NewWriterLevel(&buf, level)
	default:
		w, err = zlib.NewWriterLevel(&buf, level)
	}
	if err != nil {
		return nil, err
	}
	if _, err := w.Write([]byte(data)); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func zlibDecompress(data string, wbits int) ([]byte, error) {
	in := bytes.NewReader([]byte(data))
	var r io.Reader
	var err error
	switch {
	case wbits < 0:
		r = flate.NewReader(in)
	case wbits >= 32:
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			r, err = gzip.NewReader(in)
		} else {
			r, err = zlib.NewReader(in)
		}
	case wbits > 15:
		r, err = gzip.NewReader(in)
	default:
		r, err = zlib.NewReader(in)
	}
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func init() {
	register("zlib", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"crc32": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value
				var start int64
				if err := interp.UnpackArgs("crc32", args, kw, "data", &data, "value?", &start); err != nil {
					return nil, err
				}
				s, err := bytesArg(data)
				if err != nil {
					return nil, err
				}
				return interp.Int(crc32.Update(uint32(start), crc32.IEEETable, []byte(s))), nil
			},
			"adler32": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value
				var start int64 = 1
				if err := interp.UnpackArgs("adler32", args, kw, "data", &data, "value?", &start); err != nil {
					return nil, err
				}
				s, err := bytesArg(data)
				if err != nil {
					return nil, err
				}
				if start == 1 {
					return interp.Int(adler32.Checksum([]byte(s))), nil
				}
				// adler32 continued from a running value.
				a, b := uint32(start)&0xffff, uint32(start)>>16
				for i := 0; i < len(s); i++ {
					a = (a + uint32(s[i])) % 65521
					b = (b + a) % 65521
				}
				return interp.Int(b<<16 | a), nil
			},
			"_compress": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value
				var level, wbits int
				if err := interp.UnpackArgs("compress", args, kw, "data", &data, "level", &level, "wbits", &wbits); err != nil {
					return nil, err
				}
				s, err := bytesArg(data)
				if err != nil {
					return nil, err
				}
				if level < -1 || level > 9 {
					return nil, zlibErr(t, "Bad compression level")
				}
				out, err := zlibCompress(s, level, wbits)
				if err != nil {
					return nil, zlibErr(t, "Error while compressing data")
				}
				return interp.Bytes(out), nil
			},
			"_decompress": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value
				var wbits int
				if err := interp.UnpackArgs("decompress", args, kw, "data", &data, "wbits", &wbits); err != nil {
					return nil, err
				}
				s, err := bytesArg(data)
				if err != nil {
					return nil, err
				}
				out, err := zlibDecompress(s, wbits)
				if err != nil {
					if err == io.ErrUnexpectedEOF {
						return nil, zlibErr(t, "Error -5 while decompressing data: incomplete or truncated stream")
					}
					return nil, zlibErr(t, "Error -3 while decompressing data: invalid stored block lengths")
				}
				return interp.Bytes(out), nil
			},
		})
		return nil
	}, zlibPrelude)
}

const zlibPrelude = `
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'

class error(Exception):
    pass

error.__module__ = 'zlib'

def compress(data, /, level=-1, wbits=MAX_WBITS):
    return _compress(data, level, wbits)

def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    return _decompress(data, wbits)

class _Compress:
    def __init__(self, level, wbits):
        self._level, self._wbits, self._buf, self._done = level, wbits, [], False
    def compress(self, data):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._buf.append(bytes(data))
        return b''
    def flush(self, mode=Z_FINISH):
        if mode != Z_FINISH:
            return b''
        self._done = True
        return _compress(b''.join(self._buf), self._level, self._wbits)
    def copy(self):
        c = _Compress(self._level, self._wbits)
        c._buf = list(self._buf)
        return c

def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if level < -1 or level > 9:
        raise ValueError('Invalid initialization option')
    return _Compress(level, wbits)

class _Decompress:
    def __init__(self, wbits):
        self._wbits, self._buf = wbits, b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False
    def decompress(self, data, max_length=0):
        self._buf += bytes(data)
        try:
            out = _decompress(self._buf, self._wbits)
        except error:
            return b''
        self.eof = True
        self._buf = b''
        return out
    def flush(self, length=DEF_BUF_SIZE):
        if self._buf:
            out = _decompress(self._buf, self._wbits)
            self._buf = b''
            self.eof = True
            return out
        return b''
    def copy(self):
        d = _Decompress(self._wbits)
        d._buf = self._buf
        return d

def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return _Decompress(wbits)
`
