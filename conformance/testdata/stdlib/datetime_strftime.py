from datetime import datetime, date, time, timedelta, timezone

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

dt = datetime(2024, 7, 4, 21, 5, 9, 30210, tzinfo=timezone(timedelta(hours=-4), 'EDT'))
for code in 'aAbBcCdDeFgGhHIjmMpPrRSTuUVwWxXyYzZf%':
    print(code, repr(dt.strftime('%' + code)), repr(date(2024, 7, 4).strftime('%' + code)), repr(time(9, 5, 1).strftime('%' + code)))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f%z (%Z) %% %q'), dt.strftime(''), dt.strftime('no codes'), dt.strftime('%'))
print(datetime(1, 1, 1).strftime('%Y %C %y %G'), datetime(999, 12, 31).strftime('%Y|%C|%y|%j|%U|%W|%V'), datetime(9999, 12, 31).strftime('%G-%V-%u'))
print(dt.strftime('%-d/%-m %-H:%M %_d %^a %^B %P %#p %3d %e %-I'))
print(repr(datetime(2000, 3, 4, 5).strftime('%-Z|%4z|%5Q|%^7Em|%-3d|%1y|%-1S|%_1g|%8Ox|%#c|%^P|%OY|%Ey')))
print(format(dt, '%d %B %Y'), format(dt), f'{dt:%H:%M}', '{:%Y}'.format(date(2020, 1, 1)), f'{date(2020, 2, 3)}', format(time(1), ''))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15, microseconds=5))).strftime('%z'))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(0), 'a%Yb')).strftime('[%Z]'), datetime(2024, 1, 1).strftime('[%z][%Z]'))
for s, f in [('2024-07-04 21:05:09', '%Y-%m-%d %H:%M:%S'), ('04/07/24', '%d/%m/%y'), ('Jul 4 2024 9PM', '%b %d %Y %I%p'),
             ('2024-07-04T21:05:09.123+0530', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024 185', '%Y %j'), ('Thursday, July 04, 2024', '%A, %B %d, %Y'),
             ('12:30 UTC', '%H:%M %Z'), ('2024-07-04 -03:00', '%Y-%m-%d %z'), ('2024 Z', '%Y %z')]:
    show(s, lambda: datetime.strptime(s, f))
show('nomatch', lambda: datetime.strptime('2024-13-01', '%Y-%m-%d'))
show('extra', lambda: datetime.strptime('2024-01-01 x', '%Y-%m-%d'))
show('fmt type', lambda: dt.strftime(5))
show('format type', lambda: format(dt, 5))
class Stamp(datetime):
    pass
print(type(Stamp.strptime('2020', '%Y')).__name__)
