err = ValueError("broken config")
err.add_note("hint: check the file")
print("raising with a note")
raise err
