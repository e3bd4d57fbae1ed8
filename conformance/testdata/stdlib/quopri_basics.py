# quopri: encodestring/decodestring (quotetabs, header), encode/decode over
# binary files, and its helpers needsquoting, quote, ishex, unhex.
import quopri, io
for s in (b'hello = world\t\n', b'caf\xc3\xa9 _x_ y', b'a' * 100, b'trail \n'):
    for qt in (False, True):
        for h in (False, True):
            e = quopri.encodestring(s, qt, h)
            print(e, quopri.decodestring(e, h) == s)
i, o = io.BytesIO(b'x = \xff\n'), io.BytesIO(); quopri.encode(i, o, True); print(o.getvalue())
i, o = io.BytesIO(o.getvalue()), io.BytesIO(); quopri.decode(i, o); print(o.getvalue())
print(quopri.decodestring('a=3Db_c', header=True), quopri.decodestring(b'soft=\nbreak'))
for c in (b' ', b'\t', b'_', b'=', b'a', b'\x7f', b'\xff', b'~', b'\n'):
    print(c, quopri.needsquoting(c, False, False), quopri.needsquoting(c, True, True), quopri.quote(c))
print(quopri.ishex(b'a'), quopri.ishex(b'g'), quopri.ishex(b'F'), quopri.unhex(b'fF'), quopri.unhex(b'10'), quopri.unhex(b''))
print(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING, sorted(quopri.__all__))
