import datetime as dt
from email import utils as u

print(u.quote('a"b\\c'), u.unquote('"a\\"b"'), u.unquote('<x>'), u.unquote('"x'),
      u.unquote('x"'), repr(u.unquote('""')), repr(u.unquote('<>')), u.unquote('"'))
for p in [('Alice', 'a@x.org'), ('Bob, Jr.', 'b@x.org'), ('', 'c@x.org'), (None, 'd@x'),
          ('A "q" B', 'e@x'), ('Ünïcode', 'u@x'), ('a.b', 'f@x'), ('x\\y', 'g@x')]:
    print(u.formataddr(p))
print(u.formataddr(('Ünïcode', 'u@x'), 'latin-1'), u.formataddr(('Jörg Müller', 'j@x')))
try:
    u.formataddr(('A', 'é@x'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
for a in ['Alice <alice@example.com>', '"Bob, Jr." <bob@x.org>', 'carol@x.org', '<d@x>',
          'Dave (comment) <d@x>', 'e@x (Eve)', '', 'garbage', 'a@b, c@d',
          '"quoted \\" name" <q@x>', 'Name <a@b', '  spaced  <s@x>  ', 'A B C <abc@x>',
          '@', 'a@', '<>', 'x <y@z> w', '"A" "B" <ab@x>', 'bob@x.org.', 'a.b@c.d',
          'Mr. Smith <s@x>', '=?utf-8?q?J=C3=B6rg?= <j@x>', 'a (b <c@d>) <e@f>',
          'a @ b . c', '"a b"@c', 'joe@[1.2.3.4]', 'Joe <joe@x> (work)', '<a@b> <c@d>',
          'root', 'x:y@z', 'group: a@b, c@d;', 'a@b.com (A) , c@d', '<@route:a@b>',
          'a@b@c', 'A (x (nested) y) <n@x>']:
    print(repr(a), u.parseaddr(a))
print(u.getaddresses(['a@x.org, Bob <b@x.org>', '"C, D" <c@x.org>']), u.getaddresses([]),
      u.getaddresses(['']), u.getaddresses(['a@b,,c@d', 'x']), u.getaddresses(['a@b, c']))
print(u.getaddresses(['group: a@b, c@d;', 'A <a@b>, "B" <b@c> (x)']))

print(u.formatdate(0), u.formatdate(1700000000.5, usegmt=True), u.formatdate(1e9))
print(u.format_datetime(dt.datetime(2024, 2, 29, 13, 5, 9)),
      u.format_datetime(dt.datetime(2024, 2, 29, 13, 5, 9, tzinfo=dt.timezone.utc), usegmt=True),
      u.format_datetime(dt.datetime(2024, 2, 29, 13, 5, 9, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))),
      u.format_datetime(dt.datetime(1999, 12, 31, 23, 59, 59, tzinfo=dt.timezone(-dt.timedelta(minutes=90)))),
      u.format_datetime(dt.datetime(5, 1, 2, 3, 4, 5)))
for bad in [dt.datetime(2024, 2, 29, 13, 5, 9),
            dt.datetime(2024, 2, 29, tzinfo=dt.timezone(dt.timedelta(hours=1)))]:
    try:
        u.format_datetime(bad, usegmt=True)
    except ValueError as e:
        print('ValueError', e)
for s in ['Thu, 29 Feb 2024 13:05:09 -0500', 'Thu, 29 Feb 2024 13:05:09 GMT',
          '29 Feb 2024 13:05 +0100', 'Feb 29 2024 13:05:09', 'Thu, 29 Feb 24 13:05:09 EST',
          'Thu, 29 Feb 99 13:05:09 PDT', 'Thu,29 Feb 2024 13:05:09 +0000',
          'Thursday, 29-Feb-2024 13:05:09 GMT', '29 February 2024 13:05:09 UT',
          'Thu, 29 Feb 2024 13:05:09', 'Thu, 29 Feb 2024 1:5:9 z',
          'Thu 29 Feb 2024 13:05:09 -0000', '2024-02-29', 'garbage', '',
          'Thu, 29 Feb 2024 13:05:09 +05', 'Thu, 29 Feb 2024 13:05:09 XYZ',
          'Thu, 29 Feb 2024 13.05.09 +0000', '29 Feb 2024 13:05:09.123 +0000',
          'Mon, 01 Jan 70 00:00:00 GMT', '1 jan 1999 1:2 am',
          'Thu, 29 Feb 2024 13:05:09 +0000 (UTC)', 'Sun, 06 Nov 1994 08:49:37 GMT',
          'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994',
          '29 Feb 2024 25:05:09 +0000', 'Thu, 29 Feb 2024 13:05:09 -9999',
          '6 Nov 1994 08:49:37+0100', 'Mon, 1 Jan 2024 10:00:00 CDT', '1 Foo 2024 10:00 GMT']:
    print(repr(s), u.parsedate_tz(s), u.parsedate(s))
for s in ['Thu, 29 Feb 2024 13:05:09 +0130', 'Thu, 29 Feb 2024 13:05:09 -0000',
          'Thu, 29 Feb 2024 13:05:09 +0000', 'Thu, 29 Feb 2024 13:05:09 GMT', 'garbage',
          'Thu, 29 Feb 2024 13:05:09', 'Thu, 29 Feb 2024 13:05:09 -0830']:
    try:
        print(repr(u.parsedate_to_datetime(s)))
    except ValueError as e:
        print('ValueError', e)
print(u.mktime_tz(u.parsedate_tz('Thu, 29 Feb 2024 13:05:09 -0500')),
      u.mktime_tz((1970, 1, 1, 0, 0, 0, 0, 1, -1, 0)), u.parsedate_tz(None))
mid = u.make_msgid()
print(mid.startswith('<'), mid.endswith('>'), '@' in mid, mid.count('.') >= 2)
print(u.make_msgid('abc', 'example.com').endswith('.abc@example.com>'),
      u.make_msgid(domain='ex.org').endswith('@ex.org>'))
print(u.decode_rfc2231("utf-8'en'a%20b"), u.decode_rfc2231('plain'), u.encode_rfc2231('a b'),
      u.encode_rfc2231('é', 'utf-8'), u.encode_rfc2231('x', 'utf-8', 'en'))
print(u.collapse_rfc2231_value(('utf-8', '', 'caf\xc3\xa9')), u.collapse_rfc2231_value('"x"'),
      u.collapse_rfc2231_value((None, None, 'abc')), u.collapse_rfc2231_value(('bogus-cs', '', '"q"')))
print(u.decode_params([('text/plain', ''), ('charset', '"utf-8"'),
                       ('title*', "us-ascii'en'This%20is"), ('name*0', 'a'), ('name*1', 'b'),
                       ('f*0*', "utf-8''%C3%A9"), ('f*1', 'x')]))
loc = u.localtime(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
print(loc.tzinfo is not None, loc.utcoffset() == loc.tzinfo.utcoffset(loc),
      u.localtime().tzinfo is not None)
print(sorted(u.__all__))
