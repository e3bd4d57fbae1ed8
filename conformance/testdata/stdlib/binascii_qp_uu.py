# binascii.b2a_qp/a2b_qp (quotetabs, istext, header, soft line breaks, CRLF
# input) and b2a_uu/a2b_uu (backtick, short and padded lines, errors).
import binascii
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = [b'', b'hello', b'h\xe9llo = world\t\n', b'trailing space \nnext\t\r\nline', b'crlf\r\nfirst\nthen lf ', b'.\n.x\n.', b'x' * 200,
           b'a' * 74 + b'=b', b'a' * 75 + b'\n' + b'b' * 76 + b'\n' + b'c' * 77, b'under_score and spaces', b'tab\there\x00nul\x7f\x80\xff', b' ', b'\t', b'a\r\nb\r', b'=' * 30,
           bytes(range(256))]
for s in samples:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}, {'quotetabs': 1, 'istext': 0, 'header': 1}):
        e = binascii.b2a_qp(s, **kw)
        print(kw, e, binascii.a2b_qp(e, header=bool(kw.get('header'))) == s)
for e in (b'=41=42', b'soft=\nbreak', b'soft=\r\nbreak', b'soft=  \nx', b'lone=', b'==41', b'=4', b'=4g', b'=zz', b'under_score', 'str=41', b'=\r', b'a=\rb\nc', b'=e9=E9'):
    t(lambda: binascii.a2b_qp(e)); t(lambda: binascii.a2b_qp(e, header=True))
t(lambda: binascii.a2b_qp('é'))
for s in (b'', b'a', b'ab', b'abc', b'\x00\x00\x00', bytes(range(45)), b'Cat', b'\xff' * 10):
    for bt in (False, True):
        e = binascii.b2a_uu(s, backtick=bt)
        print(e, binascii.a2b_uu(e) == s)
t(lambda: binascii.b2a_uu(b'x' * 46))
for e in (b'', b'\n', b' ', b'!', b'#86)C', b'#86)C\n', b'#86)C  \n', b'#86)C```', b'#86)C\x01', b'#86', b'#86)C x', b'#8\x016)C', 'str', b'`', b'$86)C'):
    t(lambda: binascii.a2b_uu(e))
t(lambda: binascii.b2a_uu('str'))
t(lambda: binascii.b2a_qp('str'))
