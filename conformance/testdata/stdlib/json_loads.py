import json
from collections import OrderedDict

doc = '{"a": [1, 2.5, -3e2, 1E+2, 0, -0, 12345678901234567890123], "b": {"c": null, "d": true, "e": false}, "s": "x\\u00e9\\ud83d\\ude00\\n\\"\\\\\\/\\b\\f\\r\\t"}'
v = json.loads(doc)
print(v)
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"plain"'), json.loads('3'), json.loads('-1.5'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[1]')), json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('"\\ud800"') == '\ud800', len(json.loads('"\\ud83d\\ude00"')))
print(json.loads('{"x": 1.5, "y": 2}', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, 1]', parse_constant=lambda s: 'C' + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": {"z": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"z": 2}}', object_hook=lambda d: sorted(d.items())))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx [2]', 3))
print(json.loads('"tab\there"', strict=False))
errors = ['', ' ', '"abc', '"\\q"', '"\\u12"', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '1 2',
          'tru', '-', '[', '{', '{"a":', '01', '[1,2', '"a\x01"', '\n\n  [1,\n  x]', '"é" x', '\ufeff[1]']
for s in errors:
    try:
        json.loads(s)
        print('ok?', repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
class File:
    def __init__(self, text=''):
        self.parts = [text]
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
buf = File()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.read())
print(json.load(File('{"back": [true]}')))
print(json.loads(json.dumps(v)) == v)
