# EmailMessage set_content/get_content
from email.message import Message, EmailMessage, MIMEPart
import email.policy
def show(m):
    print(m.items(), repr(m.get_payload()))
e = EmailMessage(); e.set_content('Hello there.\n'); show(e); print(repr(e.get_content()), repr(str(e)))
e = EmailMessage(); e.set_content('no newline'); show(e)
e = EmailMessage(); e.set_content('héllo wörld\n'); show(e); print(repr(e.get_content()))
e = EmailMessage(); e.set_content('€€€€€€€€\n'); show(e); print(repr(e.get_content()))
e = EmailMessage(); e.set_content('<b>x</b>', subtype='html', charset='latin-1'); show(e)
e = EmailMessage(); e.set_content('x', cte='quoted-printable'); show(e)
e = EmailMessage(); e.set_content('x\n', cte='base64'); show(e)
e = EmailMessage(); e.set_content(b'\x00\x01data', maintype='application', subtype='octet-stream'); show(e); print(repr(e.get_content()))
e = EmailMessage(); e.set_content(b'abc', 'image', 'png', filename='a.png', disposition='inline', cid='<c1>', params={'x': 'y'}, headers=['X-H: 1']); show(e); print(e.is_attachment(), e.get_filename())
e = EmailMessage(); e.set_content(b'abc', 'image', 'png', filename='a.png'); show(e); print(e.is_attachment(), list(e.iter_parts()), list(e.iter_attachments()))
e = EmailMessage(); e.set_content(b'abc', 'text', 'plain', cte='7bit'); show(e)
try:
    e = EmailMessage(); e.set_content(b'abc')
except Exception as x: print(type(x).__name__, x)
try:
    e = EmailMessage(); e.set_content(5)
except Exception as x: print(type(x).__name__, x)
e = EmailMessage(); e['X'] = 'keep'; e['Content-Type'] = 'text/html'; e.set_content('again'); show(e)
e.clear_content(); show(e); e.clear(); show(e)
e = EmailMessage(); print(repr(e.get_content()) if 0 else '', e.get_content_type())
p = email.message_from_string('Content-Type: application/json\n\n{"a": 1}', policy=email.policy.default); print(repr(p.get_content()))
p = email.message_from_string('Content-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9\n', policy=email.policy.default); print(repr(p.get_content()))
p = email.message_from_string('Subject: x\n\nbody', policy=email.policy.default); print(repr(p.get_content()))
m = MIMEPart(); print(m.policy is email.policy.default, type(email.message_from_string('a: b')).__name__, EmailMessage().policy is email.policy.default)
m = Message(); m.add_header('Subject', 'a'); m.add_header('Subject', 'b'); print(m.items())
e = EmailMessage(); e.add_header('Subject', 'a');
try: e.add_header('Subject', 'b')
except ValueError as x: print('ValueError', x)
print(e.as_string(), e.as_bytes())
e = EmailMessage(); e['Subject'] = 'x'; e.set_content('hi'); print(repr(e.as_string()), repr(bytes(e)), repr(e.as_string(policy=email.policy.HTTP)))
