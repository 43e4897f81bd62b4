-- wrk script for the 304 benchmark (docs/BENCHMARKS.md, issue 22): the same fixed one-year
-- ranges either as full answers or revalidated with their ETag.
--   wrk ... -s conditional.lua URL -- LIST_FILE MODE
-- LIST_FILE: lines "PATH ETAG" (conditional.sh writes it with curl); MODE "full" (GET PATH) or
-- "304" (GET PATH with If-None-Match: ETAG); a third argument, when given, is sent as
-- Accept-Encoding (e.g. gzip). done() prints the same RESULT lines as read.lua.
local counter = 0
function setup(thread)
    thread:set("tid", counter)
    counter = counter + 1
end

local paths, etags, mode, encoding = {}, {}, "full", nil

function init(args)
    local f = assert(io.open(args[1], "r"), "cannot open " .. tostring(args[1]))
    for line in f:lines() do
        local p, e = string.match(line, "^(%S+)%s+(%S+)$")
        if p then paths[#paths + 1] = p; etags[#etags + 1] = e end
    end
    f:close()
    assert(#paths > 0, "no lines in " .. args[1])
    mode = args[2] or "full"
    encoding = args[3]
    math.randomseed(1000 + (tid or 0))
end

function request()
    local i = math.random(#paths)
    local headers = {}
    if encoding then headers["Accept-Encoding"] = encoding end
    if mode == "304" then headers["If-None-Match"] = etags[i] end
    return wrk.format("GET", paths[i], headers)
end

function done(summary, latency, requests)
    local secs = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f bytes_per_req=%.0f\n",
        summary.requests, secs, summary.requests / secs,
        summary.requests > 0 and summary.bytes / summary.requests or 0))
    io.write(string.format("RESULT latency_ms mean=%.2f p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f\n",
        latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
        latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
    io.write(string.format("RESULT errors non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
        e.status, e.connect, e.read, e.write, e.timeout))
end
