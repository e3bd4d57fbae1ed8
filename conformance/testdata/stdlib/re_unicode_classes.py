# re's \w, \s and \b on str patterns follow str.isalnum()/str.isspace()
# (numbers of every kind are word characters, combining marks are not), and
# an ASCII pattern's flags leave out UNICODE.
import re

sample = 'a\u0301\u0903\xb2\xbd\u216b_\u203f\u0663z'
print(ascii(re.findall(r'\w', sample)))
print(ascii(re.findall(r'[\w]', sample)))
print(ascii(re.findall(r'\W', sample)))
print(ascii(re.findall(r'[\w.-]+', 'x\u0301y.\xb2-z!')))
print(ascii(re.findall(r'\w+', 'caf\xe9 na\u0131ve \u216b\u216c 42\xb9')))
print(ascii(re.findall(r'\w', sample, re.ASCII)))

spaces = ''.join(map(chr, range(0x3001)))
print(ascii(re.findall(r'\s', spaces)))
print(ascii([c for c in spaces if c.isspace()] == re.findall(r'\s', spaces)))
print(ascii(re.findall(r'[\s,]+', 'a,\x1c b\x1f\u3000c')))
print(ascii(re.split(r'\s+', 'a\x1cb\x1dc\x1ed\x1fe f')))
print(ascii(re.findall(r'\S+', 'a\x1fb c')))
print(ascii(re.findall(r'\s', spaces, re.ASCII)))

print(ascii(re.findall(r'\b\w+\b', 'x\u0301y \xb2z \u216bth')))
print(ascii(re.sub(r'\b', '|', 'ab \xb2c')))
print(ascii(re.findall(r'\Bb\B', 'abc \xb2b\xb2')))
print(ascii(re.findall(r'\bfox\b', 'fox foxes the fox.')))

for flags in [0, re.A, re.I, re.A | re.I, re.U, re.M | re.A]:
    p = re.compile(r'\w', flags)
    print(int(p.flags), p.flags == re.compile(r'\w', flags).flags)
print(int(re.compile(r'(?a)\w').flags), int(re.compile(br'\w').flags))
