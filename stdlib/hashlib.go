package stdlib

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"sort"
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// The hashlib module on Go's crypto hashes.

type hashAlgo struct {
	new       func() hash.Hash
	size      int
	blockSize int
}

var hashAlgos = map[string]hashAlgo{
	"md5":      {md5.New, 16, 64},
	"sha1":     {sha1.New, 20, 64},
	"sha224":   {sha256.New224, 28, 64},
	"sha256":   {sha256.New, 32, 64},
	"sha384":   {sha512.New384, 48, 128},
	"sha512":   {sha512.New, 64, 128},
	"sha3_224": {func() hash.Hash { return sha3.New224() }, 28, 144},
	"sha3_256": {func() hash.Hash { return sha3.New256() }, 32, 136},
	"sha3_384": {func() hash.Hash { return sha3.New384() }, 48, 104},
	"sha3_512": {func() hash.Hash { return sha3.New512() }, 64, 72},
}

// hashObj is a running hash (hashlib's HASH objects).
type hashObj struct {
	name string
	h    hash.Hash
}

var hashType = newType("HASH", "_hashlib", nil)

func hashOf(v interp.Value) (*hashObj, error) {
	if o, ok := v.(*interp.Object); ok {
		if h, ok := o.Base.(*hashObj); ok {
			return h, nil
		}
	}
	return nil, argErr("descriptor requires a '_hashlib.HASH' object but received a '%s'", interp.TypeName(v))
}

func newHash(t *interp.Thread, name string, data interp.Value) (interp.Value, error) {
	algo, ok := hashAlgos[strings.ToLower(name)]
	if !ok {
		return nil, interp.Errorf(interp.ValueErrorType, "unsupported hash type %s", name)
	}
	h := &hashObj{name: strings.ToLower(name), h: algo.new()}
	if data != nil && data != interp.None {
		if _, ok := data.(interp.Str); ok {
			return nil, argErr("Strings must be encoded before hashing")
		}
		s, err := bytesArg(data)
		if err != nil {
			return nil, argErr("object supporting the buffer API required")
		}
		h.h.Write([]byte(s))
	}
	return &interp.Object{Class: hashType, Base: h}, nil
}

func init() {
	methods := funcs{
		"update": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			var data interp.Value
			if err := interp.UnpackArgs("update", args[1:], kw, "obj", &data); err != nil {
				return nil, err
			}
			if _, ok := data.(interp.Str); ok {
				return nil, argErr("Strings must be encoded before hashing")
			}
			s, err := bytesArg(data)
			if err != nil {
				return nil, argErr("object supporting the buffer API required")
			}
			h.h.Write([]byte(s))
			return interp.None, nil
		},
		"digest": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			return interp.Bytes(h.h.Sum(nil)), nil
		},
		"hexdigest": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			return interp.Str(hex.EncodeToString(h.h.Sum(nil))), nil
		},
		"copy": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			c := &hashObj{name: h.name, h: hashAlgos[h.name].new()}
			state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
			if err == nil {
				err = c.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
			}
			if err != nil {
				return nil, interp.Errorf(interp.ValueErrorType, "cannot copy %s", h.name)
			}
			return &interp.Object{Class: hashType, Base: c}, nil
		},
		"__repr__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			return interp.Str(fmt.Sprintf("<%s _hashlib.HASH object @ %p>", h.name, h)), nil
		},
	}
	for n, fn := range methods {
		hashType.Dict.SetStr(n, &interp.Builtin{Name: n, Owner: hashType, Fn: fn})
	}
	prop := func(name string, get func(h *hashObj) interp.Value) {
		addProperty(hashType, name, func(v interp.Value) interp.Value {
			h, _ := hashOf(v)
			return get(h)
		})
	}
	prop("name", func(h *hashObj) interp.Value { return interp.Str(h.name) })
	prop("digest_size", func(h *hashObj) interp.Value { return interp.Int(hashAlgos[h.name].size) })
	prop("block_size", func(h *hashObj) interp.Value { return interp.Int(hashAlgos[h.name].blockSize) })

	register("hashlib", func(t *interp.Thread, m *interp.Module) error {
		var names []string
		for n := range hashAlgos {
			names = append(names, n)
			name := n
			m.Dict.SetStr(n, interp.NewBuiltin(n, func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value = interp.None
				var usedForSecurity interp.Value
				if err := interp.UnpackArgs(name, args, kw, "string?", &data, "$usedforsecurity?", &usedForSecurity); err != nil {
					return nil, err
				}
				return newHash(t, name, data)
			}))
		}
		sort.Strings(names)
		var vals []interp.Value
		for _, n := range names {
			vals = append(vals, interp.Str(n))
		}
		fs, _ := interp.NewFrozenSet(t, vals)
		m.Dict.SetStr("algorithms_guaranteed", fs)
		fs2, _ := interp.NewFrozenSet(t, vals)
		m.Dict.SetStr("algorithms_available", fs2)
		setFuncs(m.Dict, funcs{
			"new": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var name string
				var data interp.Value = interp.None
				var ufs interp.Value
				if err := interp.UnpackArgs("new", args, kw, "name", &name, "data?", &data, "$usedforsecurity?", &ufs); err != nil {
					return nil, err
				}
				return newHash(t, name, data)
			},
			"pbkdf2_hmac": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var name string
				var pw, salt, dklen interp.Value = nil, nil, interp.None
				var iters int
				if err := interp.UnpackArgs("pbkdf2_hmac", args, kw, "hash_name", &name, "password", &pw, "salt", &salt, "iterations", &iters, "dklen?", &dklen); err != nil {
					return nil, err
				}
				algo, ok := hashAlgos[name]
				if !ok {
					return nil, interp.Errorf(interp.ValueErrorType, "unsupported hash type %s", name)
				}
				p, err := bytesArg(pw)
				if err != nil {
					return nil, err
				}
				s, err := bytesArg(salt)
				if err != nil {
					return nil, err
				}
				if iters < 1 {
					return nil, interp.Errorf(interp.ValueErrorType, "iteration value must be greater than 0.")
				}
				n := algo.size
				if dklen != interp.None {
					if n, err = interp.ToIndex(dklen); err != nil {
						return nil, err
					}
					if n < 1 {
						return nil, interp.Errorf(interp.ValueErrorType, "key length must be greater than 0.")
					}
				}
				key, err := pbkdf2.Key(algo.new, p, []byte(s), iters, n)
				if err != nil {
					return nil, interp.Errorf(interp.ValueErrorType, "%v", err)
				}
				return interp.Bytes(key), nil
			},
			"_hmac_digest": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				key, err := bytesArg(args[0])
				if err != nil {
					return nil, err
				}
				msg, err := bytesArg(args[1])
				if err != nil {
					return nil, err
				}
				name, _ := args[2].(interp.Str)
				algo, ok := hashAlgos[string(name)]
				if !ok {
					return nil, interp.Errorf(interp.ValueErrorType, "unsupported hash type %s", name)
				}
				mac := hmac.New(algo.new, []byte(key))
				mac.Write([]byte(msg))
				return interp.Bytes(mac.Sum(nil)), nil
			},
		})
		return nil
	}, `
def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
`)
}

// Type returns the HASH type.
func (*hashObj) Type() *interp.Type { return hashType }
