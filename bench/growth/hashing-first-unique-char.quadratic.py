def first_unique_index(text):
    for i, ch in enumerate(text):
        count = 0
        for other in text:  # counts ch again for every position
            if other == ch:
                count += 1
        if count == 1:
            return i
    return -1
