-- the third_code of synthetic stock n, as SyntheticMarket.code(n) makes them
function code_of(n)
  local serial = math.floor(n / 4)
  local kind = n % 4
  if kind == 0 then return string.format("%06d.SH", 600000 + serial)
  elseif kind == 1 then return string.format("%06d.SZ", 1 + serial)
  elseif kind == 2 then return string.format("%06d.SZ", 300001 + serial)
  else return string.format("%06d.BJ", 830001 + serial) end
end
