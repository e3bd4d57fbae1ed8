import shlex

print(shlex.split('ls -la "My Documents" \'single q\' plain\\ space'))
print(shlex.split('echo "a \\"quoted\\" word" done'))
print(shlex.split("cmd # comment here", comments=True), shlex.split("cmd # not a comment"))
print(shlex.split("a'b'c \"d\"e f\\\\g"), shlex.split(""), shlex.split("   "))
print(shlex.split('x="1 2" y=3'))
for bad in ['unterminated "quote', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.quote("a$b"))
print(shlex.join(["ls", "-l", "my file", "it's"]))
lex = shlex.shlex("a = b + 'c d'")
print(list(lex))
lex = shlex.shlex("key=value other", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("ls | grep x && echo hi;", punctuation_chars=True)
print(list(lex))
