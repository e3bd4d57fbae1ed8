# re.sub/subn with a function: its result replaces the match, None meaning
# nothing; str and bytes patterns; count; groups seen by the function.
import re

print(re.sub('a', lambda m: None, 'banana'))
print(re.subn(b'a', lambda m: None, b'banana'))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333', count=2))
print(re.subn(r'(?P<w>\w)(\d)?', lambda m: repr(m.groups()) if m.group(2) else None, 'a1 b c3'))
print(re.sub(r'x*', lambda m: '<%s>' % m.group(), 'axxb'))
print(re.sub(rb'[aeiou]', lambda m: m.group().upper(), b'education'))
for bad in [5, b'x']:
    try:
        re.sub('a', lambda m: bad, 'a')
    except TypeError as e:
        print('TypeError')
