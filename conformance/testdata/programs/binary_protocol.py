import struct
import hashlib
import base64
import binascii
import zlib
import io
from enum import IntEnum

class MsgType(IntEnum):
    PING = 1
    DATA = 2
    ACK = 3

HEADER = struct.Struct(">BBHI")   # version, type, length, sequence

def encode(mtype, seq, payload: bytes) -> bytes:
    body = HEADER.pack(1, mtype, len(payload), seq) + payload
    return body + struct.pack(">I", zlib.crc32(body))

def decode(frame: bytes):
    body, (crc,) = frame[:-4], struct.unpack(">I", frame[-4:])
    if zlib.crc32(body) != crc:
        raise ValueError(f"bad checksum {crc:#010x}")
    version, mtype, length, seq = HEADER.unpack_from(body)
    payload = body[HEADER.size:HEADER.size + length]
    return MsgType(mtype), seq, payload

stream = io.BytesIO()
msgs = [(MsgType.PING, 1, b""), (MsgType.DATA, 2, "héllo wörld".encode()), (MsgType.ACK, 3, bytes(range(5)))]
for m in msgs:
    stream.write(encode(*m))
raw = stream.getvalue()
print(len(raw), raw[:12].hex(" "), raw[:8])
pos = 0
while pos < len(raw):
    _, _, length, _ = HEADER.unpack_from(raw, pos)
    end = pos + HEADER.size + length + 4
    mtype, seq, payload = decode(raw[pos:end])
    text = payload.decode("utf-8", errors="replace")
    print(f"{mtype.name:<5} seq={seq} len={len(payload):2} {payload!r} {text!r}")
    pos = end
corrupt = bytearray(encode(MsgType.DATA, 9, b"abc"))
corrupt[-5] ^= 0xFF
try:
    decode(bytes(corrupt))
except ValueError as e:
    print("ValueError:", e)
print(struct.calcsize("<hi"), struct.calcsize("hi"), struct.pack("<hH", -2, 65535), struct.unpack("<2sxf", b"ab\x00\x00\x00\x80?"))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.pack("?3s", True, b"xy"))
data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.sha256(data).hexdigest()[:32], hashlib.md5(data).hexdigest(), hashlib.sha1(b"").hexdigest()[:12])
h = hashlib.new("sha256"); h.update(b"The quick "); h.update(b"brown fox jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.name)
enc = base64.b64encode(data)
print(enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"), base64.b32encode(b"abc"))
print(binascii.hexlify(b"\x00\xffA"), binascii.unhexlify("414243"), bytes.fromhex("de ad be ef"), b"abc".hex())
comp = zlib.compress(data * 10)
print(len(comp) < len(data * 10), zlib.decompress(comp)[:9], zlib.adler32(b"abc"))
ba = bytearray(b"hello")
ba[0] = ord("J"); ba += b"!"; ba.extend([33, 63]); del ba[1]
print(ba, ba.upper(), bytes(ba).find(b"l"), ba.count(b"l"), list(ba[:2]), ba.decode().title())
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"x" * 3, b"%d-%s" % (5, b"q"), bytes(3), bytes([65, 66]), b"abc"[1], b"abc"[1:])
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print("ünïcode".encode("latin-1"), "€".encode(), b"\xe2\x82\xac".decode(), "abc".encode("ascii"), "é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é".encode("ascii", "backslashreplace"))
mv = memoryview(b"abcdef")
print(mv[1:3].tobytes(), len(mv), mv[0], bytes(mv[::2]))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(ord("€"), chr(0x1F600).encode("utf-16-le"), "A\u0301".encode("utf-8"), len("😀"), "😀".encode("utf-8"))
