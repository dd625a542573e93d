"""``hf-rules lsp`` end to end: a real LSP client (pytest-lsp) talks to the server over stdio.

Open, change, diagnostics (with the quoted source), the code action that applies fix's remedy,
hover, completion, go-to-definition, a document that depends on another, a broken document and
a billion-laughs bomb (each a located diagnostic, and the server keeps serving)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.conftest import FIXTURES, OSLO, SUNNAAS_OBSERVER

pytestmark = pytest.mark.asyncio
PUBLISH = types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "hf_rules", "lsp", "--stdio"]),
)
async def client(lsp_client: LanguageClient, tmp_path: Path):
    folder = tmp_path / "oslo"
    folder.mkdir()
    for source in OSLO.iterdir():
        (folder / source.name).write_bytes(source.read_bytes())
    lsp_client.root = folder  # type: ignore[attr-defined]
    lsp_client.versions = {}  # type: ignore[attr-defined]
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=folder.as_uri(),
            initialization_options={"lang": "en"},
        )
    )
    yield
    await lsp_client.shutdown_session()


def uri_of(client: LanguageClient, name: str) -> str:
    return (client.root / name).as_uri()  # type: ignore[attr-defined]


async def published(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    """The next diagnostics published for ``uri`` (the server publishes every document per check)."""
    client.diagnostics.pop(uri, None)
    async with asyncio.timeout(20):
        while uri not in client.diagnostics:
            await client.wait_for_notification(PUBLISH)
    return list(client.diagnostics[uri])


async def settled(client: LanguageClient) -> None:
    """Until the server has published everything it had to (no notification for 0.3 s)."""
    while True:
        try:
            async with asyncio.timeout(0.3):
                await client.wait_for_notification(PUBLISH)
        except TimeoutError:
            return


async def open_doc(client: LanguageClient, name: str, text: str | None = None) -> tuple[str, str]:
    uri = uri_of(client, name)
    text = (client.root / name).read_text(encoding="utf-8") if text is None else text  # type: ignore[attr-defined]
    client.versions[uri] = 1  # type: ignore[attr-defined]
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text))
    )
    return uri, text


def change(client: LanguageClient, uri: str, text: str) -> None:
    client.versions[uri] += 1  # type: ignore[attr-defined]
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=client.versions[uri]),  # type: ignore[attr-defined]
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def position_of(text: str, needle: str, offset: int = 0) -> types.Position:
    for number, line in enumerate(text.splitlines()):
        if needle in line:
            return types.Position(number, line.index(needle) + offset)
    raise AssertionError(f"{needle!r} not in the text")


async def test_deleting_the_sunnaas_observer_gives_the_diagnostic_and_its_code_action_clears_it(client):
    uri, text = await open_doc(client, "organisation.yaml")
    assert await published(client, uri) == []

    edited = text.replace(SUNNAAS_OBSERVER, "")
    change(client, uri, edited)
    (diagnostic,) = await published(client, uri)

    observers = position_of(edited, "    observers:", 4)
    assert diagnostic.code == "OSLO-SSU-OBSERVERS" and diagnostic.source == "hf-rules"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert (diagnostic.range.start.line, diagnostic.range.start.character) == (observers.line, observers.character)
    assert diagnostic.message.startswith("Sunnaas sykehus HF is not an observer in Strategisk samarbeidsutvalg\n")
    (related,) = diagnostic.related_information
    assert related.message.startswith("«Sunnaas sykehus HF og Pasient- og brukerombudet er observatør»")
    assert related.location.uri.endswith("/rules/oslo.yaml")

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    (action,) = actions
    assert action.title == (
        "hf-rules fix: OSLO-SSU-OBSERVERS: add {party: sunnaas, role: Observatør} to "
        "fora.strategisk-samarbeidsutvalg.observers"
    )
    (edit,) = action.edit.changes[uri]
    fixed = edit.new_text
    ombud = "      - {party: pasient-og-brukerombudet, role: Observatør}\n"
    assert fixed == edited.replace(ombud, ombud + SUNNAAS_OBSERVER)  # one line added, after the ombud

    change(client, uri, fixed)  # the client applies the edit
    assert await published(client, uri) == []


async def test_a_member_that_must_observe_is_offered_the_move(client):
    uri, text = await open_doc(client, "organisation.yaml")
    await published(client, uri)
    employee = "      - {represents: ansatt, role: Ansatterepresentant, person: Ola Vik}\n"
    moved = text.replace(SUNNAAS_OBSERVER, "").replace(employee, employee + SUNNAAS_OBSERVER)
    change(client, uri, moved)
    diagnostics = await published(client, uri)
    assert [d.code for d in diagnostics] == ["OSLO-SSU-OBSERVERS", "OSLO-SSU-OBSERVERS"]

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    (action,) = actions
    assert action.title.startswith("hf-rules fix: OSLO-SSU-OBSERVERS: move fora.strategisk-samarbeidsutvalg.members[")
    change(client, uri, action.edit.changes[uri][0].new_text)
    assert await published(client, uri) == []


async def test_hover_completion_and_definition(client):
    uri, text = await open_doc(client, "organisation.yaml")
    await published(client, uri)

    party = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), position_of(text, "{party: sunnaas", 9))
    )
    assert party.contents.value.startswith("**Sunnaas sykehus HF** (`sunnaas`): helseforetak, sykehus")
    forum = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), position_of(text, "gives_input_to: [lsu-ous]", 18))
    )
    assert forum.contents.value.startswith("**Lokalt samarbeidsutvalg OUS** (`lsu-ous`): lokalt-samarbeidsutvalg")

    waivers = (
        "apiVersion: hf-rules/v1\nkind: Waivers\nmetadata:\n  id: unntak\n  organisation: helsefellesskap-oslo\n"
        "waivers:\n  - rule: OSLO-SSU-OBSERVERS\n    subject: strategisk-samarbeidsutvalg\n    reason: x\n"
        "    approved_by: Partnerskapsmøtet\n    expires: 2030-12-31\n"
    )
    waivers_uri, _ = await open_doc(client, "waivers.yaml", waivers)
    rule = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(waivers_uri), types.Position(6, 14))
    )
    assert rule.contents.value.startswith("**OSLO-SSU-OBSERVERS** (error)")
    assert "«Sunnaas sykehus HF og Pasient- og brukerombudet er observatør»" in rule.contents.value

    line = position_of(text, "{party: sunnaas", 9).line
    edited = text.splitlines(keepends=True)
    edited[line] = "      - {party: sun"
    change(client, uri, "".join(edited))
    completion = await client.text_document_completion_async(
        types.CompletionParams(types.TextDocumentIdentifier(uri), types.Position(line, len("      - {party: sun")))
    )
    labels = [item.label for item in completion.items]
    assert "sunnaas" in labels and "lsu-ous" not in labels and "kommune" not in labels
    sides = await client.text_document_completion_async(
        types.CompletionParams(types.TextDocumentIdentifier(uri), position_of(text, "    side: sykehus", 10))
    )
    assert [item.label for item in sides.items] == ["kommune", "sykehus", "uavhengig"]
    levels = await client.text_document_completion_async(
        types.CompletionParams(types.TextDocumentIdentifier(uri), position_of(text, "level: direktor", 7))
    )
    assert [item.label for item in levels.items] == ["politisk", "direktor", "leder", "styre", "medarbeider"]

    change(client, uri, text)
    target = await client.text_document_definition_async(
        types.DefinitionParams(types.TextDocumentIdentifier(uri), position_of(text, "gives_input_to: [lsu-ous]", 18))
    )
    assert target.uri == uri and target.range.start == position_of(text, "  lsu-ous:", 2)


async def test_a_change_to_the_organisation_rechecks_its_meeting_plans(client):
    org_uri, text = await open_doc(client, "organisation.yaml")
    plan_uri, _ = await open_doc(client, "meeting-plan-lsu-ous-2025.yaml")
    assert await published(client, plan_uri) == []
    await settled(client)

    # OUS leaves the LSU's members: the plan's first chair period, OUS's, no longer holds
    ous_seat = "    members:\n      - {party: ous, role: Direktør, level: direktor}\n      - {party: helseetaten"
    change(client, org_uri, text.replace(ous_seat, "    members:\n      - {party: helseetaten", 1))
    # a publication of the plan from before the change may still arrive on a loaded machine (the
    # check outlasts `settled`'s quiet spell): wait for the one that follows the change
    async with asyncio.timeout(20):
        while not (diagnostics := await published(client, plan_uri)):
            pass
    (diagnostic,) = diagnostics

    assert diagnostic.code == "OSLO-LSU-CHAIR-TURNS"
    assert diagnostic.message.startswith(
        "Chair period 2025-01-01–2025-06-30: Oslo universitetssykehus HF holds no member seat in the forum"
    )
    assert diagnostic.range.start.line == 8


async def test_a_broken_document_and_a_bomb_are_located_and_the_server_keeps_serving(client):
    uri, text = await open_doc(client, "organisation.yaml")
    await published(client, uri)

    change(client, uri, text.replace("    name: Lokalt samarbeidsutvalg Ahus\n", "    name: [\n"))
    (broken,) = await published(client, uri)
    assert broken.severity == types.DiagnosticSeverity.Error and broken.code is None
    assert broken.range.start.line > 150

    bomb = (FIXTURES / "bad-input" / "billion-laughs.yaml").read_text(encoding="utf-8")
    change(client, uri, bomb)
    (refused,) = await published(client, uri)
    assert refused.severity == types.DiagnosticSeverity.Error
    assert "alias" in refused.message

    change(client, uri, text)  # still serving: back to clean
    assert await published(client, uri) == []
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), position_of(text, "{party: sunnaas", 9))
    )
    assert hover is not None


async def test_the_config_and_a_rule_pack_are_checked_as_they_are_written(client):
    config_uri, _ = await open_doc(client, ".hf-rules.yaml", "rules: [oslo]\nfail_on: sometimes\n")
    (config,) = await published(client, config_uri)
    assert config.range.start.line == 1 and config.severity == types.DiagnosticSeverity.Error
    assert "sometimes" in config.message

    pack = (Path(__file__).parents[2] / "rules" / "oslo.yaml").read_text(encoding="utf-8")
    pack_uri, _ = await open_doc(
        client, "mine.yaml", pack.replace("apiVersion: hf-rules/v1\n", "apiVersion: hf-rules/v1\nbogus: 1\n", 1)
    )
    (broken,) = await published(client, pack_uri)
    assert broken.range.start.line == position_of(pack, "apiVersion: hf-rules/v1").line + 1
    assert broken.message.startswith("unknown key 'bogus'")
    change(client, pack_uri, pack)
    assert await published(client, pack_uri) == []
