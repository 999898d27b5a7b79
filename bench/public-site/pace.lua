-- Paces wrk (Debian's wrk 4.1.0 has no wrk2-style -R option) to a fixed total rate:
-- each thread sends request k no earlier than start + k / (rate / threads), its
-- connections taking turns. Latency is measured by wrk from the moment a request is
-- sent, so a server slower than the schedule lowers the achieved rate instead of
-- lengthening the latencies (no coordinated-omission correction, unlike wrk2).
-- The rate comes from the environment: PACE_RATE (requests per second, all threads),
-- PACE_THREADS (the -t given to wrk).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } clocher_timespec;
  int clock_gettime(int clock, clocher_timespec *spec);
]]
local spec = ffi.new("clocher_timespec")

local function now_ms()
  ffi.C.clock_gettime(1, spec) -- CLOCK_MONOTONIC
  return tonumber(spec.tv_sec) * 1000 + tonumber(spec.tv_nsec) / 1e6
end

local interval_ms = 1000 * tonumber(os.getenv("PACE_THREADS") or "1") / tonumber(os.getenv("PACE_RATE") or "500")
local start = nil
local sent = 0

function delay()
  local now = now_ms()
  if start == nil then
    start = now
  end
  local due = start + sent * interval_ms
  sent = sent + 1
  if due <= now then
    return 0
  end
  return due - now
end
