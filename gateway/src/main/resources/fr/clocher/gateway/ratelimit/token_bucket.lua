-- One client's token bucket of one rate class, updated atomically.
-- KEYS[1]: the hash of the class and client (fields "tokens" and "ts", ts in milliseconds of Redis time)
-- ARGV[1]: tokens added per second; ARGV[2]: bucket capacity
-- Returns { 1, 0 } when a token was taken, { 0, milliseconds to wait } otherwise.
if redis.replicate_commands then
  redis.replicate_commands()
end

local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or capacity
local updated = tonumber(state[2]) or now
if now > updated then
  tokens = math.min(capacity, tokens + (now - updated) * rate / 1000)
end

local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) * 1000 / rate)
end

redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / rate) + 1000)
return { allowed, wait }
