def count_pairs_with_difference(numbers, k):
    count = 0
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if abs(numbers[i] - numbers[j]) == k:
                count += 1
    return count
