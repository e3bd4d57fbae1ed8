# The 8-bit codecs (DOS/Windows code pages, ISO 8859, KOI8, Mac): every byte
# decoded, encoding back, aliases, and errors with each handler.
import hashlib

names = ['cp037', 'cp437', 'cp850', 'cp852', 'cp855', 'cp858', 'cp860', 'cp862',
         'cp863', 'cp865', 'cp866', 'cp1140', 'iso8859_2', 'iso8859_3', 'iso8859_4',
         'iso8859_5', 'iso8859_6', 'iso8859_7', 'iso8859_8', 'iso8859_9',
         'iso8859_10', 'iso8859_13', 'iso8859_14', 'iso8859_15', 'iso8859_16',
         'koi8_r', 'koi8_u', 'mac_roman', 'mac_cyrillic', 'cp874', 'cp1250',
         'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258']
everything = bytes(range(256))
for name in names:
    text = everything.decode(name, 'replace')
    undefined = [i for i, c in enumerate(text) if c == '\ufffd']
    back = text.replace('\ufffd', '').encode(name)
    ok = back == bytes(i for i in range(256) if i not in undefined)
    digest = hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]
    print(name, len(undefined), ok, digest, ascii(text[0xc0:0xc8]))

for alias, text in [('latin2', 'Łódź'), ('ISO-8859-2', 'żółw'), ('windows-1251', 'Привет'),
                    ('KOI8-R', 'Привет'), ('cp866', 'Привет'), ('IBM437', '╔═╗'),
                    ('macintosh', 'café'), ('greek', 'Ωμέγα'), ('hebrew', 'שלום'),
                    ('latin9', '€uro'), ('windows_1250', 'Čeština')]:
    enc = text.encode(alias)
    print(alias, enc, enc.decode(alias) == text)

for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    try:
        print(errors, 'a€bж'.encode('iso8859_5', errors))
    except UnicodeEncodeError as e:
        print(errors, e)
    try:
        print(errors, ascii(b'a\x81b'.decode('cp1251', errors)))
    except UnicodeDecodeError as e:
        print(errors, e)
for bad in [b'\xca'.decode, ]:
    try:
        bad('cp1255')
    except UnicodeDecodeError as e:
        print(e)
