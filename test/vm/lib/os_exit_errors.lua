-- os.exit's argument errors, then a plain os.exit().
print(pcall(os.exit, "x"))
print(pcall(os.exit, {}))
print(pcall(function() os.exit(print) end))
print(pcall(os.exit, "0x"))
io.write("last words")
os.exit()
