def count_subarrays_with_sum(numbers, k):
    count = 0
    for start in range(len(numbers)):
        total = 0
        for value in numbers[start:]:
            total += value
            if total == k:
                count += 1
    return count
