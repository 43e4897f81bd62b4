-- wrk script for the full-market reads (docs/BENCHMARKS.md, "Reads at full-market scale"):
--   wrk ... -s reads.lua URL -- KIND LIST_FILE
-- KIND "day":     GET /api/v1/quotes/daily?trade_date=D, D a random line of LIST_FILE (trade dates)
-- KIND "history": GET /api/v1/quotes/daily/{code}, the whole history of a random code of LIST_FILE
-- KIND "latest":  GET /api/v1/quotes/daily/{code}/latest, the newest bar of a random code
-- Each wrk thread draws from its own fixed-seed sequence (seed 1000 + thread number), as the
-- shared read.lua does; done() prints the same RESULT lines.

local counter = 0
function setup(thread)
    thread:set("tid", counter)
    counter = counter + 1
end

local items = {}
local kind

function init(args)
    kind = args[1]
    assert(kind == "day" or kind == "history" or kind == "latest",
        "KIND must be day, history or latest")
    local f = assert(io.open(args[2], "r"), "cannot open " .. tostring(args[2]))
    for line in f:lines() do
        if #line > 0 then items[#items + 1] = line end
    end
    f:close()
    assert(#items > 0, "no lines in " .. args[2])
    math.randomseed(1000 + (tid or 0))
end

function request()
    local item = items[math.random(#items)]
    if kind == "day" then
        return wrk.format("GET", "/api/v1/quotes/daily?trade_date=" .. item)
    end
    if kind == "latest" then
        return wrk.format("GET", "/api/v1/quotes/daily/" .. item .. "/latest")
    end
    return wrk.format("GET", "/api/v1/quotes/daily/" .. item)
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
