print("factdiff")
