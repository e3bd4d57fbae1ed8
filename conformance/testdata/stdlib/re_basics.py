import re

print(re.search(r'\d+', 'abc 123 def 45'))
m = re.search(r'(?P<word>[a-z]+)-(?P<num>\d+)', 'xx foo-42 yy')
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(1, 'num'), m[2], m['word'])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span('num'), m.start(2), m.end(1))
print(m.lastindex, m.lastgroup, m.string, m.pos, m.endpos, m.re.pattern, m.regs)
print(m.expand(r'\g<num>:\1 \g<2> [\n]'))
print(re.match(r'a', 'ba'), re.match(r'b', 'ba'), re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w', 'abc'))
print(re.findall(r'\d', 'a1b2c3'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'(\w)\d', 'a1 b2'))
print([m.span() for m in re.finditer(r'o', 'foo boo')])
print(re.sub(r'\d+', '#', 'a1b22c333'), re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'), re.sub(r'x', 'y', 'xxx', count=2))
print(re.sub(r'(?P<n>\d)', r'<\g<n>>', 'a1b2'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.subn(r'a', 'b', 'banana'), re.sub('x*', '-', 'abxd'), re.sub(r'', '-', 'abc'))
print(re.split(r',\s*', 'a, b,c,   d'), re.split(r'(,)', 'a,b,c'), re.split(r',', 'a,b,c', maxsplit=1))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'hi there'), re.split('(a)|(b)', 'xaybz'))
print(re.findall(r'', 'ab'), re.findall(r'a*', 'baac'))
print(re.escape('a.b*c?d[e]f (g) {h} ^$ \\ | + - # & ~ x y_z'), re.escape(b'a.b'))
p = re.compile(r'(?i)hello')
print(p, p.flags == re.I | re.U, p.search('Say HELLO'), p.pattern, p.groups, p.groupindex)
print(re.compile(r'a', re.I | re.M), re.compile(b'x'), re.compile(r'(a)(?P<b>b)').groupindex)
print(re.compile('^b', re.M).findall('a\nb\nb'), re.findall('^b', 'a\nb'), re.findall('a.b', 'a\nb', re.S))
print(re.findall(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]+)  # word
''', '12 ab 3cd', re.X))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\d', '٣3'))
print(re.search(r'(?<=\$)\d+', 'cost $45'), re.search(r'\d+(?!px)\b', '12px 34em'), re.search(r'(?<!a)b', 'abcb'))
print(re.search(r'(a)(?:b)(c)?', 'ab').groups(), re.search(r'(a)(c)?', 'ab').groups('-'), re.search(r'(a)|b', 'b').groups())
print(re.search(r'(\w)\1', 'abccd'), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" ok'))
print(re.search(r'(a)?(?(1)b|c)', 'c'), re.search(r'x{2,3}', 'xxxx'), re.search(r'x{,2}y', 'xxxy'), re.search(r'a{', 'a{'))
print(re.match(r'\Aab\Z', 'ab'), re.match(r'\Aab\Z', 'ab\n'), re.match(r'ab$', 'ab\n'))
print(re.search(r'[\d.-]+', 'v-1.5x'), re.search(r'[]a]+', 'x]a]'), re.search(r'[^\s]+', '  ab c'))
p = re.compile(r'\d+')
print(p.search('a12b345', 3), p.match('a12', 1), p.search('12345', 1, 3), p.findall('1 22 333', 2))
print(re.search('é+', 'aééb').span(), re.sub('(?i)straße', 'X', 'STRASSE Straße'))
print(re.search(r'((a)b)', 'ab').lastindex, re.search(r'(a)(b)', 'ab').lastindex, re.search(r'(?P<x>a)(b)?', 'a').lastgroup)
print(re.search(b'(\\d+)', b'ab12').group(1), re.sub(b'a', b'b', b'aXa'), re.findall(rb'\w+', b'hi there'))
for bad in ['(', 'a)', '[a', '*a', r'\q', '(?P<1>a)', r'(?P=x)', 'a{3,2}', r'\1']:
    try:
        re.compile(bad)
    except re.error as e:
        print('error', repr(bad), e.msg, e.pos)
try:
    re.sub('a', r'\9', 'a')
except re.error as e:
    print('error', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
print(re.I, re.M | re.S, repr(re.A), int(re.X), re.NOFLAG)
m = re.match(r'(\d+)', '42')
print(bool(m), m[0], m.group(1), re.match('x', 'y') is None)
