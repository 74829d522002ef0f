;;; eglot.el --- http-status-lsp for Emacs 28+ with eglot.
;; Add to your init file. Tested: tests/editors/emacs/run loads this very file.
;; Eglot runs one server per buffer, so this replaces any other server eglot
;; would start for these modes (see docs/editors.md).
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((js-mode js-ts-mode typescript-mode typescript-ts-mode tsx-ts-mode
                  python-mode python-ts-mode go-mode go-ts-mode rust-mode rust-ts-mode
                  java-mode java-ts-mode kotlin-mode csharp-mode csharp-ts-mode
                  php-mode ruby-mode ruby-ts-mode)
                 . ("http-status-lsp"))))
