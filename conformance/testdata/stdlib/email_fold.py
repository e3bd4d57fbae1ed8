# EmailMessage.as_string folds long headers at white space (default policy)
import email
from email.message import EmailMessage
import email.policy
cases = [
    ('Subject', 'This is a rather long subject line that goes on and on well beyond the seventy eight character limit for sure'),
    ('To', 'alice@example.com, bob@example.com, carol@example.com, dave@example.com, eve@example.com'),
    ('Subject', 'short'),
    ('X-Long', 'word ' * 40),
    ('Comments', 'exactly seventy-eight characters wide when the name and colon are included ok'),
    ('Subject', 'two  spaces   here and there and everywhere in this very long line that must fold somewhere'),
    ('Subject', 'x' * 72 + ' yy'),
    ('Subject', 'x' * 73 + ' yy'),
]
for name, value in cases:
    e = EmailMessage()
    e[name] = value
    print(repr(e.as_string()))
e = EmailMessage()
e['Subject'] = cases[0][1]
print(repr(e.as_string(policy=email.policy.HTTP)), repr(e.as_string(policy=email.policy.SMTP)))
print(repr(e.as_bytes()), repr(str(e)))
m = email.message_from_string('Subject: a\n b\nX-Long: ' + 'w ' * 50 + '\nTo: short\n  folded\nContent-Type: text/plain; charset=utf-8\n\nbody', policy=email.policy.default)
print(repr(m.as_string()))
m = email.message_from_string('Subject: a\n b\n\nbody')
print(repr(m.as_string(policy=email.policy.default)), repr(m.as_string()))
e = EmailMessage()
try:
    e['Subject'] = 'a\n b'
except ValueError as x:
    print('ValueError', x)
e['Content-Type'] = 'text/plain; charset=utf-8'
e['X-Words'] = ' '.join('w%d' % i for i in range(40))
print(repr(e.as_string()), e['content-type'])
print(repr(e.as_string(policy=email.policy.HTTP)))
print(repr(e.as_string(policy=email.policy.default.clone(max_line_length=50))))
