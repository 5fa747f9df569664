-- wrk script for bench/load_bench.py: GET a list of paths in turn, count the statuses,
-- and print the figures as one line "WRK_JSON {...}" when the run ends.
--
--     wrk -t2 -c8 -d60s -s bench/wrk_mix.lua http://127.0.0.1:8000 -- PATHS_FILE
--
-- PATHS_FILE holds one path a line (`/2021/07/09/`, `/search/?q=...`), already
-- percent-encoded. Each thread walks the whole list, starting at its own place in it.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   local file = assert(io.open(args[1], "r"), "cannot read the paths file " .. tostring(args[1]))
   for line in file:lines() do
      if line ~= "" then
         table.insert(paths, line)
      end
   end
   file:close()
   assert(#paths > 0, "the paths file is empty")
   -- Threads start spread over the list, so they do not ask for the same page at once.
   index = (id * math.floor(#paths / math.max(1, tonumber(args[2]) or 1))) % #paths + 1
   s2xx, s3xx, s4xx, s5xx, other = 0, 0, 0, 0, 0
end

function request()
   local path = paths[index]
   index = index % #paths + 1
   return wrk.format("GET", path)
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      s2xx = s2xx + 1
   elseif status >= 300 and status < 400 then
      s3xx = s3xx + 1
   elseif status >= 400 and status < 500 then
      s4xx = s4xx + 1
   elseif status >= 500 and status < 600 then
      s5xx = s5xx + 1
   else
      other = other + 1
   end
end

function done(summary, latency, requests)
   local counts = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, other = 0 }
   for _, thread in ipairs(threads) do
      for name, _ in pairs(counts) do
         counts[name] = counts[name] + (thread:get(name) or 0)
      end
   end
   local e = summary.errors
   local ms = function(us) return us / 1000 end
   io.write(string.format(
      'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, '
      .. '"statuses": {"2xx": %d, "3xx": %d, "4xx": %d, "5xx": %d, "other": %d}, '
      .. '"latency_ms": {"p50": %.1f, "p95": %.1f, "p99": %.1f, "max": %.1f, "mean": %.1f}}\n',
      summary.requests, summary.duration, summary.bytes,
      e.connect, e.read, e.write, e.timeout,
      counts.s2xx, counts.s3xx, counts.s4xx, counts.s5xx, counts.other,
      ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)),
      ms(latency.max), ms(latency.mean)
   ))
end
