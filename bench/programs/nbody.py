"""A small gravity simulation: bodies on a plane-ish orbit, stepped with
semi-implicit Euler, printing the energy before and after."""


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.pos = [x, y, z]
        self.vel = [vx, vy, vz]
        self.mass = mass


def make_system():
    # A heavy central body and four lighter ones at made-up distances.
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0)]
    for k in range(1, 5):
        r = 1.5 * k
        speed = (40.0 / r) ** 0.5
        bodies.append(Body(r, 0.1 * k, -0.05 * k, 0.0, speed, 0.01 * k, 0.02 * k))
    return bodies


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        v2 = a.vel[0] ** 2 + a.vel[1] ** 2 + a.vel[2] ** 2
        e += 0.5 * a.mass * v2
        for b in bodies[i + 1:]:
            dx = a.pos[0] - b.pos[0]
            dy = a.pos[1] - b.pos[1]
            dz = a.pos[2] - b.pos[2]
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def step(bodies, pairs, dt):
    for a, b in pairs:
        pa = a.pos
        pb = b.pos
        dx = pa[0] - pb[0]
        dy = pa[1] - pb[1]
        dz = pa[2] - pb[2]
        d2 = dx * dx + dy * dy + dz * dz
        mag = dt / (d2 * d2 ** 0.5)
        ma = a.mass * mag
        mb = b.mass * mag
        va = a.vel
        vb = b.vel
        va[0] -= dx * mb
        va[1] -= dy * mb
        va[2] -= dz * mb
        vb[0] += dx * ma
        vb[1] += dy * ma
        vb[2] += dz * ma
    for body in bodies:
        p = body.pos
        v = body.vel
        p[0] += dt * v[0]
        p[1] += dt * v[1]
        p[2] += dt * v[2]


bodies = make_system()
pairs = [(bodies[i], bodies[j]) for i in range(len(bodies))
         for j in range(i + 1, len(bodies))]
print("energy before: %.9f" % energy(bodies))
for _ in range(60000):
    step(bodies, pairs, 0.001)
print("energy after: %.9f" % energy(bodies))
print("first planet: %.6f %.6f %.6f" % tuple(bodies[1].pos))
