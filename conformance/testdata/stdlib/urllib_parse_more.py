from urllib.parse import (urljoin, quote, quote_plus, quote_from_bytes, unquote,
                          unquote_plus, unquote_to_bytes, parse_qs, parse_qsl,
                          urlencode)
import urllib.parse as up

base = 'http://a/b/c/d;p?q'
for r in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
          ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..',
          '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
          'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
          'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x',
          'http:g', 'http:', 'http:?x', 'https:g', '//h:8/x/../y', 'a//b/../c',
          '../a//./b']:
    print(repr(r), urljoin(base, r))
for b, r in [('http://a/b//c', 'd'), ('http://a', 'b'), ('http://a', '../b'), ('', 'x'),
             ('x', ''), ('mailto:a@b', 'c'), ('ftp://h/x/y', 'z'), ('foo:/a/b', 'c'),
             ('http://a/b/c/', '..'), ('http://a/b', '?'), ('http://a/b?q', '#f'),
             ('http://a/b?q#g', ''), (b'http://a/b/', b'c'), ('http://a/b/c', '//'),
             ('file:///x/y', 'z'), ('svn+ssh://h/a', 'b'), ('http://a/b/c', 'g:/x'),
             ('http://a/b/c', 'http://b/x/../y'), ('http://a/b/c/.', 'd'),
             ('http://a/./b', 'x'), ('http://a/b', 'c/'), ('http://a/b', '/x//y/../z'),
             ('http:', 'g'), ('http:a/b', 'c'), ('http:b', 'g'), ('http://a/b/c', '../../../..'),
             ('http://a/b/c/', './/x'), ('https://h/a/b.html', 'img/c.png')]:
    print(repr(b), repr(r), urljoin(b, r))
print(urljoin('http://a/b#x', 'c', allow_fragments=False),
      urljoin('http://a/b/c#x', '#y', allow_fragments=False))
try:
    urljoin('http://a', b'b')
except TypeError as e:
    print('TypeError', e)

print(quote('a b/c?d=é&~_.-'), quote('a b', safe=''), quote(b'\xff /'),
      quote('é', encoding='latin-1'), quote('€', 'x', 'ascii', 'replace'),
      repr(quote('')), repr(quote(b'')), quote('abc'), quote('/a b', safe=b'/ '),
      quote('aé', safe='é'), quote(bytearray(b'a b')))
print(quote_plus('a b+c/d'), quote_plus(b'a b'), quote_plus('a b', safe='/'),
      quote_plus('x/y'), quote_from_bytes(b'a/b c', safe=''),
      quote_from_bytes(bytearray(b'z z')), quote_from_bytes(bytes(range(0, 256, 15))))
for call in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
             lambda: quote_from_bytes('x'), lambda: quote(5), lambda: quote('é', encoding='ascii')]:
    try:
        print(call())
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
print(unquote('a%20b%C3%A9%e2%82%ac%zz%4'), unquote('%E9', 'latin-1'), unquote('%FF'),
      unquote(b'a%20b'), unquote('é%C3%A9'), repr(unquote('')), unquote('no'),
      unquote('%'), unquote('a%2'), unquote('%41%'), unquote('%C3%A9%C3'))
try:
    unquote('%FF', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(unquote_to_bytes('a%20b%zz%C3'), unquote_to_bytes(b'%41'), unquote_to_bytes(''),
      unquote_to_bytes('é'), unquote_plus('a+b%2B'), unquote_plus('x+%E9', 'latin-1'))
for bad in [None, 5]:
    for f in (unquote, unquote_to_bytes):
        try:
            f(bad)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)

print(parse_qsl('a=1&b=2&a=3&c&d=&=e&f=%20x+y&&g==h'),
      parse_qsl('a=1&c&d=', keep_blank_values=True), parse_qsl(''),
      parse_qsl('a=1;b=2'), parse_qsl('a=1;b=2', separator=';'))
print(parse_qs('a=1&b=2&a=3&c&d='), parse_qs('a=1&d=', True), parse_qsl(b'a=%41&b=+'),
      parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%FF'), parse_qs(b'x=1&x=2'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=1), dict(max_num_fields=2),
           dict(separator=''), dict(separator=None)]:
    for q in ['a=1&b', 'a=1&&b=2', 'x']:
        try:
            print(kw, q, parse_qsl(q, **kw))
        except ValueError as e:
            print(kw, q, 'ValueError', e)
print(parse_qsl(b'a=1&b=2', separator=b'&'), parse_qsl(b'a=1;b=2', separator=';'))
try:
    parse_qsl(b'a=\xe9')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2'], 'd': b'\xff', 'é': None}),
      urlencode([('a', '1'), ('a', '2')]),
      urlencode({'c': ['1', '2'], 'd': (3,), 'e': 'xy', 'f': b'z', 'g': 5, 'h': [b'q']}, doseq=True))
print(urlencode({'a': 'x/y z'}, safe='/'), urlencode({'a': 'x/y z'}, quote_via=quote),
      urlencode({'a': 'é'}, encoding='latin-1'), repr(urlencode({})), repr(urlencode([])),
      urlencode({b'k': b'v'}), urlencode((('q', 'a&b=c'),)))
for q in ['abc', [1, 2], 5, None]:
    try:
        print(urlencode(q))
    except TypeError as e:
        print('TypeError', e, repr(e.__cause__)[:9])
print(up.uses_relative, up.uses_netloc, up.uses_params, up.non_hierarchical,
      up.uses_query, up.uses_fragment, up.scheme_chars)
print(sorted(up.__all__))
print(up.unwrap('<URL:http://x>'), up.unwrap('x'))
