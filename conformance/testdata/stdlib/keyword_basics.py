import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.iskeyword("x"), keyword.iskeyword("None"))
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), keyword.issoftkeyword("if"))
