local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:deposit(v) self.balance = self.balance + v end
function Account:get() return self.balance end
local a = Account.new(10)
a:deposit(5)
print(a:get())
local obj = {x = {y = {}}}
function obj.x.y.z(q) return q end
function obj.x.y:w(q) return self, q end
print(obj.x.y.z(1), obj.x.y:w(2))
