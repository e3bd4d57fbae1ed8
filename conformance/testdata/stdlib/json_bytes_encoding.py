# json.loads of bytes finds the encoding from a byte order mark or from the
# zero bytes around the first ASCII character; json.detect_encoding tells it.
import json

for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
            'utf-32-le', 'utf-32-be']:
    for doc in ['[1, "\xe9\u20ac\U0001F600"]', '5', '{}', '"x"']:
        b = doc.encode(enc)
        same = json.loads(b) == json.loads(doc) == json.loads(bytearray(b))
        print(enc, ascii(doc), json.detect_encoding(b), same)
for b in [b'', b'1', b'\x00', b'12', b'\x001', b'1\x00', b'\xff\xfe']:
    print(b, json.detect_encoding(b))
try:
    json.loads(b'\xff\xfe\x00')
except (ValueError, UnicodeDecodeError) as e:
    print(type(e).__name__)
