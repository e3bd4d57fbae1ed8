# format() with widths and precisions too long to parse or to build raises
# CPython's ValueError or MemoryError instead of crashing the interpreter.
cases = [(1.0, '.99999999999f'), (1, '99999999999'), ('a', '.99999999999'),
         (1, '.99999999999'), (1, '1000000000000000000000'),
         (2.5, '.1000000000000000000000'), (True, '99999999999'),
         ('ab', '99999999999'), (3.5, '>99999999999'), (7, '0=99999999999')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, MemoryError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
try:
    '{:{}}'.format(1, 10 ** 30)
except ValueError as e:
    print('nested', e)
print(repr(format(5, '010')), repr(format(2.5, '.3f')))
