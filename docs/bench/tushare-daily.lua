-- wrk: what Tushare's Python client posts for pro.daily(ts_code=..., start_date, end_date):
-- ten years of one random code, default fields
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
require "codes"
local stocks = tonumber(os.getenv("STOCKS") or "50")
request = function()
  local body = string.format('{"api_name": "daily", "token": "", "params": {"ts_code": "%s", '
    .. '"start_date": "20050101", "end_date": "20141231"}, "fields": ""}',
    code_of(math.random(0, stocks - 1)))
  return wrk.format("POST", "/tushare", {["Content-Type"] = "application/json"}, body)
end
