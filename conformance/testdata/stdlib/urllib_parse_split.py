from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse,
                          urldefrag, SplitResult, ParseResult, DefragResult)

for u in ['  \x00http://a/b\t\nc?d#e', 'HTTP://User:Pw@Host:80/p;x?q#f',
          'http://h/p;a/b;c?q', 'mailto:x;y', '1http://x', 'a+b-c.d:x',
          'path:80', '//h/p', 'h:8080/x', 'http://[::1]:80/', 'http://[v1.x]/',
          'file:///etc/hosts', 'http://h?q', 'http://h#f', '', '?a=b', '#x',
          'http://a/b/c;p?q#f', 'ftp://u@h:21/d/f.txt;type=a']:
    print(repr(u))
    print('  ', urlsplit(u))
    print('  ', urlparse(u))
    print('  ', urlunsplit(urlsplit(u)), urlunparse(urlparse(u)))

for u in ['http://[::1/', 'http://::1]/', 'http://[zz]/', 'http://[1.2.3.4]/',
          'http://[fe80::1::2]/', 'http://[::ffff:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:8]/',
          'http://[1:2:3:4:5:6:7:8:9]/']:
    try:
        print(urlsplit(u))
    except ValueError as e:
        print('ValueError', e)

r = urlsplit('http://u:p@[FE80::1%25Eth0]:99/x')
print(r.hostname, r.port, r.username, r.password)
r = urlsplit(b'http://U@H:1/')
print(r, r.hostname, r.username, r.password, r.port, r.geturl(), r.decode())
for u in ['http://h:x/', 'http://h:99999/', 'http://h:/', 'http://h:-1/',
          'http://h:\uff11/', 'http://h:0', 'http://h:65535']:
    try:
        print(repr(u), urlsplit(u).port)
    except ValueError as e:
        print('ValueError', e)
try:
    urlsplit(b'http://h:x/').port
except ValueError as e:
    print('ValueError', e)
for u in ['HTTP://u:@H', 'http://@h', 'http://h', 'http://[::1]', 'http://',
          'http://h:80', 'http://a:b@c:d@e:5']:
    r = urlsplit(u)
    print(repr(u), r.username, r.password, r.hostname)

print(urlsplit('http://a/b#c', allow_fragments=False), urlsplit('x', scheme='https'),
      urlsplit(b'x', b'ftp'), urlparse('x', 'tel'))
try:
    urlsplit(b'http://a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    urlsplit(b'http://\xe9')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

print(urlunsplit(('http', '', '/p', '', '')), urlunsplit(('http', '', 'p', '', '')),
      urlunsplit(('', '', '//p', '', '')), urlunsplit(('mailto', '', 'x@y', '', '')),
      urlunsplit(('http', 'h', '', '', '')), urlunsplit(('file', '', '//x', 'q', '')))
print(urlunsplit(('', 'h', 'p', 'q', 'f')), urlunparse(('http', 'h', '/p', 'a', 'q', 'f')),
      urlunparse(('http', 'h', '/p', '', '', '')), urlunparse([b'https', b'h', b'/', b'', b'x=1', b'']))
print(urlunsplit(['a', 'b', 'c', 'd', 'e']))

print(urldefrag('http://a/b#c'), urldefrag(b'x#y'), urldefrag('abc'),
      urldefrag('http://a/b;p?q#f').geturl(), urldefrag('http://a/b;p?q#f').url)
d = urldefrag('a#b')
print(d.encode(), d.encode().decode(), d.url, d.fragment, d[0], tuple(d))

s = urlsplit('http://a/b?c#d')
print(s.encode(), s._replace(fragment='').geturl(), s.scheme, s[2], len(s))
p = urlparse('http://x/;p')
print(p.encode('ascii').geturl(), p.params, ParseResult('s', 'n', '/p', 'a', 'q', 'f').geturl())
print(SplitResult('http', 'h:8', '/', '', '').port, type(s).__name__, type(s.encode()).__name__)
print(isinstance(s, tuple), SplitResult._fields, ParseResult._fields, DefragResult._fields)
a, b, c, d, e = s
print(a, b, c, d, e)
