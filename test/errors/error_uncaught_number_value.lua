print("throwing a number")
error(3.5)
