import re
for p, s in [(r'a*+a', 'aaa'), (r'a*+b', 'aab'), (r'(ab)++c', 'ababc'), (r'\d{1,3}+0', '1230'), (r'"[^"]*+"', 'x "q" y'),
             (r'(?:a|b)?+b', 'ab'), (r'x++', 'xxx'), (r'[ab]*+', 'abab'), (r'a{2}+', 'aaaa')]:
    print(p, re.findall(p, s), re.search(p, s))
for bad in ['a**', 'a*?+', 'a{2}*', 'a+++']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print('error', bad, e)
