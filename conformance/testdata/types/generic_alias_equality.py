# list[int] and int | str compare and hash by value: equal aliases are
# equal dict keys and set members, whatever object each expression made.
print(list[int] == list[int], list[int] != list[str], dict[str, int] == dict[str, int], list[int] == set[int])
print(hash(list[int]) == hash(list[int]), hash(tuple[int, ...]) == hash(tuple[int, ...]), list[int] == 3)
print(len({list[int], list[int], tuple[int, ...], tuple[int, ...]}), {list[int]: "ok"}[list[int]])
print(int | list[int] == list[int] | int, (int | list[int]) == (int | list[str]), (int | str) == (str | int))
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int], dict[str, list[int]] == dict[str, list[int]])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__, list[int], int | None)
