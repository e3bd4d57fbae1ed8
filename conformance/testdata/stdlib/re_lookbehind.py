import re
for p in ['(?<=a+)b', 'x(?<!ab|c)d', '(?<=a{2})b', '(?<=a{1,2})b', '(?<=(a|bc))', '(?<=[ab]\\d)x', '(?<=\\bx)', '(?<=a?)',
          '(?<=ab|cd)x', '(?<=(?:ab){2})x', '(?<=\\$)\\d+', '(?<!\\d)\\d{2}(?!\\d)', '(?<=(?P<n>ab))c', '(?<=a(?=b))b',
          '(?<=a{0})b', '(?<=\\x41)b', '(?<=[^]])x']:
    try:
        c = re.compile(p)
        print('ok', p, c.findall('aab abx cdx $12 ababx'))
    except re.error as e:
        print(p, e.msg, e.pos)
