import html
tests = ['&#0;','&#x80;','&#x81;','&#x8d;','&#128','&#xD800;','&#x110000;','&#1;','&#xb;','&#x7f;','&#xfdd0;','&#xfffe;','&#x1ffff;','&#x10fffe;','&#65','&#x41x','&amp','&ampx','&notit;','&notin;','&noti','&zz;','&#;','&#x;','&', '&#99999999999999;','&AMP;','&Amp;','&#x9;','&#xd;','&#xe;','&#0065;','&#X41;','a &lt;b&gt; &quot;c&quot; &#39;d&#x27; &eacute;&Eacute &hellip; &copy2026 &euro;','no refs', '&&amp;&;', '&nbsp;&nbsp', '&LT;&GT;&QUOT;&REG;&COPY;']
for s in tests:
    print(repr(s), repr(html.unescape(s)))
for cp in list(range(0, 0x100)) + [0xfdcf, 0xfdd0, 0xfdef, 0xfdf0, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1fffe, 0x10ffff]:
    r = html.unescape('&#%d;' % cp)
    if r != chr(cp):
        print(hex(cp), ascii(r))
print(html.escape('<a href="x">\'&</a>'))
print(html.escape('"\'<>&', False))
print(html.escape(''), html.unescape(''))
print(html.unescape(html.escape('<tag attr="1 & 2">it\'s</tag>')))
print(sorted(html.__all__))
for s in ['&check; &hearts; &NotEqualTilde; &bne; &fjlig; &Afr; &ThickSpace;',
          '&amp;&AMP &lt;&LT &nbsp &copy;&COPY &checkmark', '&NotAnEntity; &notanentity',
          '&acE; &gesl; &nvlt; &&&;;; &#x1F600; &#128512; &#x20AC; &euro &euro;']:
    print(ascii(html.unescape(s)))
