# json.dumps writes big ints in full, but like str() it refuses one past
# sys.get_int_max_str_digits(), as a value and as a key; loads likewise.
import json
import sys

print(json.dumps([2 ** 100, -2 ** 70, {2 ** 80: 'k'}]))
print(len(json.dumps(10 ** 4299)))
for v in [10 ** 4300, {10 ** 4300: 1}, [1, [-10 ** 5000]]]:
    try:
        print(json.dumps(v)[:40])
    except ValueError as e:
        print('ValueError', e)
print(json.loads('1' * 4300) % 1000)
try:
    json.loads('1' * 4301)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)
print(len(json.dumps(10 ** 5000)))
