"""Text marked sensitive is masked wherever the CLI shows a record without --reveal: `show`,
`list`, search hits' titles, the dashboard, conflicts; and search snippets never quote it. The
same rule (model/display.hidden_fields) decides for every face."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from cli_support import init_vault, new_id, ok, ok_json, run
from hrd_desk.model.display import MASK, hidden_fields, masked
from hrd_desk.model.records import Stored
from hrd_desk.services.search_snippets import HIDDEN_MATCH, match_snippet

TITLE = "Kibera-Case-Title"
DESCRIPTION = "followed near Kibera-Description"
TASK = "Kibera-Task-Title"


def test_one_rule_hides_model_sensitive_and_marked_fields() -> None:
    assert {"notes", "name", "contact"} <= hidden_fields("related")
    assert "description" not in hidden_fields("incident")
    assert "description" in hidden_fields("incident", {"description"})
    record = Stored(id="x", kind="incident", fields={"description": "secret", "perpetrator": ""},
                    created="", updated="", deleted=False, conflict=False, origin="",
                    extra={"marked": frozenset({"description", "perpetrator"})})
    assert masked(record, "description") == MASK
    assert masked(record, "perpetrator") == "", "an empty value says nothing: not masked"


def test_snippets_never_quote_marked_text() -> None:
    fields = {"description": DESCRIPTION, "perpetrator": "unknown men"}
    assert "Kibera" in match_snippet("incident", fields, "Kibera")
    assert match_snippet("incident", fields, "Kibera", marked={"description"}) == ""
    assert match_snippet("incident", fields, "Kibera", marked={"description"},
                         searched_sensitive=True) == HIDDEN_MATCH


def test_cli_masks_marked_text_in_lists_titles_and_the_dashboard(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "v")
    defender = new_id(vault, "defender", "add", "--name", "Amina")
    case = new_id(vault, "case", "add", "--defender", defender, "--programme", "relocation",
                  "--title", TITLE)
    incident = new_id(vault, "incident", "add", "--defender", defender, "--category", "phone",
                      "--occurred", "2024-04", "--description", DESCRIPTION, "--case", case)
    due = (date.today() + timedelta(days=1)).isoformat()
    task = new_id(vault, "task", "add", "--title", TASK, "--due", due, "--case", case)
    for record, field in ((case, "title"), (incident, "description"), (task, "title")):
        ok(vault, "sensitive", "mark", record, field)
    outputs = [
        run(vault, "case", "list").out, run(vault, "incident", "list").out,
        run(vault, "task", "list").out, run(vault, "case", "show", case).out,
        run(vault, "incident", "show", incident).out, run(vault, "dashboard").out,
        run(vault, "search", "Kibera", "--include-sensitive").out,
        run(vault, "case", "list", "--json").out, run(vault, "dashboard", "--json").out,
        run(vault, "search", "Kibera", "--include-sensitive", "--json").out,
    ]
    for out in outputs:
        assert "Kibera" not in out, out
    assert "(hidden)" in run(vault, "case", "list").out
    hits = ok_json(vault, "search", "Kibera", "--include-sensitive")
    assert {h["id"] for h in hits} >= {case, incident}, "still found, just not shown"
    revealed = run(vault, "case", "show", case, "--reveal").out
    assert TITLE in revealed
    board = run(vault, "dashboard").out
    assert "Task" in board, "the task is on the dashboard, by its kind"
    titles = {h["id"]: h["title"] for h in hits}
    assert titles[case].startswith("Case") and "Kibera" not in titles[case]


def test_conflicts_mask_a_marked_field(tmp_path: Path) -> None:
    from exchange_support import add_family, offices
    from hrd_desk.services import conflicts, exchange, scope, sync

    with offices(tmp_path, "A", "B") as made:
        a, b = made["A"], made["B"]
        family = add_family(a, "Amina")
        scope.share(a.session, family.defender, a.id_of(b))
        out = tmp_path / "1.hrdb"
        sync.export_changes(a.session, a.id_of(b), out)
        exchange.import_bundle(b.session, out)
        a.work.edit("incident", family.incident, {"description": "Kibera one"},
                    marks={"description": True})
        b.work.edit("incident", family.incident, {"description": "Kibera two"})
        back = tmp_path / "2.hrdb"
        sync.export_changes(b.session, b.id_of(a), back)
        exchange.import_bundle(a.session, back)
        (found,) = conflicts.list_conflicts(a.session)
        assert found.fields == ("description",) and "description" in found.hidden
        # and at B, where it is not marked, it shows as any free text does
        out2 = tmp_path / "3.hrdb"
        sync.export_changes(a.session, a.id_of(b), out2)
        exchange.import_bundle(b.session, out2)
        (theirs,) = conflicts.list_conflicts(b.session)
        assert "description" not in theirs.hidden
