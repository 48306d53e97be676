-- os.getenv: a variable's value or nil; only strings (and numbers) name variables.
print(type(os.getenv("PATH")), #os.getenv("PATH") > 0)
print(os.getenv("TRACEFUZZ_SURELY_UNSET_VARIABLE"), os.getenv(""), os.getenv("PATH=x"), os.getenv("="))
print(os.getenv(12345), os.getenv("PATH\0ignored") == os.getenv("PATH"))
print(pcall(os.getenv))
print(pcall(os.getenv, nil))
print(pcall(os.getenv, {}))
print(pcall(os.getenv, true))
print(pcall(function() return os.getenv() end))
