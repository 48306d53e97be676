-- os.execute: system()'s status; the command's output goes to stdout (flushed around it here).
print(os.execute())
print(os.execute("exit 3"))
print(os.execute("true"), os.execute("false"))
io.flush()
print(os.execute("echo from the shell"))
io.flush()
print(os.execute("kill -9 $$"))
print(pcall(os.execute, {}))
