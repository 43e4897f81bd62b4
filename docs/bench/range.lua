-- wrk: one code, one year (2005 or 2006) per request
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
require "codes"
local stocks = tonumber(os.getenv("STOCKS") or "300")
request = function()
  local year = 2005 + math.random(0, 1)
  local path = string.format("/api/v1/quotes/daily/%s?start=%d-01-04&end=%d-01-03",
    code_of(math.random(0, stocks - 1)), year, year + 1)
  return wrk.format("GET", path)
end
