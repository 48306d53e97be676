local Account = {}
Account.__index = Account
function Account.new(owner, balance)
  return setmetatable({owner = owner, balance = balance or 0, log = {}}, Account)
end
function Account:deposit(v)
  if v <= 0 then error("invalid deposit " .. v, 2) end
  self.balance = self.balance + v
  self.log[#self.log + 1] = "+" .. v
end
function Account:withdraw(v)
  if v > self.balance then error({code = "NSF", need = v - self.balance}) end
  self.balance = self.balance - v
  self.log[#self.log + 1] = "-" .. v
end
Account.__tostring = function(a) return a.owner .. ":" .. a.balance end
Account.__lt = function(a, b) return a.balance < b.balance end
Account.__eq = function(a, b) return a.balance == b.balance end
local a = Account.new("ann", 100)
local b = Account.new("bob")
a:deposit(50)
b:deposit(30)
print(tostring(a), tostring(b), a < b, b < a, a == b)
print(pcall(a.deposit, a, -5))
local ok, e = pcall(b.withdraw, b, 100)
print(ok, type(e), e.code, e.need)
a:withdraw(120)
b:deposit(0.5)
print(tostring(a), tostring(b), table.concat(a.log, " "), table.concat(b.log, " "))
local accounts = {Account.new("c", 5), a, b, Account.new("d", 1000)}
table.sort(accounts)
for _, acc in ipairs(accounts) do io.write(tostring(acc), " ") end
print()
