-- Headless Neovim (0.7, `vim.lsp.start_client`) against the real server:
-- diagnostics, hover, completion and inlay hints on project/app.js.
-- Exits 0 when every check holds; prints what failed otherwise.
local bin = os.getenv('HTTP_STATUS_LSP_BIN') or 'http-status-lsp'
local here = assert(os.getenv('CHECK_DIR'), 'CHECK_DIR is not set')
local failures = {}

local function check(ok, what)
  io.stdout:write((ok and 'ok   ' or 'FAIL ') .. what .. '\n')
  if not ok then
    table.insert(failures, what)
  end
end

-- The setup documented for users, as it is: it runs `http-status-lsp`
-- from PATH, which the run script points at the built server.
dofile(here .. '/../../../docs/editors/neovim.lua')
vim.cmd('filetype on')
vim.cmd('edit ' .. here .. '/project/app.js')
local buf = vim.api.nvim_get_current_buf()
local client_id = nil
vim.wait(5000, function()
  for id, _ in pairs(vim.lsp.buf_get_clients(buf)) do
    client_id = id
  end
  return client_id ~= nil
end, 50)
check(client_id ~= nil, 'docs/editors/neovim.lua started ' .. bin .. ' and attached app.js')

local got_diagnostics = vim.wait(10000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
local diagnostics = vim.diagnostic.get(buf)
check(got_diagnostics, 'diagnostics arrived')
local deprecated = nil
for _, d in ipairs(diagnostics) do
  if d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'deprecated-status' then
    deprecated = d
  end
end
check(deprecated ~= nil and deprecated.lnum == 5 and deprecated.col == 13,
  'deprecated-status on 305 at line 6, column 14')

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
  local response = responses[client_id] or {}
  return response.result, response.err
end

local uri = vim.uri_from_bufnr(buf)
-- Column 14 in UTF-16 on a line without wide characters.
local hover = request('textDocument/hover', {
  textDocument = { uri = uri },
  position = { line = 5, character = 14 },
})
local hover_text = hover and hover.contents and hover.contents.value or ''
check(hover_text:find('305 Use Proxy', 1, true) ~= nil, 'hover names 305 Use Proxy')
check(hover_text:find('RFC 9110', 1, true) ~= nil, 'hover cites RFC 9110')

local completion = request('textDocument/completion', {
  textDocument = { uri = uri },
  position = { line = 6, character = 13 },
})
local items = completion and (completion.items or completion) or {}
local created = false
for _, item in ipairs(items) do
  if item.label == '201' and item.detail == 'Created' then
    created = true
  end
end
check(created, 'completion after res.status( offers 201 Created (' .. #items .. ' items)')

local hints = request('textDocument/inlayHint', {
  textDocument = { uri = uri },
  range = { start = { line = 0, character = 0 }, ['end'] = { line = 8, character = 0 } },
}) or {}
local phrase = false
for _, hint in ipairs(hints) do
  local label = type(hint.label) == 'string' and hint.label or ''
  if label:find('Use Proxy', 1, true) and hint.position.line == 5 then
    phrase = true
  end
end
check(phrase, 'inlay hint shows Use Proxy after 305')

-- An edit: 305 becomes 308; the diagnostic goes away.
vim.api.nvim_buf_set_text(buf, 5, 13, 5, 16, { '308' })
local cleared = vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.lnum == 5 then
      return false
    end
  end
  return true
end, 50)
check(cleared, 'after editing 305 to 308 the diagnostic is gone')
hover = request('textDocument/hover', {
  textDocument = { uri = uri },
  position = { line = 5, character = 14 },
})
hover_text = hover and hover.contents and hover.contents.value or ''
check(hover_text:find('308 Permanent Redirect', 1, true) ~= nil, 'hover follows the edit')

vim.lsp.stop_client(client_id)
if #failures > 0 then
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
