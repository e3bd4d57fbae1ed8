package stdlib

import (
	"encoding/binary"
	"hash"
)

// BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block that
// hashlib.blake2b/blake2s take: digest size, key, salt, personalization
// and the tree-hashing fields. One generic implementation serves both:
// BLAKE2b works on 64-bit words in 12 rounds, BLAKE2s on 32-bit words in
// 10, with their own rotation amounts and initial values.

type blake2Word interface{ ~uint32 | ~uint64 }

// blake2Params is hashlib's view of the parameter block.
type blake2Params struct {
	digestSize, fanout, depth, nodeDepth, innerSize int
	leafSize                                        uint32
	nodeOffset                                      uint64
	key, salt, person                               []byte
	lastNode                                        bool
}

// blake2Variant holds what differs between BLAKE2b and BLAKE2s.
type blake2Variant[W blake2Word] struct {
	name                       string
	bits                       int // word size
	rounds                     int
	blockSize                  int
	maxDigest, saltLen, maxKey int
	rot                        [4]int
	iv                         [8]W
	put                        func([]byte, W)
	get                        func([]byte) W
}

var blake2bVariant = &blake2Variant[uint64]{
	name: "blake2b", bits: 64, rounds: 12, blockSize: 128, maxDigest: 64, saltLen: 16, maxKey: 64,
	rot: [4]int{32, 24, 16, 63},
	iv: [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
	put: binary.LittleEndian.PutUint64, get: binary.LittleEndian.Uint64,
}

var blake2sVariant = &blake2Variant[uint32]{
	name: "blake2s", bits: 32, rounds: 10, blockSize: 64, maxDigest: 32, saltLen: 8, maxKey: 32,
	rot: [4]int{16, 12, 8, 7},
	iv: [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
	put: binary.LittleEndian.PutUint32, get: binary.LittleEndian.Uint32,
}

// blake2Sigma is the message word schedule of each round (round r uses
// row r mod 10).
var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2 is a running BLAKE2 hash; it implements hash.Hash.
type blake2[W blake2Word] struct {
	v        *blake2Variant[W]
	p        blake2Params
	h        [8]W
	t0, t1   W // bytes compressed so far, as a double word
	buf      []byte
	keyBlock []byte
}

func newBlake2[W blake2Word](v *blake2Variant[W], p blake2Params) *blake2[W] {
	d := &blake2[W]{v: v, p: p}
	if len(p.key) > 0 {
		d.keyBlock = make([]byte, v.blockSize)
		copy(d.keyBlock, p.key)
	}
	d.Reset()
	return d
}

// Reset starts over: h is the initial values xor the parameter block.
func (d *blake2[W]) Reset() {
	v, p := d.v, d.p
	block := make([]byte, v.bits) // 8 words of bits/8 bytes
	block[0] = byte(p.digestSize)
	block[1] = byte(len(p.key))
	block[2] = byte(p.fanout)
	block[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	if v.bits == 64 {
		binary.LittleEndian.PutUint64(block[8:], p.nodeOffset)
		block[16] = byte(p.nodeDepth)
		block[17] = byte(p.innerSize)
	} else {
		var off [8]byte
		binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
		copy(block[8:14], off[:6])
		block[14] = byte(p.nodeDepth)
		block[15] = byte(p.innerSize)
	}
	copy(block[v.bits/2:], p.salt)
	copy(block[v.bits/2+v.saltLen:], p.person)
	for i := range d.h {
		d.h[i] = v.iv[i] ^ v.get(block[i*v.bits/8:])
	}
	d.t0, d.t1 = 0, 0
	d.buf = append(d.buf[:0], d.keyBlock...)
}

func (d *blake2[W]) Size() int      { return d.p.digestSize }
func (d *blake2[W]) BlockSize() int { return d.v.blockSize }

// Write buffers p, compressing every full block that more data follows:
// the last block must wait for Sum, which flags it as final.
func (d *blake2[W]) Write(p []byte) (int, error) {
	n := len(p)
	bs := d.v.blockSize
	for len(p) > 0 {
		if len(d.buf) == bs {
			d.compress(d.buf, false)
			d.buf = d.buf[:0]
		}
		k := min(bs-len(d.buf), len(p))
		d.buf = append(d.buf, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

// Sum appends the digest to b, leaving d as it was.
func (d *blake2[W]) Sum(b []byte) []byte {
	c := d.clone()
	c.compress(c.buf, true)
	out := make([]byte, c.v.bits) // the 8 words
	for i, w := range c.h {
		c.v.put(out[i*c.v.bits/8:], w)
	}
	return append(b, out[:c.p.digestSize]...)
}

func (d *blake2[W]) clone() *blake2[W] {
	c := *d
	c.buf = append([]byte(nil), d.buf...)
	return &c
}

func (d *blake2[W]) cloneHash() hash.Hash { return d.clone() }

// compress mixes one block (n bytes of data, zero padded) into h.
func (d *blake2[W]) compress(data []byte, final bool) {
	v := d.v
	bs := v.blockSize
	block := data
	if len(block) < bs {
		block = make([]byte, bs)
		copy(block, data)
	}
	d.t0 += W(len(data))
	if d.t0 < W(len(data)) {
		d.t1++
	}
	var m [16]W
	for i := range m {
		m[i] = v.get(block[i*v.bits/8:])
	}
	var x [16]W
	copy(x[:8], d.h[:])
	copy(x[8:], v.iv[:])
	x[12] ^= d.t0
	x[13] ^= d.t1
	if final {
		x[14] = ^x[14]
		if d.p.lastNode {
			x[15] = ^x[15]
		}
	}
	bits := v.bits
	rotr := func(w W, n int) W { return w>>n | w<<(bits-n) }
	g := func(a, b, c, e int, m0, m1 W) {
		x[a] = x[a] + x[b] + m0
		x[e] = rotr(x[e]^x[a], v.rot[0])
		x[c] = x[c] + x[e]
		x[b] = rotr(x[b]^x[c], v.rot[1])
		x[a] = x[a] + x[b] + m1
		x[e] = rotr(x[e]^x[a], v.rot[2])
		x[c] = x[c] + x[e]
		x[b] = rotr(x[b]^x[c], v.rot[3])
	}
	for r := 0; r < v.rounds; r++ {
		s := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= x[i] ^ x[i+8]
	}
}
