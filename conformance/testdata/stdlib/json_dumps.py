import json

data = {'name': 'Ünïcode ☃ 😀', 'n': 1, 'f': 1.5, 'big': 2**70, 'neg': -0.0, 't': True, 'x': None,
        'list': [1, 2.25, 'three', [], {}], 'tuple': (1, 2), 'nested': {'a': {'b': [1e100, 1e-7, 0.1]}}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')))
print(json.dumps({'a': 1}, indent=2, separators=(', ', ' = ')))
print(json.dumps({3: 'int', 1.5: 'float', True: 'bool', None: 'none', 'z': 'str'}))
print(json.dumps({(1, 2): 'tuple', 'ok': 1}, skipkeys=True))
print(json.dumps('quote " backslash \\ newline \n tab \t ctrl \x01 del \x7f'))
print(json.dumps('quote " ctrl \x01 del \x7f é', ensure_ascii=False))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps(3), json.dumps('s'), json.dumps(None), json.dumps(1e16), json.dumps(123456789.123))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Point):
            return {'point': [o.x, o.y]}
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'p': Point(5, 6)}, cls=Enc))
print(Enc(indent=1).encode([{'a': {1}}]))
print(''.join(json.JSONEncoder().iterencode({'k': [1, 2]})))

class MyInt(int):
    pass
class MyStr(str):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyStr('s'), MyDict(a=1), True, False]))

for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps(Point(1, 2)),
            lambda: json.dumps([float('nan')], allow_nan=False), lambda: json.dumps({(1,): 2}),
            lambda: json.dumps({'b': 1, 2: 3}, sort_keys=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
