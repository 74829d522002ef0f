;;; check.el --- Emacs (eglot) against the real server, in batch mode.
;; Diagnostics through Flymake, hover and completion through eglot's
;; connection, on ../neovim/project/app.js. Exits 0 when every check holds.

(require 'eglot)
(require 'flymake)
(require 'js)

(defvar check-failures 0)
(defun check (ok what)
  (princ (format "%s %s\n" (if ok "ok  " "FAIL") what))
  (unless ok (setq check-failures (1+ check-failures))))

(defun check-wait (predicate seconds)
  "Process server output until PREDICATE holds or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

;; The setup documented for users, as it is: eglot finds `http-status-lsp'
;; on PATH, which the run script points at the built server.
(load (expand-file-name "../../../docs/editors/eglot.el" (file-name-directory load-file-name)))

(let* ((dir (file-name-as-directory (getenv "CHECK_DIR")))
       (bin (getenv "HTTP_STATUS_LSP_BIN"))
       (file (expand-file-name "project/app.js" dir)))
  ;; The fixture is not under version control: make its folder the project.
  (add-hook 'project-find-functions
            (lambda (_dir) (cons 'transient (file-name-directory file))))
  (find-file file)
  (js-mode)
  ;; What M-x eglot does: the server comes from `eglot-server-programs'.
  (let ((server (apply #'eglot (eglot--guess-contact))))
    (check (and server (jsonrpc-running-p server)
                (equal (process-command (jsonrpc--process server)) '("http-status-lsp")))
           (format "docs/editors/eglot.el connected eglot to %s" bin))
    (check (check-wait (lambda () (flymake-diagnostics)) 10) "diagnostics arrived in Flymake")
    (let ((diag (seq-find (lambda (d) (string-match-p "305 Use Proxy" (flymake-diagnostic-text d)))
                          (flymake-diagnostics))))
      (check (and diag (save-excursion (goto-char (flymake-diagnostic-beg diag))
                                       (and (= (line-number-at-pos) 6) (= (current-column) 13))))
             "the 305 warning sits on line 6, column 14"))
    (goto-char (point-min))
    (forward-line 5)
    (move-to-column 14)
    (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
           (contents (plist-get hover :contents))
           (text (if (stringp contents) contents (plist-get contents :value))))
      (check (and text (string-match-p "305 Use Proxy" text)) "hover names 305 Use Proxy"))
    (goto-char (point-min))
    (forward-line 6)
    (move-to-column 13)
    (let* ((result (jsonrpc-request server :textDocument/completion (eglot--CompletionParams)))
           (items (if (vectorp result) result (plist-get result :items))))
      (check (seq-find (lambda (i) (and (equal (plist-get i :label) "201")
                                        (equal (plist-get i :detail) "Created")))
                       items)
             (format "completion after res.status( offers 201 Created (%d items)" (length items))))
    ;; An edit through the buffer: 305 becomes 308 and the warning goes away.
    (goto-char (point-min))
    (forward-line 5)
    (move-to-column 13)
    (delete-char 3)
    (insert "308")
    (eglot--signal-textDocument/didChange)
    (check (check-wait (lambda () (not (seq-find (lambda (d) (string-match-p "305" (flymake-diagnostic-text d)))
                                                 (flymake-diagnostics))))
                       10)
           "after editing 305 to 308 the warning is gone")
    (set-buffer-modified-p nil)
    (ignore-errors (eglot-shutdown server))))

(kill-emacs (if (= check-failures 0) 0 1))
