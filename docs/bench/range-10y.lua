-- wrk: the JSON range read of the same ten years of one random code
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
require "codes"
local stocks = tonumber(os.getenv("STOCKS") or "50")
request = function()
  local path = string.format("/api/v1/quotes/daily/%s?start=2005-01-01&end=2014-12-31",
    code_of(math.random(0, stocks - 1)))
  return wrk.format("GET", path)
end
