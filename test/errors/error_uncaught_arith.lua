local config = {port = "8080"}
print("port + 1 =", config.port + 1)
print("missing field:")
local v = config.timeout * 2
print(v)
