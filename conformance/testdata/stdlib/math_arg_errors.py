import math, cmath, random, json, re, struct, time
tests = [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.atan2(1), lambda: math.log(), lambda: math.gcd(1.5),
         lambda: math.isclose(1), lambda: math.pow(1), lambda: math.hypot('a'), lambda: math.floor('x'),
         lambda: math.factorial('5'), lambda: math.comb(1), lambda: math.perm(1, 2, 3), lambda: math.fsum(1),
         lambda: math.prod(1), lambda: math.ldexp(1.0, 1.5), lambda: math.copysign('a', 1), lambda: math.isqrt(2.0),
         lambda: math.dist([1], 2), lambda: math.trunc(), lambda: math.frexp('x'),
         lambda: random.randint(1), lambda: random.choice(5), lambda: random.shuffle(5), lambda: random.seed({}),
         lambda: json.dumps(), lambda: json.loads(), lambda: re.compile(), lambda: re.sub('a'),
         lambda: struct.pack(), lambda: time.sleep(), lambda: time.strftime(5), lambda: cmath.sqrt(), lambda: math.log(1, 2, 3)]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
