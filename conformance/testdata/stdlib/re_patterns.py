import re
pats = [r'\d+', r'[A-Z][a-z]+', r'(\w+)@(\w+)\.(com|org)', r'^\s*#.*$', r'(?m)^(\w+):', r'\bthe\b', r'(?i)THE',
        r'a|b|c', r'(a|ab)(c|bcd)(d*)', r'(?P<x>\d)(?P=x)', r'(\d)(?:\.(\d))?', r'[^\W\d_]+', r'\s+', r'.*?,', r'x*',
        r'(?<=-)\w+', r'(?<!\d)\d{2}(?!\d)', r'[\u00e0-\u00ff]+', r'\$\d+(\.\d\d)?', r'(?s)<b>.*</b>', r'<b>.*?</b>',
        r'^$', r'$', r'\Z', r'(?x) a \  b  # comment', r'[-+]?\d*\.?\d+([eE][-+]?\d+)?', r'(a)?b', r'((a)|b)+',
        r'[\w.-]+', r'\W+', r'(\w)(\w)?(\w)?', r'\t|\n', r'[]]', r'[a-]+', r'\\', r'(?:ab){2,}', r'a{2}', r'\x41\101',
        r'[\d\s]+', r'(?a)\w+', r'\D+', r'\S+', r'(?i)[a-c]+', r'é+', r'\bé', r'(?i)é']
subjects = ['The cat sat on the mat, the end.', 'mail bob@example.com and amy@site.org now', '  # comment\nkey: val\nother: 2',
            'abcd abd acbd', '11 22 333 4.5 1.23', 'price $10 and $3.50, -dash', 'été à côté', '<b>x</b><b>y</b>',
            '', '\n', 'ab\n', 'aabab abab', 'a b  c\td', 'x-1 y-22 zz', '1e10 -2.5 +.3 7E-2', 'A', 'hello_world 42']
for p in pats:
    try:
        c = re.compile(p)
    except re.error as e:
        print(p, 'error', e)
        continue
    for s in subjects:
        try:
            r = (c.findall(s), c.sub('<\\g<0>>', s), c.split(s), [m.span() for m in c.finditer(s)],
                 c.match(s) and c.match(s).groups(), c.search(s) and c.search(s).lastindex)
        except Exception as e:
            r = type(e).__name__
        print(repr(p), repr(s), r)
