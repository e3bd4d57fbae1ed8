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
	// xof, for the SHAKE functions, makes the state; their digest and
	// hexdigest take the length wanted, and digest_size is 0.
	xof func() *sha3.SHAKE
}

var hashAlgos = map[string]hashAlgo{
	"md5":       {md5.New, 16, 64, nil},
	"sha1":      {sha1.New, 20, 64, nil},
	"sha224":    {sha256.New224, 28, 64, nil},
	"sha256":    {sha256.New, 32, 64, nil},
	"sha384":    {sha512.New384, 48, 128, nil},
	"sha512":    {sha512.New, 64, 128, nil},
	"sha3_224":  {func() hash.Hash { return sha3.New224() }, 28, 144, nil},
	"sha3_256":  {func() hash.Hash { return sha3.New256() }, 32, 136, nil},
	"sha3_384":  {func() hash.Hash { return sha3.New384() }, 48, 104, nil},
	"sha3_512":  {func() hash.Hash { return sha3.New512() }, 64, 72, nil},
	"blake2b":   {func() hash.Hash { return newBlake2(blake2bVariant, blake2Defaults(64)) }, 64, 128, nil},
	"blake2s":   {func() hash.Hash { return newBlake2(blake2sVariant, blake2Defaults(32)) }, 32, 64, nil},
	"shake_128": {nil, 0, 168, sha3.NewSHAKE128},
	"shake_256": {nil, 0, 136, sha3.NewSHAKE256},
}

// hashObj is a running hash (hashlib's HASH objects), or a running SHAKE
// (HASHXOF objects) when xof is set.
type hashObj struct {
	name string
	h    hash.Hash
	xof  *sha3.SHAKE
}

func (h *hashObj) write(b []byte) {
	if h.xof != nil {
		h.xof.Write(b)
		return
	}
	h.h.Write(b)
}

// update feeds the hash a bytes-like object: hashlib's update() and the
// data argument of its constructors.
func (h *hashObj) update(data interp.Value) error {
	if _, ok := data.(interp.Str); ok {
		return argErr("Strings must be encoded before hashing")
	}
	s, err := bytesArg(data)
	if err != nil {
		return argErr("object supporting the buffer API required")
	}
	h.write([]byte(s))
	return nil
}

// clone returns a separate hash in the same state.
func (h *hashObj) clone() (*hashObj, error) {
	algo := hashAlgos[h.name]
	var state []byte
	var err error
	c := &hashObj{name: h.name}
	if h.xof != nil {
		c.xof = algo.xof()
		if state, err = h.xof.MarshalBinary(); err == nil {
			err = c.xof.UnmarshalBinary(state)
		}
	} else if cl, ok := h.h.(interface{ cloneHash() hash.Hash }); ok {
		c.h = cl.cloneHash()
	} else {
		c.h = algo.new()
		if state, err = h.h.(encoding.BinaryMarshaler).MarshalBinary(); err == nil {
			err = c.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		}
	}
	if err != nil {
		return nil, interp.Errorf(interp.ValueErrorType, "cannot copy %s", h.name)
	}
	return c, nil
}

// sum returns the digest of the data so far, leaving the hash as it is;
// a SHAKE's takes its length from the method's arguments.
func (h *hashObj) sum(method string, args []interp.Value, kw []interp.Kwarg) ([]byte, error) {
	if h.xof == nil {
		if err := interp.UnpackArgs(method, args, kw); err != nil {
			return nil, err
		}
		return h.h.Sum(nil), nil
	}
	var n int
	if err := interp.UnpackArgs(method, args, kw, "length", &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, interp.Errorf(interp.ValueErrorType, "negative digest length")
	}
	c, err := h.clone()
	if err != nil {
		return nil, err
	}
	out := make([]byte, n)
	c.xof.Read(out)
	return out, nil
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
	h := &hashObj{name: strings.ToLower(name)}
	if algo.xof != nil {
		h.xof = algo.xof()
	} else {
		h.h = algo.new()
	}
	if data != nil && data != interp.None {
		if err := h.update(data); err != nil {
			return nil, err
		}
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
			return interp.None, h.update(data)
		},
		"digest": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			d, err := h.sum("digest", args[1:], kw)
			if err != nil {
				return nil, err
			}
			return interp.Bytes(d), nil
		},
		"hexdigest": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			d, err := h.sum("hexdigest", args[1:], kw)
			if err != nil {
				return nil, err
			}
			return interp.Str(hex.EncodeToString(d)), nil
		},
		"copy": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			h, err := hashOf(args[0])
			if err != nil {
				return nil, err
			}
			c, err := h.clone()
			if err != nil {
				return nil, err
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
	prop("digest_size", func(h *hashObj) interp.Value {
		if h.h != nil {
			return interp.Int(h.h.Size())
		}
		return interp.Int(0)
	})
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
		m.Dict.SetStr("blake2b", interp.NewBuiltin("blake2b", func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return newBlake2Hash(t, blake2bVariant, args, kw)
		}))
		m.Dict.SetStr("blake2s", interp.NewBuiltin("blake2s", func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return newBlake2Hash(t, blake2sVariant, args, kw)
		}))
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
				if !ok || algo.new == nil {
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
				if !ok || algo.new == nil {
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

func blake2Defaults(size int) blake2Params {
	return blake2Params{digestSize: size, fanout: 1, depth: 1}
}

// newBlake2Hash is hashlib.blake2b/blake2s(data=b”, /, *, digest_size,
// key, salt, person, fanout, depth, leaf_size, node_offset, node_depth,
// inner_size, last_node, usedforsecurity).
func newBlake2Hash[W blake2Word](t *interp.Thread, v *blake2Variant[W], args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var data, key, salt, person, ufs interp.Value = interp.None, nil, nil, nil, nil
	p := blake2Defaults(v.maxDigest)
	var leafSize, nodeOffset int64
	if err := interp.UnpackArgs(v.name, args, kw, "data?", &data, "$digest_size?", &p.digestSize,
		"$key?", &key, "$salt?", &salt, "$person?", &person, "$fanout?", &p.fanout, "$depth?", &p.depth,
		"$leaf_size?", &leafSize, "$node_offset?", &nodeOffset, "$node_depth?", &p.nodeDepth,
		"$inner_size?", &p.innerSize, "$last_node?", &p.lastNode, "$usedforsecurity?", &ufs); err != nil {
		return nil, err
	}
	bytesParam := func(v interp.Value, what string, max int) ([]byte, error) {
		if v == nil {
			return nil, nil
		}
		s, err := bytesArg(v)
		if err != nil {
			return nil, err
		}
		if len(s) > max {
			return nil, interp.Errorf(interp.ValueErrorType, "maximum %s length is %d bytes", what, max)
		}
		return []byte(s), nil
	}
	var err error
	if p.key, err = bytesParam(key, "key", v.maxKey); err != nil {
		return nil, err
	}
	if p.salt, err = bytesParam(salt, "salt", v.saltLen); err != nil {
		return nil, err
	}
	if p.person, err = bytesParam(person, "person", v.saltLen); err != nil {
		return nil, err
	}
	valueErr := func(format string, a ...any) error { return interp.Errorf(interp.ValueErrorType, format, a...) }
	maxOffset := int64(1)<<48 - 1
	if v.bits == 64 {
		maxOffset = 1<<63 - 1
	}
	switch {
	case p.digestSize < 1 || p.digestSize > v.maxDigest:
		return nil, valueErr("digest_size must be between 1 and %d bytes", v.maxDigest)
	case p.fanout < 0 || p.fanout > 255:
		return nil, valueErr("fanout must be between 0 and 255")
	case p.depth < 1 || p.depth > 255:
		return nil, valueErr("depth must be between 1 and 255")
	case leafSize < 0 || leafSize > 1<<32-1:
		return nil, interp.Errorf(interp.OverflowErrorType, "leaf_size is too large")
	case nodeOffset < 0 || nodeOffset > maxOffset:
		return nil, interp.Errorf(interp.OverflowErrorType, "node_offset is too large")
	case p.nodeDepth < 0 || p.nodeDepth > 255:
		return nil, valueErr("node_depth must be between 0 and 255")
	case p.innerSize < 0 || p.innerSize > v.maxDigest:
		return nil, valueErr("inner_size must be between 0 and is %d", v.maxDigest)
	}
	p.leafSize, p.nodeOffset = uint32(leafSize), uint64(nodeOffset)
	h := &hashObj{name: v.name, h: newBlake2(v, p)}
	if data != interp.None {
		if err := h.update(data); err != nil {
			return nil, err
		}
	}
	return &interp.Object{Class: hashType, Base: h}, nil
}
