import math
import sys
import random
import statistics
import array

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

BODIES = {
    "sun": ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
    "jupiter": ([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
                [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR, -6.90460016972063023e-05 * DAYS_PER_YEAR],
                9.54791938424326609e-04 * SOLAR_MASS),
    "saturn": ([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
               [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR],
               2.85885980666130812e-04 * SOLAR_MASS),
    "uranus": ([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
               [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR, -2.96589568540237556e-05 * DAYS_PER_YEAR],
               4.36624404335156298e-05 * SOLAR_MASS),
    "neptune": ([1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
                [2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR],
                5.15138902046611451e-05 * SOLAR_MASS),
}
SYSTEM = list(BODIES.values())
PAIRS = [(SYSTEM[i], SYSTEM[j]) for i in range(len(SYSTEM)) for j in range(i + 1, len(SYSTEM))]

def advance(dt, n, bodies=SYSTEM, pairs=PAIRS):
    for _ in range(n):
        for ([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2) in pairs:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m, b2m = m1 * mag, m2 * mag
            v1[0] -= dx * b2m; v1[1] -= dy * b2m; v1[2] -= dz * b2m
            v2[0] += dx * b1m; v2[1] += dy * b1m; v2[2] += dz * b1m
        for r, [vx, vy, vz], m in bodies:
            r[0] += dt * vx; r[1] += dt * vy; r[2] += dt * vz

def energy(bodies=SYSTEM, pairs=PAIRS):
    e = 0.0
    for ((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2) in pairs:
        e -= (m1 * m2) / math.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2 + (z1 - z2) ** 2)
    for r, [vx, vy, vz], m in bodies:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.0
    return e

def offset_momentum(ref, bodies=SYSTEM):
    px = py = pz = 0.0
    for r, [vx, vy, vz], m in bodies:
        px -= vx * m; py -= vy * m; pz -= vz * m
    r, v, m = ref
    v[:] = [px / m, py / m, pz / m]

offset_momentum(BODIES["sun"])
print(f"{energy():.9f}")
advance(0.01, 2000)
print(f"{energy():.9f}")

def spectral_norm(n):
    def A(i, j):
        return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    def Av(v):
        return [sum(A(i, j) * v[j] for j in range(n)) for i in range(n)]
    def Atv(v):
        return [sum(A(j, i) * v[j] for j in range(n)) for i in range(n)]
    u = [1.0] * n
    for _ in range(10):
        v = Atv(Av(u))
        u = Atv(Av(v))
    vBv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return math.sqrt(vBv / vv)

print(f"{spectral_norm(50):.9f}")
random.seed(42)
xs = [random.random() for _ in range(1000)]
print(round(statistics.mean(xs), 6), round(statistics.median(xs), 6), round(statistics.stdev(xs), 6))
print(random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), round(random.uniform(1, 2), 6))
deck = list(range(10)); random.shuffle(deck); print(deck, round(random.gauss(0, 1), 6))
print(statistics.mode([1, 2, 2, 3]), statistics.median([1, 3, 2, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.fmean([1, 2, 3]))
arr = array.array("d", [1.5, 2.5])
arr.append(3.0)
print(arr, arr.tolist(), sum(arr), arr.typecode, arr.itemsize)
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2, math.fsum([0.1] * 10), sum([0.1] * 10), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(2.1), round(2.5), round(3.5), round(-0.5), round(1.23456, 3), math.trunc(-3.7), math.hypot(3, 4), math.log(8, 2), math.log10(1000), math.factorial(20))
print(float("nan") != float("nan"), math.isnan(math.nan), 1e16 + 1, 2 ** 0.5, 10 ** -2, 7 / 2, 2 ** 100, (-8) ** (1 / 3), int("ff", 16), int("0b101", 0), hex(255), oct(8), bin(-5))
print(f"{math.pi:.15f} {math.e:10.4f} {1e-7} {1.5e300 * 1e10} {123456789.0} {1e16} {0.000123} {-0.0}", sys.float_info.epsilon, sys.maxsize)
