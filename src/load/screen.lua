-- wrk script: POST /api/v1/screen with a rotating mix of names (listed parties written in
-- several ways, and innocent ones), as an authenticated screener. Counts answers by status and
-- prints them at the end; any status other than 200 is an error for the load run.
--   LOAD_AUTH       the Authorization header value (Basic ...), from load.sh
--   LOAD_BODIES     a file of request bodies, one JSON object per line (load.sh makes it from a
--                   labelled query file); without it, the 24 names below
--   LOAD_REFERENCE  the reference every request carries, so that the run's audit records can be
--                   counted afterwards

local names = {
  "SenseTime Group Ltd", "Sense Time Group Limited", "SENSETIME GROUP LIMITED",
  "Acme Widgets Inc", "Tesla, Inc.", "Deutsche Bank AG", "Banco Nacional de Cuba",
  "Vladimir Putin", "Владимир Путин", "北京商汤科技开发有限公司", "Huawei Technologies Co., Ltd.",
  "Rosneft Oil Company", "Maria Fernanda Gonzalez", "John Smith", "Nordic Timber Holdings AB",
  "Kim Jong Un", "Islamic Revolutionary Guard Corps", "Hapag-Lloyd AG", "Sberbank of Russia",
  "Zhang Wei", "Aeroflot Russian Airlines", "Bank Melli Iran", "Hikvision", "Petroleos de Venezuela",
}
local purposes = { "INVESTMENT", "PAYMENT", "ONBOARDING", "IPO", "EXPORT" }
local reference = os.getenv("LOAD_REFERENCE") or "load"
local bodies = {}
local file = os.getenv("LOAD_BODIES")
if file and file ~= "" then
  for line in io.lines(file) do
    if #line > 2 then
      -- each line is a JSON object without the reference: add it before the closing brace
      bodies[#bodies + 1] = string.sub(line, 1, -2) .. string.format(',"reference":"%s"}', reference)
    end
  end
end
if #bodies == 0 then
  for i, n in ipairs(names) do
    local p = purposes[(i % #purposes) + 1]
    bodies[i] = string.format('{"name":"%s","purpose":"%s","reference":"%s"}', n, p, reference)
  end
end

local counter = 0
statuses = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  -- threads start at different places in the rotation
  counter = math.random(#bodies)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = os.getenv("LOAD_AUTH")
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format(nil, "/api/v1/screen", nil, bodies[(counter % #bodies) + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do
      total[k] = (total[k] or 0) + v
    end
  end
  io.write("statuses:")
  for k, v in pairs(total) do
    io.write(string.format(" %s=%d", k, v))
  end
  io.write("\n")
  io.write(string.format("answers 200: %d\n", total[200] or 0))
  io.write(string.format("distinct bodies: %d\n", #bodies))
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max: %.2f ms\n", latency.max / 1000))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
