import json.decoder
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder
import json
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder is json.JSONDecoder)
try:
    json.loads('[')
except JSONDecodeError as e:
    print(type(e).__module__, type(e).__name__, e)
