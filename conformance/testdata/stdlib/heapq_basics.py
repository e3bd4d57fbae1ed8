import heapq

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(6)])
data = [9, 4, 7, 1, 8, 2, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 2, 4, 7, 8, 9])
print(heapq.heapreplace(data, 5), heapq.heappushpop(data, 0), data[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
print(list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
print(heapq.nlargest(0, [1]), heapq.nsmallest(5, [3, 1]))
