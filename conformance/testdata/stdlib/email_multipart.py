# email: parsing multipart messages; get_body, iter_attachments, iter_parts, walk.
import email
from email import policy
raw = '''From: a@b
To: c@d
Subject: test
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUTER"

This is a preamble.
--OUTER
Content-Type: multipart/alternative; boundary="INNER"

--INNER
Content-Type: text/plain; charset=utf-8

Plain body
--INNER
Content-Type: text/html; charset=utf-8

<p>HTML body</p>
--INNER--
--OUTER
Content-Type: application/pdf
Content-Disposition: attachment; filename="doc.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--OUTER
Content-Type: text/plain
Content-Disposition: inline

inline text
--OUTER--
'''
m = email.message_from_string(raw, policy=policy.default)
print(type(m).__name__, m.is_multipart(), len(m.get_payload()), repr(m.preamble), repr(m.epilogue))
for part in m.walk():
    print(part.get_content_type(), part.get_content_disposition(), part.get_filename(), part.is_multipart(), part.get_content_charset())
body = m.get_body()
print(body.get_content_type(), repr(body.get_content()))
print(m.get_body(('plain',)).get_content())
print([a.get_filename() for a in m.iter_attachments()], [p.get_content_type() for p in m.iter_parts()])
att = next(m.iter_attachments())
print(att.get_content(), att.get_payload(decode=True))
print(m.as_string() == raw)
m2 = email.message_from_string(raw)
print(type(m2.get_payload(0)).__name__, m2.get_payload(1).get_payload(decode=True), m2.get_charsets())
print([p.get_content_type() for p in m2.get_payload(0).get_payload()])
print(m2.as_string() == raw)
raw2 = raw.replace('Content-Disposition: inline\n', '')
extra = raw2.replace('--OUTER--', '--OUTER\nContent-Type: text/plain\n\nsecond plain\n--OUTER\nContent-Type: multipart/related; boundary="R"\n\n--R\nContent-Type: text/html\nContent-ID: <x>\n\n<b>r</b>\n--R\nContent-Type: image/png\nContent-ID: <img>\n\nPNG\n--R--\n--OUTER--')
m3 = email.message_from_string(extra, policy=policy.default)
print([p.get_content_type() for p in m3.iter_attachments()])
rel = m3.get_payload(4)
print([p.get_content_type() for p in rel.iter_attachments()], rel.get_body().get_content_type())
print(m3.get_body(('related',)).get_content_type(), m3.get_body(('html', 'plain')).get_content())
alt = m3.get_payload(0)
print(list(alt.iter_attachments()), alt.get_body().get_content_type(), list(m3.get_payload(1).iter_attachments()))
print(m3.get_payload(1).get_body(), m3.get_payload(2).get_body() is m3.get_payload(2))
