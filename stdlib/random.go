package stdlib

import (
	crand "crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math/big"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The random module: a Mersenne Twister (MT19937) core in Go, seeded as
// CPython seeds it so that the same seed gives the same numbers, and the
// distributions in Python (randomPrelude) following CPython's algorithms
// call for call.

const mtN, mtM = 624, 397

// mt is the generator state.
type mt struct {
	state [mtN]uint32
	index int
}

func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

func (m *mt) next() uint32 {
	if m.index >= mtN {
		const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
		for kk := 0; kk < mtN; kk++ {
			y := m.state[kk]&upper | m.state[(kk+1)%mtN]&lower
			v := m.state[(kk+mtM)%mtN] ^ (y >> 1)
			if y&1 != 0 {
				v ^= matrixA
			}
			m.state[kk] = v
		}
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (m *mt) random() float64 {
	a, b := m.next()>>5, m.next()>>6
	return (float64(a)*67108864 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds from a non-negative integer's 32-bit words, least
// significant first.
func (m *mt) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)), uint32(uint64(w)>>32))
		} else {
			key = append(key, uint32(w))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

const bitsPerWord = 32 << (^uint(0) >> 63)

// getrandbits returns k random bits as a Python int.
func (m *mt) getrandbits(k int) interp.Value {
	if k <= 32 {
		return interp.Int(m.next() >> (32 - k))
	}
	if k < 63 {
		hi := uint64(0)
		lo := uint64(m.next())
		hi = uint64(m.next() >> (64 - k))
		return interp.Int(hi<<32 | lo)
	}
	n := (k-1)/32 + 1
	buf := make([]byte, n*4)
	for i := 0; i < n; i++ {
		r := m.next()
		if k < 32 {
			r >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[(n-1-i)*4:], r)
		k -= 32
	}
	return interp.MakeBig(new(big.Int).SetBytes(buf))
}

var randomType *interp.Type

// mtOf returns the generator of a Random instance.
func mtOf(v interp.Value) (*mt, error) {
	if o, ok := v.(*interp.Object); ok {
		v = o.Base
	}
	if g, ok := v.(*mt); ok {
		return g, nil
	}
	return nil, argErr("descriptor requires a '_random.Random' object")
}

// Type returns _random.Random.
func (*mt) Type() *interp.Type { return randomType }

func init() {
	randomType = newType("Random", "_random", funcs{
		"random": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			g, err := mtOf(args[0])
			if err != nil {
				return nil, err
			}
			if len(args) > 1 {
				return nil, argErr("Random.random() takes no arguments (%d given)", len(args)-1)
			}
			return interp.Float(g.random()), nil
		},
		"getrandbits": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			g, err := mtOf(args[0])
			if err != nil {
				return nil, err
			}
			var k int
			if err := interp.UnpackArgs("getrandbits", args[1:], kw, "k", &k); err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, interp.Errorf(interp.ValueErrorType, "number of bits must be non-negative")
			}
			if k == 0 {
				return interp.Int(0), nil
			}
			if k > 1<<32 {
				return nil, interp.NewException(interp.MemoryErrorType)
			}
			return g.getrandbits(k), nil
		},
		"seed":     randomSeed,
		"getstate": randomGetstate,
		"setstate": randomSetstate,
	})
	randomType.New = func(t *interp.Thread, cls *interp.Type, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		g := &mt{}
		g.seedTime()
		if cls == randomType {
			return g, nil
		}
		return &interp.Object{Class: cls, Dict: interp.NewDict(), Base: g}, nil
	}
	register("_random", func(t *interp.Thread, m *interp.Module) error {
		m.Dict.SetStr("Random", randomType)
		return nil
	}, "")
	register("random", func(t *interp.Thread, m *interp.Module) error {
		m.Dict.SetStr("_Random", randomType)
		setFuncs(m.Dict, funcs{"_urandom": osUrandom})
		return nil
	}, randomPrelude)
}

func (g *mt) seedTime() {
	var b [32]byte
	if _, err := crand.Read(b[:]); err != nil {
		binary.LittleEndian.PutUint64(b[:], uint64(time.Now().UnixNano()))
	}
	g.seedInt(new(big.Int).SetBytes(b[:]))
}

func randomSeed(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	g, err := mtOf(args[0])
	if err != nil {
		return nil, err
	}
	var a interp.Value = interp.None
	version := 2
	if err := interp.UnpackArgs("seed", args[1:], kw, "a?", &a, "version?", &version); err != nil {
		return nil, err
	}
	if o, ok := a.(*interp.Object); ok && o.Base != nil {
		switch o.Base.(type) {
		case interp.Int, *interp.BigInt, interp.Str, interp.Bytes:
			a = o.Base
		}
	}
	switch x := a.(type) {
	case interp.NoneType:
		g.seedTime()
	case interp.Int, *interp.BigInt, interp.Bool:
		n, _ := toBig(x)
		g.seedInt(n)
	case interp.Float:
		h, err := interp.Hash(t, x)
		if err != nil {
			return nil, err
		}
		g.seedInt(big.NewInt(h))
	case interp.Str, interp.Bytes, *interp.ByteArray:
		var data []byte
		if s, ok := x.(interp.Str); ok {
			data = []byte(string(s))
		} else {
			s, _ := asBytes(x)
			data = []byte(s)
		}
		if version == 1 {
			if s, ok := x.(interp.Str); ok {
				g.seedInt(seedV1([]rune(string(s))))
			} else {
				g.seedInt(seedV1(byteRunes(string(data))))
			}
			break
		}
		sum := sha512.Sum512(data)
		g.seedInt(new(big.Int).SetBytes(append(data, sum[:]...)))
	default:
		return nil, argErr("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	return interp.None, nil
}

// seedV1 is the version 1 seed of a str or bytes (as Latin-1): a hash
// of its characters on 64 bits.
func seedV1(rs []rune) *big.Int {
	if len(rs) == 0 {
		return big.NewInt(0)
	}
	x := uint64(rs[0]) << 7
	for _, r := range rs {
		x = 1000003*x ^ uint64(r)
	}
	x ^= uint64(len(rs))
	return new(big.Int).SetUint64(x)
}

func randomGetstate(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	g, err := mtOf(args[0])
	if err != nil {
		return nil, err
	}
	st := make(interp.Tuple, mtN+1)
	for i, w := range g.state {
		st[i] = interp.Int(w)
	}
	st[mtN] = interp.Int(g.index)
	return st, nil
}

func randomSetstate(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	g, err := mtOf(args[0])
	if err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, argErr("setstate() takes exactly one argument (%d given)", len(args)-1)
	}
	st, ok := args[1].(interp.Tuple)
	if !ok {
		return nil, argErr("state vector must be a tuple")
	}
	if len(st) != mtN+1 {
		return nil, interp.Errorf(interp.ValueErrorType, "state vector is the wrong size")
	}
	var ns [mtN]uint32
	for i := 0; i < mtN; i++ {
		n, ok := st[i].(interp.Int)
		if !ok || n < 0 || n > 0xffffffff {
			return nil, interp.Errorf(interp.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		ns[i] = uint32(n)
	}
	idx, ok := st[mtN].(interp.Int)
	if !ok || idx < 0 || idx > mtN {
		return nil, interp.Errorf(interp.ValueErrorType, "invalid state")
	}
	g.state = ns
	g.index = int(idx)
	return interp.None, nil
}

const randomPrelude = `
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

def _bisect_right(a, x, hi):
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def _index(v, argn):
    try:
        return v.__index__()
    except AttributeError:
        pass
    if type(v) is float or isinstance(v, float):
        iv = int(v)
        if iv != v:
            raise ValueError('non-integer %s for randrange()' % argn)
        return iv
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)

class Random(_Random):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version not in (1, 2) and isinstance(a, (str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
        _Random.seed(self, a, version)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, _Random.getstate(self), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            _Random.setstate(self, internalstate)
        else:
            raise ValueError('state with version %s passed to Random.setstate() of version %s' % (version, self.VERSION))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that supplies only random() draws integers from it.
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _index(stop, 'stop')
        width = istop - istart
        istep = _index(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)) or not hasattr(population, '__getitem__') or not hasattr(population, '__len__'):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum = []
            total = 0
            for c in counts:
                total = total + c
                cum.append(total)
            if len(cum) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(cum, s, len(cum))] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            try:
                cum_weights = []
                total = 0
                for w in weights:
                    total = total + w
                    cum_weights.append(total)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword argument: k=%d' % k) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, hi)] for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

class SystemRandom(Random):
    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
`
