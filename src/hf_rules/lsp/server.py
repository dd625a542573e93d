"""``hf-rules lsp``: the language server over standard input and output (pygls).

Diagnostics on open and change (debounced by :data:`DEBOUNCE` seconds), for every document of
the workspace a change affects; hover, completion, go-to-definition, and code actions that apply
``fix``'s remedies as workspace edits. The rule packs are loaded once, at ``initialize``, and again
when a pack file (or the config) is saved or changed on disk. What the server knows is
:class:`hf_rules.lsp.session.Session`; this module only speaks the protocol.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from hf_rules import __version__
from hf_rules.lsp.session import SOURCE, Problem, Session, real

DEBOUNCE = 0.008
"""Seconds to wait after a change for the next one before checking (typing is bursts of changes)."""
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


class HfRulesServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("hf-rules", __version__)
        self.session: Session | None = None
        self.pending: asyncio.Task[None] | None = None
        self.published: set[str] = set()

    def uri_path(self, uri: str) -> str:
        return real(to_fs_path(uri) or uri)

    def publish_all(self) -> None:
        """Check the workspace and publish every document's diagnostics (empty ones clear)."""
        assert self.session is not None
        try:
            checked = self.session.check()
        except Exception as error:  # a bug must not stop the server: say so, keep serving
            self.window_log_message(
                types.LogMessageParams(
                    types.MessageType.Error, f"hf-rules: internal error: {type(error).__name__}: {error}"
                )
            )
            return
        by_path = dict(checked.problems)
        for path, problems in self.session.pack_problems_by_file().items():
            by_path.setdefault(path, []).extend(problems)
        for path in self.published - set(by_path):
            by_path[path] = []
        for path, problems in by_path.items():
            uri = from_fs_path(path) or path
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[self.diagnostic(path, p) for p in problems])
            )
        self.published = {p for p, found in by_path.items() if found}

    def diagnostic(self, path: str, problem: Problem) -> types.Diagnostic:
        line = max(problem.line - 1, 0)
        start = max(problem.column - 1, 0)
        text = self.line_text(path, line)
        end = len(text) if len(text) > start else start + 1
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(
                    uri=from_fs_path(file) or file,
                    range=types.Range(types.Position(max(at - 1, 0), 0), types.Position(max(at - 1, 0), 0)),
                ),
                message=message,
            )
            for file, at, message in problem.related
        ]
        return types.Diagnostic(
            range=types.Range(types.Position(line, start), types.Position(line, end)),
            message=problem.message,
            severity=SEVERITY.get(problem.severity, types.DiagnosticSeverity.Error),
            code=problem.code,
            source=SOURCE,
            related_information=related or None,
            data={"fingerprint": problem.fingerprint} if problem.fingerprint else None,
        )

    def line_text(self, path: str, line: int) -> str:
        assert self.session is not None
        text = self.session.buffers.get(path)
        if text is None:
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
            except OSError:
                return ""
        lines = text.splitlines()
        return lines[line] if line < len(lines) else ""

    def flush(self) -> None:
        """A request about a document: first the check a change is still waiting for."""
        if self.pending is not None and not self.pending.done():
            self.pending.cancel()
            self.pending = None
            self.publish_all()

    def schedule(self) -> None:
        """Check after :data:`DEBOUNCE` seconds unless another change comes first."""
        if self.pending is not None and not self.pending.done():
            self.pending.cancel()

        async def later() -> None:
            await asyncio.sleep(DEBOUNCE)
            self.publish_all()

        self.pending = asyncio.get_running_loop().create_task(later())


server = HfRulesServer()


@server.feature(types.INITIALIZE)
def initialize(ls: HfRulesServer, params: types.InitializeParams) -> None:
    root = None
    if params.root_uri:
        root = to_fs_path(params.root_uri)
    elif params.workspace_folders:
        root = to_fs_path(params.workspace_folders[0].uri)
    elif params.root_path:
        root = params.root_path
    options: Any = params.initialization_options or {}
    lang = options.get("lang") if isinstance(options, dict) else None
    ls.session = Session(root if root and os.path.isdir(root) else None, lang if lang in ("nb", "en") else None)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: HfRulesServer, params: types.DidOpenTextDocumentParams) -> None:
    assert ls.session is not None
    ls.session.buffers[ls.uri_path(params.text_document.uri)] = params.text_document.text
    ls.publish_all()


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: HfRulesServer, params: types.DidChangeTextDocumentParams) -> None:
    assert ls.session is not None
    document = ls.workspace.get_text_document(params.text_document.uri)
    ls.session.buffers[ls.uri_path(params.text_document.uri)] = document.source
    ls.schedule()


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: HfRulesServer, params: types.DidSaveTextDocumentParams) -> None:
    assert ls.session is not None
    path = ls.uri_path(params.text_document.uri)
    if ls.session.is_pack_file(path) or path == ls.session.config_path:
        ls.session.load_packs()
    ls.publish_all()


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: HfRulesServer, params: types.DidCloseTextDocumentParams) -> None:
    assert ls.session is not None
    ls.session.buffers.pop(ls.uri_path(params.text_document.uri), None)
    ls.session.refresh()  # the buffer may have been a new file, saved (or not) as it closed
    ls.publish_all()


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched(ls: HfRulesServer, params: types.DidChangeWatchedFilesParams) -> None:
    assert ls.session is not None
    paths = {ls.uri_path(change.uri) for change in params.changes}
    if any(change.type != types.FileChangeType.Changed for change in params.changes):
        ls.session.refresh()  # a file created or deleted
    if any(ls.session.is_pack_file(p) or p == ls.session.config_path for p in paths):
        ls.session.load_packs()
    ls.publish_all()


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: HfRulesServer, params: types.HoverParams) -> types.Hover | None:
    assert ls.session is not None
    ls.flush()
    path = ls.uri_path(params.text_document.uri)
    text = ls.session.hover(path, params.position.line, params.position.character)
    if text is None:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))


@server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=[" ", ":", "[", ","]))
def completion(ls: HfRulesServer, params: types.CompletionParams) -> types.CompletionList:
    assert ls.session is not None
    ls.flush()
    path = ls.uri_path(params.text_document.uri)
    items = [
        types.CompletionItem(label=label, detail=detail, kind=types.CompletionItemKind.Value)
        for label, detail in ls.session.completions(path, params.position.line, params.position.character)
    ]
    return types.CompletionList(is_incomplete=False, items=items)


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
def definition(ls: HfRulesServer, params: types.DefinitionParams) -> types.Location | None:
    assert ls.session is not None
    ls.flush()
    path = ls.uri_path(params.text_document.uri)
    found = ls.session.definition(path, params.position.line, params.position.character)
    if found is None:
        return None
    file, line, column = found
    at = types.Position(max(line - 1, 0), max(column - 1, 0))
    return types.Location(uri=from_fs_path(file) or file, range=types.Range(at, at))


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
)
def code_action(ls: HfRulesServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    assert ls.session is not None
    ls.flush()
    path = ls.uri_path(params.text_document.uri)
    wanted = {
        d.data.get("fingerprint")
        for d in params.context.diagnostics
        if d.source == SOURCE and isinstance(d.data, dict) and d.data.get("fingerprint")
    }
    text = ls.session.buffers.get(path, "")
    lines = text.split("\n")
    whole = types.Range(types.Position(0, 0), types.Position(len(lines) - 1, len(lines[-1])))
    actions = []
    for title, new_text, fixes in ls.session.fixes(path):
        if wanted and not wanted & fixes:
            continue
        edit = types.WorkspaceEdit(changes={params.text_document.uri: [types.TextEdit(range=whole, new_text=new_text)]})
        diagnostics = [
            d for d in params.context.diagnostics if isinstance(d.data, dict) and d.data.get("fingerprint") in fixes
        ]
        actions.append(
            types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                edit=edit,
                diagnostics=diagnostics or None,
                is_preferred=True,
            )
        )
    return actions


def run() -> None:
    """Serve on standard input and output until the client says exit."""
    logging.basicConfig(level=logging.WARNING)
    server.start_io()
