from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 7, 4, 21, 5, 9, 30210)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(' ', spec), dt.isoformat('x', spec))
print(dt.replace(tzinfo=timezone(timedelta(hours=-2, minutes=-30))).isoformat(), dt.replace(tzinfo=timezone.utc).isoformat())
print(datetime(1, 1, 1).isoformat(), date(5, 6, 7).isoformat(), time(1, 2, 3, 4, timezone(timedelta(seconds=1))).isoformat())
for s in ['2024-07-04', '20240704', '2024-W27', '2024W27', '2024-W27-4', '2024W274', '2020-W53-5', '2024-02-30', '2024-7-4', '2024-07-04T10',
          '2021-W53', '2024-07', '']:
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ['2024-07-04T21:05:09', '2024-07-04 21:05', '2024-07-04T21', '2024-07-04T21:05:09.5', '2024-07-04T21:05:09,123456789',
          '2024-07-04T21:05:09.030210+00:00', '2024-07-04T21:05:09-05:00', '2024-07-04T21:05:09Z', '2024-07-04T21:05:09+0530',
          '2024-07-04T210509', '20240704T210509.25-0130', '2024-W27-4T10:00', '2024W274 1000', '2024-07-04X12:00',
          '2024-07-04T21:05:09+05:30:15.5', '2024-07-04T21:05:09+24:00', '2024-07-04T24:00', '2024-07-04T', '2024-07-04T21:5',
          '2024-07-04T21:05:09 ', '2024-07-04T21:05:09+', '2024-07-04T21:05:09z', '2024-07-04T12.5', '2024-07-04', '2024']:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ['21:05', '2105', 'T21:05:09', '21', '21:05:09.123', '21:05:09+01:00', '21:05:09Z', '210509,5', '21:5', 'T', '21:05:09.1234567', '25:00']:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for v in [dt, dt.replace(tzinfo=timezone(timedelta(hours=3))), dt.replace(microsecond=0, tzinfo=timezone.utc)]:
    print(datetime.fromisoformat(v.isoformat()) == v, datetime.fromisoformat(str(v)) == v, time.fromisoformat(v.timetz().isoformat()) == v.timetz())
try:
    date.fromisoformat(20240704)
except TypeError as e:
    print('TypeError', e)
# CPython 3.11's parser leaves some trailing characters unread
for kind, s in [(date, '20240704T1'), (date, '2024W27100'), (datetime, '2024W27410'), (datetime, '2024-W27-4T10:007Z'),
                (time, '12:30:455+01'), (time, '2024070461'), (time, '12:30:45.1234567x+01'), (time, '12:30:455')]:
    try:
        print(kind.__name__, repr(s), repr(kind.fromisoformat(s)))
    except ValueError as e:
        print(kind.__name__, repr(s), 'ValueError', e)
