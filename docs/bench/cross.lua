-- wrk: one random trading day of the two years per request
math.randomseed(os.time())
request = function()
  local day = os.time({year = 2005, month = 1, day = 4}) + math.random(0, 729) * 86400
  local wd = tonumber(os.date("%w", day))
  if wd == 0 then day = day + 86400 elseif wd == 6 then day = day + 2 * 86400 end
  return wrk.format("GET", "/api/v1/quotes/daily?trade_date=" .. os.date("%Y-%m-%d", day))
end
