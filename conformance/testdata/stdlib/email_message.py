# email.message, email.parser and email.policy as http uses them:
# case-insensitive header access, parameters, parsing and EmailMessage.
import email
import email.message
import email.parser
import email.policy
import http.client
import io
from email.message import EmailMessage, Message
from email.parser import BytesParser, HeaderParser, Parser

raw = (
    "From: Alice <alice@example.com>\n"
    "To: bob@example.com\n"
    "Subject: Greetings\n"
    "Content-Type: text/plain; charset=\"UTF-8\"; format=flowed\n"
    "X-Tag: one\n"
    "x-tag: two\n"
    "X-Long: first part\n"
    "  continued here\n"
    "\n"
    "Hello Bob,\n"
    "see you.\n"
)

msg = email.message_from_string(raw)
print(type(msg).__name__, len(msg))
print(msg.keys())
print(msg["subject"], msg["SUBJECT"], msg.get("missing"), msg.get("missing", "dflt"))
print(msg.get_all("X-TAG"), msg.get_all("nope"), msg.get_all("nope", []))
print(repr(msg["X-Long"]))
print("to" in msg, "cc" in msg)
print(msg.items()[:3])
print(msg.values()[1])
print(list(msg)[:2])
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype())
print(msg.get_content_charset(), msg.get_param("format"), msg.get_param("nope"))
print(msg.get_param("charset", unquote=False))
print(msg.get_params())
print(repr(msg.get_payload()))
print(msg.is_multipart(), msg.get_default_type())

del msg["x-tag"]
print(msg.get_all("x-tag"), len(msg))
msg["X-New"] = "value"
msg.replace_header("subject", "Changed")
print(msg["Subject"], msg["x-new"])
try:
    msg.replace_header("nope", "x")
except KeyError as e:
    print("KeyError", e)
msg.add_header("Content-Disposition", "attachment", filename="a b.txt")
print(msg["content-disposition"], msg.get_filename(), msg.get_content_disposition())
msg.set_param("charset", "latin-1")
print(msg["content-type"], msg.get_content_charset())
msg.del_param("format")
print(msg["content-type"])

# Defaults with no Content-Type.
m = Message()
print(m.get_content_type(), m.get_content_charset(), m.get_content_charset("x"), m.get_param("a"))
m["Content-Type"] = "TEXT/HTML; Charset=ISO-8859-1"
print(m.get_content_type(), m.get_content_charset(), m.get_params())
m2 = Message()
m2["Content-Type"] = "bogus"
print(m2.get_content_type())
m3 = Message()
m3["Content-Type"] = 'multipart/mixed; boundary="==abc=="'
print(m3.get_boundary(), m3.get_content_maintype())
print(m.as_string(), end="|\n")

# Parsers.
hp = HeaderParser().parsestr("A: 1\nB: 2\n\nbody\n")
print(hp["a"], hp["B"], repr(hp.get_payload()))
bp = BytesParser().parsebytes(b"Host: example.com\r\nAccept: */*\r\n\r\n")
print(bp.items(), repr(bp.get_payload()))
fp = Parser().parse(io.StringIO("K: v\n\nrest"))
print(fp["k"], repr(fp.get_payload()))
print(email.message_from_bytes(b"X: y\n\nz")["x"])

# EmailMessage with the default policy.
em = EmailMessage()
em["From"] = "me@example.com"
em["To"] = "you@example.com"
em["Subject"] = "Hi"
try:
    em["Subject"] = "again"
except ValueError as e:
    print("ValueError:", e)
em.set_content("Hello there.\n")
print(em.get_content_type(), em.get_content_charset(), em["Content-Transfer-Encoding"])
print(repr(em.get_content()))
print(em.keys())
parsed = email.message_from_string(raw, policy=email.policy.default)
print(type(parsed).__name__, repr(parsed["x-long"]), parsed["content-type"])
print(parsed.get_content_type(), parsed.get_param("charset"))
print(repr(parsed.get_content()))

# http.client.parse_headers returns an email Message.
fp = io.BytesIO(b"Content-Type: application/json; charset=utf-8\r\n"
                b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 12\r\n"
                b"X-Fold: a\r\n b\r\n\r\nbody")
h = http.client.parse_headers(fp)
print(type(h).__name__, isinstance(h, email.message.Message))
print(h.get_content_type(), h.get_content_charset(), h["content-length"])
print(h.get_all("set-cookie"), repr(h["x-fold"]))
print(h.getallmatchingheaders("set-cookie"))
print(fp.read())
print(str(h).replace("\r", "\\r"), end="|\n")

# email.utils: dates and addresses.
import datetime
from email import utils
print(utils.formatdate(0), utils.formatdate(1700000000.5, usegmt=True))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9)))
print(utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))))
print(utils.parsedate_tz("Thu, 29 Feb 2024 13:05:09 -0500"))
print(utils.parsedate("Thu, 29 Feb 2024 13:05:09 GMT"))
print(repr(utils.parsedate_to_datetime("Thu, 29 Feb 2024 13:05:09 +0130")))
print(repr(utils.parsedate_to_datetime("Thu, 29 Feb 2024 13:05:09 -0000")))
print(utils.mktime_tz(utils.parsedate_tz("Thu, 29 Feb 2024 13:05:09 -0500")))
print(utils.parsedate("garbage"))
print(utils.parseaddr("Alice <alice@example.com>"), utils.parseaddr('"Bob, Jr." <bob@x.org>'), utils.parseaddr("carol@x.org"))
print(utils.formataddr(("Alice", "a@x.org")), utils.formataddr(("Bob, Jr.", "b@x.org")), utils.formataddr(("", "c@x.org")))
print(utils.getaddresses(["a@x.org, Bob <b@x.org>", '"C, D" <c@x.org>']))
print(utils.quote('a"b'), utils.unquote('"a b"'), utils.unquote("<x>"))
