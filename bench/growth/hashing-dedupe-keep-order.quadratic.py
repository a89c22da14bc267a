def dedupe(items):
    result = []
    for item in items:
        if item not in result:  # a scan of the list kept so far
            result.append(item)
    return result
