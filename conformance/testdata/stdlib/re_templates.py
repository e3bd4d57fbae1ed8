import re
# Templates, groups and errors.
m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'hi John Smith')
for tmpl in [r'\g<last>, \g<first>', r'\2 \1', r'[\g<0>]', r'\g<opt>|', r'\n\t\\', r'\101', r'\0', r'x\g<2>0']:
    print(repr(tmpl), repr(m.expand(tmpl)), re.sub(r'(\w+) (\w+)', tmpl.replace('first', '1').replace('last', '2').replace('<opt>', '<1>'), 'a b'))
for bad in [r'\g<9>', r'\g<nope>', r'\g<1', r'\q', r'\g']:
    try:
        m.expand(bad)
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(r'a', lambda m: m.group().upper() * 2, 'banana', count=2), re.subn(r'(?i)N', '-', 'banana'))
print(re.split(r'(\s)(\s)?', 'a b  c'), re.split(r'\W+', 'Words, words, words.', 1), re.split('x', ''))
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'((a)(b))', 'abab'), re.fullmatch(r'a|ab', 'ab'))
p = re.compile(r'(?P<k>\w+)=(?P<v>[^;]*);?')
print(dict(m.group('k', 'v') for m in p.finditer('a=1;b=two;c=')), p.sub(r'\g<v>:\g<k>', 'x=1;y=2'))
print([m.lastgroup for m in p.finditer('a=1;b=2')], p.groupindex['v'], p.groups)
print(re.match(r'(?i)ß', 'SS'), re.match(r'(?i)k', '\u212a'), re.search(r'(?i)[a-z]+', 'ÀbC'))
print(re.compile('a', re.I) == re.compile('a', re.I), re.compile('a') == re.compile('b'), hash(re.compile('x')) == hash(re.compile('x')))
print(re.search(r'\d', 'a1', re.A), re.search(r'\w+', 'naïve', re.ASCII), re.search(r'(?u)\w+', 'naïve'))
print(re.purge(), re.template if False else None, re.escape('\u00e9!'))
print(m.re.pattern, m.pos, m.endpos, m.string, m.start('opt'), m.span(3), m.group(0))
for bad in ['(?P<a>x)(?P<a>y)', '[z-a]', 'x{2,1}', '(?i', 'a**', '\\', '(?Px)']:
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error as e:
        print('error', repr(bad), e.msg)
