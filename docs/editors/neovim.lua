-- http-status-lsp in Neovim 0.7 to 0.10, without plugins. Put this file in
-- ~/.config/nvim/plugin/ (or `dofile` it from init.lua). It starts one
-- server per project and attaches every buffer of the eleven languages.
-- Tested: tests/editors/neovim/run loads this very file.
local filetypes = {
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact',
  'python', 'go', 'rust', 'java', 'kotlin', 'cs', 'php', 'ruby',
}
local markers = { 'http-status.toml', '.git', 'package.json', 'go.mod', 'Cargo.toml', 'pyproject.toml' }
local clients = {}

local function project_root(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while true do
    for _, marker in ipairs(markers) do
      if vim.loop.fs_stat(dir .. '/' .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return vim.fn.fnamemodify(path, ':p:h')
    end
    dir = parent
  end
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = filetypes,
  callback = function(args)
    local root = project_root(vim.api.nvim_buf_get_name(args.buf))
    local id = clients[root]
    if not id or vim.lsp.client_is_stopped(id) then
      id = vim.lsp.start_client({
        name = 'http-status-lsp',
        cmd = { 'http-status-lsp' },
        root_dir = root,
        -- Settings, as in the README; all optional.
        settings = { httpStatus = { locale = 'auto', inlayHints = { enabled = true } } },
      })
      clients[root] = id
    end
    if id then
      vim.lsp.buf_attach_client(args.buf, id)
    end
  end,
})
