import time

cases = [
    ('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'),
    ('05/03/24', '%d/%m/%y'),
    ('Tue Mar  5 14:07:09 2024', '%a %b %d %H:%M:%S %Y'),
    ('Tuesday, March 05 2024', '%A, %B %d %Y'),
    ('2:07 PM', '%I:%M %p'),
    ('12:00 am', '%I:%M %p'),
    ('2024 065', '%Y %j'),
    ('1999-12-31T23:59:59.123', '%Y-%m-%dT%H:%M:%S.%f'),
    ('2024-03-05 +0130', '%Y-%m-%d %z'),
    ('2024-03-05 UTC', '%Y-%m-%d %Z'),
    ('69', '%y'),
    ('68', '%y'),
    ('2024 10 3', '%Y %U %w'),
    ('2024 10 3', '%Y %W %w'),
    ('100%', '%j%%'),
    ('  2024-1-2', ' %Y-%m-%d'),
]
for data, fmt in cases:
    st = time.strptime(data, fmt)
    print(repr(data), tuple(st), st.tm_zone, st.tm_gmtoff)
print(time.strptime('Tue Mar  5 14:07:09 2024'))
for data, fmt in [('2024-13-01', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'), ('2024-01-01x', '%Y-%m-%d'),
                  ('2024', '%Q'), ('abc', '%Y')]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print('ValueError', e)
